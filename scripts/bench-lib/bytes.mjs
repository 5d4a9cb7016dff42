// What a first visit downloads, read from the built files (like
// scripts/bundle-size): every file a page's HTML names (stylesheets,
// scripts, the Wasm it preloads), by kind, raw and gzipped (-9).
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KINDS = { '.html': 'HTML', '.js': 'JS', '.wasm': 'Wasm', '.css': 'CSS' };

/**
 * `dir` is served at the site's root; `page` is the HTML file a visit gets
 * (relative to `dir`). Returns { files: [{path, kind, raw, gzip}], byKind:
 * {HTML|JS|Wasm|CSS: {raw, gzip}}, total: {raw, gzip} }.
 */
export async function firstVisitBytes(dir, page) {
  const html = await readFile(join(dir, page), 'utf8');
  const paths = [page];
  for (const [, url] of html.matchAll(/(?:href|src|data-js|data-wasm)="(\/[^"?#]+)"/g)) {
    const path = url.slice(1);
    if (KINDS[extname(path)] && !paths.includes(path)) paths.push(path);
  }
  const files = [];
  for (const path of paths) {
    const data = await readFile(join(dir, path));
    files.push({ path, kind: KINDS[extname(path)], raw: data.length, gzip: gzipSync(data, { level: 9 }).length });
  }
  const byKind = Object.fromEntries(Object.values(KINDS).map((k) => [k, { raw: 0, gzip: 0 }]));
  const total = { raw: 0, gzip: 0 };
  for (const f of files) {
    byKind[f.kind].raw += f.raw; byKind[f.kind].gzip += f.gzip;
    total.raw += f.raw; total.gzip += f.gzip;
  }
  return { files, byKind, total };
}
