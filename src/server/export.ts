/**
 * Downloads: the documents matching a query as JSON Lines analysis records or CSV (streamed,
 * constant memory), or the places they mention as a GeoJSON FeatureCollection of points.
 */
import { csvHeader, csvRow } from '../cli/csv.js';
import { Doc, toRecord } from '../doc/index.js';
import type { ApiContext } from './app.js';
import { compileApiQuery } from './compile.js';

/** Places written to a GeoJSON export at most. */
const MAX_EXPORT_PLACES = 3000;

interface PlaceRow {
  key: string;
  name: string;
  documents: number;
  mentions: number;
  lat: number | null;
  lon: number | null;
}

/** A file name for the download: the query's date, never its text. */
function filename(ext: string): string {
  return `marsad-export-${new Date().toISOString().slice(0, 10)}.${ext}`;
}

/** The export response for a query in one format. */
export async function exportResponse(
  ctx: ApiContext,
  q: string,
  format: 'jsonl' | 'csv' | 'geojson',
  places: (q: string, limit: number) => Promise<PlaceRow[]>,
): Promise<Response> {
  if (format === 'geojson') {
    const rows = (await places(q, MAX_EXPORT_PLACES)).filter((p) => p.lat !== null && p.lon !== null);
    const body = {
      type: 'FeatureCollection',
      features: rows.map((p) => ({
        type: 'Feature',
        id: p.key,
        geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
        properties: { key: p.key, name: p.name, documents: p.documents, mentions: p.mentions },
      })),
    };
    return new Response(JSON.stringify(body), {
      headers: {
        'Content-Type': 'application/geo+json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename('geojson')}"`,
      },
    });
  }
  // Compiled before the stream starts, so a malformed query is a 400, not a broken download.
  const query = compileApiQuery(ctx.entities, q);
  const docs = ctx.store.exportDocuments(query)[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started && format === 'csv') {
        started = true;
        controller.enqueue(encoder.encode(csvHeader()));
        return;
      }
      started = true;
      const next = await docs.next();
      if (next.done) {
        controller.close();
        return;
      }
      const record = toRecord(Doc.fromJSON(next.value));
      controller.enqueue(encoder.encode(format === 'csv' ? csvRow(record) : `${JSON.stringify(record)}\n`));
    },
    async cancel() {
      await docs.return?.();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename(format)}"`,
    },
  });
}
