import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { worldMap } from './world-map.js';

const topology = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'),
) as Topology;

describe('worldMap', () => {
  it('draws every country from the bundled atlas and projects places onto it', () => {
    const map = worldMap(topology, 800);
    expect(map.countries.length).toBeGreaterThan(150);
    expect(map.height).toBeGreaterThan(300);
    const mosul = map.project(43.13, 36.34) as [number, number];
    const aden = map.project(45.04, 12.78) as [number, number];
    expect(mosul[0]).toBeGreaterThan(400);
    expect(aden[1]).toBeGreaterThan(mosul[1]);
  });
});
