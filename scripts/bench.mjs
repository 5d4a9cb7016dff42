// The benchmark of issue #8, one command, one printout: bytes of a first
// visit (shared link and editor), time to interactive of the shared-link
// viewer against Annotorious 2.7 and against plain buttons (the floor: what
// the browser itself needs) on the same server, editor drag frame
// times, the server under load, and the budgets with PASS/MISS.
//
// Not part of the test run. `scripts/bench` installs what is missing, builds
// the release app and server, then runs this. By hand, after those builds:
//   node scripts/bench.mjs [--runs 10] [--sizes 10,200,5000] [--drag 1000,5000]
//                          [--no-load] [--json target/bench.json]
// The table goes to stdout, progress to stderr; the figures also go to
// target/bench.json. Uses target/release/pinpoint unless PINPOINT_BIN says.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { firstVisitBytes } from './bench-lib/bytes.mjs';
import { coldVisit, dragFrames } from './bench-lib/browser.mjs';
import { CALLS, POSTGRES_SETUPS, serverLoad } from './bench-lib/load.mjs';
import { gridHotspots, kb, median, textTable } from './bench-lib/stats.mjs';

const root = resolve(import.meta.dirname, '..');
process.env.PINPOINT_BIN ||= join(root, 'target/release/pinpoint');
const { launch } = await import('../tests/e2e/fixtures/browser.mjs');
const { startServer } = await import('../tests/e2e/fixtures/server.mjs');
const { Api } = await import('../tests/e2e/fixtures/api.mjs');

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    sizes: { type: 'string', default: '10,200,5000' },
    drag: { type: 'string', default: '1000,5000' },
    'no-load': { type: 'boolean', default: false },
    json: { type: 'string', default: join(root, 'target/bench.json') },
  },
});
const RUNS = Number(opts.runs);
const SIZES = opts.sizes.split(',').map(Number).filter(Boolean);
const DRAG_SIZES = opts.drag.split(',').map(Number).filter(Boolean);

// Budgets of issue #8, tightened by issue #20: the shared link and the
// editor lighter, and time to interactive a fraction of Annotorious's
// (by hotspot count; sizes not listed must simply not be slower).
const BUDGET = {
  viewerKb: 56, editorKb: 200, dragP95Ms: 16, rps: 10_000, p99Ms: 10, postgresRps: 5_000, postgresP99Ms: 20,
  interactiveRatio: { 10: 0.8, 200: 0.8, 5000: 0.3 },
};
// requestAnimationFrame timestamps come on the display's 60 Hz clock, so a
// frame interval is a multiple of 16.7 ms (give or take jitter): the 16 ms
// budget is read as "no frame dropped", an interval of at most one frame.
const ONE_FRAME_MS = 1000 / 60 + 0.3;

const dist = join(root, 'dist');
const annotoriousDist = join(root, 'bench/node_modules/@recogito/annotorious/dist');
for (const [file, fix] of [
  [join(dist, 'index.html'), 'scripts/build-app'],
  [join(dist, 'viewer/index.html'), 'scripts/build-app'],
  [process.env.PINPOINT_BIN, 'cargo build --release -p pinpoint-server'],
  [join(annotoriousDist, 'annotorious.min.js'), 'npm ci --prefix bench'],
]) {
  if (!existsSync(file)) {
    console.error(`missing ${file}: run ${fix} (or scripts/bench, which does it all)`);
    process.exit(1);
  }
}
const log = (...a) => console.error('bench:', ...a);

// One app directory served by one server: the built app, plus the
// Annotorious page with the library's files beside it.
const appDir = await mkdtemp(join(tmpdir(), 'pinpoint-bench-app-'));
await cp(dist, appDir, { recursive: true });
const peerDir = join(appDir, 'bench/annotorious');
await mkdir(peerDir, { recursive: true });
await cp(join(root, 'bench/annotorious'), peerDir, { recursive: true });
await cp(join(root, 'bench/floor'), join(appDir, 'bench/floor'), { recursive: true });
await cp(join(root, 'bench/scene.js'), join(appDir, 'bench/scene.js'));
for (const file of ['annotorious.min.js', 'annotorious.min.css']) {
  await cp(join(annotoriousDist, file), join(peerDir, file));
}

const results = { date: new Date().toISOString(), runs: RUNS, machine: {}, bytes: {}, interactive: [], drag: [], load: null, budgets: [], notes: [] };
results.machine = {
  cores: availableParallelism(), cpu: cpus()[0]?.model, memoryGiB: +(totalmem() / 2 ** 30).toFixed(1), node: process.version,
};

log('bytes of a first visit');
results.bytes = {
  viewer: await firstVisitBytes(appDir, 'viewer/index.html'),
  editor: await firstVisitBytes(appDir, 'editor/index.html'),
  app: await firstVisitBytes(appDir, 'index.html'),
  annotorious: await firstVisitBytes(appDir, 'bench/annotorious/index.html'),
};

