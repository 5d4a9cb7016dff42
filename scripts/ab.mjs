// An A/B of the shared link's time to interactive: two builds of the app,
// each served by its own server on this machine, their cold visits taking
// turns in one run, so that the machine's drift from minute to minute
// falls on both alike (whole runs of scripts/bench drift by more than most
// single changes are worth). Build B with a change, keep A without it:
//   cp -r dist /tmp/dist-a            # before the change
//   scripts/build-app                 # after it
//   node scripts/ab.mjs /tmp/dist-a dist [--hotspots 5000] [--runs 15]
// Prints each build's median, fastest and slowest (ms, as scripts/bench
// measures "on screen"). Uses target/release/pinpoint unless PINPOINT_BIN says.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { coldVisit } from './bench-lib/browser.mjs';
import { gridHotspots, median } from './bench-lib/stats.mjs';

const root = resolve(import.meta.dirname, '..');
process.env.PINPOINT_BIN ||= join(root, 'target/release/pinpoint');
const { launch } = await import('../tests/e2e/fixtures/browser.mjs');
const { startServer } = await import('../tests/e2e/fixtures/server.mjs');
const { Api } = await import('../tests/e2e/fixtures/api.mjs');

const { values: opts, positionals: dists } = parseArgs({
  allowPositionals: true,
  options: { hotspots: { type: 'string', default: '5000' }, runs: { type: 'string', default: '15' } },
});
if (dists.length !== 2) {
  console.error('usage: node scripts/ab.mjs DIST_A DIST_B [--hotspots 5000] [--runs 15]');
  process.exit(2);
}
const count = Number(opts.hotspots);
const runs = Number(opts.runs);

const builds = [];
for (const [name, dist] of [['A', dists[0]], ['B', dists[1]]]) {
  const appDir = await mkdtemp(join(tmpdir(), `pinpoint-ab-${name}-`));
  await cp(dist, appDir, { recursive: true });
  const server = await startServer({ appDir });
  const api = new Api(server.base);
  await api.signUp('abtest');
  const scene = await api.scene({ title: `${count} hotspots`, hotspots: gridHotspots(count) });
  builds.push({ name, dist, appDir, server, url: `${server.base}/v/${scene.id}`, times: [] });
}
const browser = await launch();
try {
  // One visit each first, not counted: warms each server's caches.
  for (const b of builds) await coldVisit(browser, b.url, '.hotspot-marker', count);
  for (let run = 0; run < runs; run++) {
    for (const b of run % 2 ? [...builds].reverse() : builds) {
      b.times.push((await coldVisit(browser, b.url, '.hotspot-marker', count)).interactive);
    }
    console.error(`ab: run ${run + 1}/${runs}: ${builds.map((b) => `${b.name} ${b.times.at(-1).toFixed(0)} ms`).join(', ')}`);
  }
} finally {
  await browser.close();
  for (const b of builds) {
    await b.server.stop();
    await rm(b.appDir, { recursive: true, force: true });
  }
}
console.log(`${count.toLocaleString('en')} hotspots, ${runs} cold visits each, taking turns (ms: median, fastest, slowest)`);
for (const b of builds) {
  console.log(`${b.name} ${b.dist}: ${median(b.times).toFixed(0)}  ${Math.min(...b.times).toFixed(0)}  ${Math.max(...b.times).toFixed(0)}`);
}
