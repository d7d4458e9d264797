/**
 * The offline world map: country outlines from a bundled TopoJSON (world-atlas, Natural Earth
 * 1:110m) projected to SVG path strings with d3-geo. No tiles, no network.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface WorldMap {
  readonly width: number;
  readonly height: number;
  /** One path per country. */
  readonly countries: readonly string[];
  /** Country borders as one path. */
  readonly borders: string;
  /** The outline of the globe. */
  readonly sphere: string;
  /** Screen position of a longitude/latitude, or null when it cannot be projected. */
  project(lon: number, lat: number): [number, number] | null;
}

/** Projects the bundled topology (its `countries` object) into a `width`-wide map (Equal Earth). */
export function worldMap(topology: Topology, width: number): WorldMap {
  const countries = topology.objects.countries as GeometryCollection;
  const land = feature(topology, countries);
  const projection = geoEqualEarth().fitWidth(width, { type: 'Sphere' });
  const path = geoPath(projection);
  const [[, y0], [, y1]] = path.bounds({ type: 'Sphere' });
  const height = Math.ceil(y1 - y0);
  return {
    width,
    height,
    countries: land.features.map((f) => path(f) ?? '').filter((d) => d !== ''),
    borders: path(mesh(topology, countries, (a, b) => a !== b)) ?? '',
    sphere: path({ type: 'Sphere' }) ?? '',
    project(lon, lat) {
      const p = projection([lon, lat]);
      return p ? [p[0], p[1]] : null;
    },
  };
}