const server = await startServer({ appDir });
const browser = await launch();
results.machine.chromium = browser.version();
try {
  const api = new Api(server.base);
  await api.signUp('bench');

  for (const count of SIZES) {
    const scene = await api.scene({ title: `${count} hotspots`, hotspots: gridHotspots(count) });
    const pages = {
      pinpoint: { url: `${server.base}/v/${scene.id}`, selector: '.hotspot-marker' },
      annotorious: { url: `${server.base}/bench/annotorious/index.html?scene=${scene.id}`, selector: '.a9s-annotation' },
      floor: { url: `${server.base}/bench/floor/index.html?scene=${scene.id}`, selector: '.m' },
    };
    const names = Object.keys(pages);
    const times = Object.fromEntries(names.map((name) => [name, []]));
    const inDom = Object.fromEntries(names.map((name) => [name, []]));
    const sent = {};
    // One visit each first, not counted: warms the server's caches for both.
    for (const name of names) await coldVisit(browser, pages[name].url, pages[name].selector, count);
    for (let run = 0; run < RUNS; run++) {
      // Take turns going first, so none always follows another.
      const order = names.map((_, i) => names[(i + run) % names.length]);
      for (const name of order) {
        const visit = await coldVisit(browser, pages[name].url, pages[name].selector, count);
        times[name].push(visit.interactive);
        inDom[name].push(visit.inDom);
        sent[name] = visit.bytes;
        for (const e of visit.errors) {
          const note = `${name}, ${count} hotspots: console error: ${e}`;
          if (!results.notes.includes(note)) results.notes.push(note);
        }
      }
      log(`interactive, ${count} hotspots, run ${run + 1}/${RUNS}: Pinpoint ${times.pinpoint.at(-1).toFixed(0)} ms, Annotorious ${times.annotorious.at(-1).toFixed(0)} ms, plain buttons ${times.floor.at(-1).toFixed(0)} ms`);
    }
    results.interactive.push({
      hotspots: count,
      ...Object.fromEntries(names.map((name) => [name, {
        median: median(times[name]), min: Math.min(...times[name]), max: Math.max(...times[name]),
        inDomMedian: median(inDom[name]), sentBytes: sent[name], runs: times[name], inDomRuns: inDom[name],
      }])),
      ratio: median(times.pinpoint) / median(times.annotorious),
      floorRatio: median(times.pinpoint) / median(times.floor),
    });
  }

  for (const count of DRAG_SIZES) {
    log(`editor drag, ${count} hotspots`);
    const scene = await api.scene({ title: `${count} hotspots`, visibility: 'private', hotspots: gridHotspots(count) });
    results.drag.push({ hotspots: count, ...(await dragFrames(browser, server.base, scene.id, api.cookies(), count)) });
  }
} finally {
  await browser.close();
  await server.stop();
  await rm(appDir, { recursive: true, force: true });
}

if (!opts['no-load']) {
  log('server load');
  results.load = await serverLoad(root);
} else {
  results.load = { present: false, lines: ['server load: skipped (--no-load)'], calls: {} };
}

// Budgets.
const ms = (v) => `${v.toFixed(0)} ms`;
const verdict = (ok) => (ok === null ? 'n/a' : ok ? 'PASS' : 'MISS');
const budget = (name, measured, ok) => results.budgets.push({ budget: name, measured, result: verdict(ok) });
const viewerGz = results.bytes.viewer.total.gzip / 1024;
const editorGz = results.bytes.editor.total.gzip / 1024;
budget(`viewer first visit <= ${BUDGET.viewerKb} KB gz`, `${viewerGz.toFixed(1)} KB`, viewerGz <= BUDGET.viewerKb);
budget(`editor first visit <= ${BUDGET.editorKb} KB gz`, `${editorGz.toFixed(1)} KB`, editorGz <= BUDGET.editorKb);
for (const row of results.interactive) {
  const limit = BUDGET.interactiveRatio[row.hotspots] ?? 1;
  budget(`viewer interactive <= ${limit} x Annotorious, ${row.hotspots.toLocaleString('en')} hotspots`,
    `${ms(row.pinpoint.median)} vs ${ms(row.annotorious.median)} (${row.ratio.toFixed(2)})`, row.ratio <= limit);
}
const dragAtMax = results.drag.find((d) => d.hotspots === 5000) || results.drag.at(-1);
if (dragAtMax) {
  const at = dragAtMax.hotspots.toLocaleString('en');
  budget(`drag p95 <= ${BUDGET.dragP95Ms} ms (one 60 Hz frame) at ${at}`, `${dragAtMax.p95.toFixed(1)} ms`, dragAtMax.p95 <= ONE_FRAME_MS);
  budget(`frame at drop <= one 60 Hz frame at ${at}`, `${dragAtMax.drop.toFixed(1)} ms`, dragAtMax.drop <= ONE_FRAME_MS);
}
for (const call of CALLS) {
  const m = results.load.calls[call];
  const name = `${call}: >= ${BUDGET.rps.toLocaleString('en')} req/s, p99 < ${BUDGET.p99Ms} ms`;
  if (!m || Number.isNaN(m.rps) || Number.isNaN(m.p99Ms)) budget(name, results.load.present ? 'not read from load output' : 'not measured', null);
  else budget(name, `${Math.round(m.rps).toLocaleString('en')} req/s, p99 ${m.p99Ms.toFixed(2)} ms`, m.rps >= BUDGET.rps && m.p99Ms < BUDGET.p99Ms);
}
// The same calls on PostgreSQL (issue #15), one server and two.
for (const servers of POSTGRES_SETUPS) {
  for (const call of CALLS) {
    const m = results.load.postgres?.[servers]?.[call];
    const name = `${servers}: ${call}: >= ${BUDGET.postgresRps.toLocaleString('en')} req/s, p99 < ${BUDGET.postgresP99Ms} ms`;
    if (!m || Number.isNaN(m.rps) || Number.isNaN(m.p99Ms)) budget(name, 'not measured (no PostgreSQL)', null);
    else budget(name, `${Math.round(m.rps).toLocaleString('en')} req/s, p99 ${m.p99Ms.toFixed(2)} ms`, m.rps >= BUDGET.postgresRps && m.p99Ms < BUDGET.postgresP99Ms);
  }
}

// The printout.
const out = [];
const m = results.machine;
out.push(`Pinpoint benchmark, ${results.date}: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Chromium ${m.chromium}, Node ${m.node}`);
out.push('', 'First visit, from the built files (gzip -9; KB = 1024 bytes; pictures and scene JSON not included)');
const kinds = ['HTML', 'JS', 'Wasm', 'CSS'];
out.push(textTable(
  ['page', ...kinds.flatMap((k) => [`${k} raw`, `${k} gz`]), 'total raw', 'total gz'],
  [['shared link /v/{id}', results.bytes.viewer], ['editor /new', results.bytes.editor], ['Annotorious page (peer)', results.bytes.annotorious]]
    .map(([name, b]) => [name, ...kinds.flatMap((k) => [kb(b.byKind[k].raw), kb(b.byKind[k].gzip)]), kb(b.total.raw), kb(b.total.gzip)]),
));
out.push('', `Time from navigation until all hotspots are on screen and clickable, cold visits on loopback, 1280x800`,
  `(ms, median of ${RUNS} with fastest and slowest; "in DOM": the frame before, when all were attached; sent: KB as sent, compressed, without the picture;`,
  `plain buttons: the floor, the same hotspots as bare <button>s made by a few lines of JavaScript, bench/floor/)`);
out.push(textTable(
  ['hotspots', 'Pinpoint', 'min', 'max', 'Annotorious', 'min', 'max', 'plain buttons', 'min', 'max', 'P/Annotorious', 'P/plain', 'in DOM: P', 'in DOM: A', 'sent: P', 'sent: A'],
  results.interactive.map((r) => [r.hotspots.toLocaleString('en'),
    r.pinpoint.median.toFixed(0), r.pinpoint.min.toFixed(0), r.pinpoint.max.toFixed(0),
    r.annotorious.median.toFixed(0), r.annotorious.min.toFixed(0), r.annotorious.max.toFixed(0),
    r.floor.median.toFixed(0), r.floor.min.toFixed(0), r.floor.max.toFixed(0),
    r.ratio.toFixed(2), r.floorRatio.toFixed(2), r.pinpoint.inDomMedian.toFixed(0), r.annotorious.inDomMedian.toFixed(0),
    kb(r.pinpoint.sentBytes), kb(r.annotorious.sentBytes)]),
));
out.push('', 'Editor: dragging one hotspot (60 pointer moves), requestAnimationFrame intervals (ms)');
out.push(textTable(
  ['hotspots', 'editor loaded', 'drag frames', 'p50', 'p95', 'max', 'frame at drop'],
  results.drag.map((d) => [d.hotspots.toLocaleString('en'), d.loadMs.toFixed(0), d.frames, d.p50.toFixed(1), d.p95.toFixed(1), d.max.toFixed(1), d.drop.toFixed(1)]),
));
out.push('', 'Server', ...results.load.lines.map((l) => `  ${l}`));
out.push('', 'Budgets');
out.push(textTable(['budget', 'measured', 'result'], results.budgets.map((b) => [b.budget, b.measured, b.result])));
if (results.notes.length) out.push('', 'Notes', ...results.notes.map((n) => `  ${n}`));
console.log(out.join('\n'));

if (opts.json) {
  await writeFile(opts.json, `${JSON.stringify(results, null, 2)}\n`);
  log(`figures written to ${opts.json}`);
}
