// Benchmark: a first visit to a shared link. For scenes of 10, 200 and
// 5,000 hotspots it prints the bytes the visit downloads (HTML, JS, Wasm,
// CSS and the scene's JSON, as sent: compressed; the picture itself
// excluded) and the time from navigation until every hotspot is on screen
// and clickable, median of 10 cold visits on loopback in headless Chromium.
// Not part of the test run; build first (scripts/build-app), then:
//   node scripts/bench-viewer.mjs [sizes...]
import { launch } from '../tests/e2e/fixtures/browser.mjs';
import { startServer } from '../tests/e2e/fixtures/server.mjs';
import { Api } from '../tests/e2e/fixtures/api.mjs';

const RUNS = 10;
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const server = await startServer();
const browser = await launch();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  const api = new Api(server.base);
  await api.signUp('bench');
  const rows = [];
  for (const count of sizes.length ? sizes : [10, 200, 5000]) {
    const side = Math.ceil(Math.sqrt(count));
    const hotspots = Array.from({ length: count }, (_, i) => ({
      x: ((i % side) + 0.5) / side, y: (Math.floor(i / side) + 0.5) / side, title: `Point ${i + 1}`, text: 'Benchmark',
    }));
    const scene = await api.scene({ title: `${count} hotspots`, hotspots });
    const times = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${server.base}/v/${scene.id}`, { waitUntil: 'commit' });
      await page.waitForFunction((n) => document.querySelectorAll('.hotspot-marker').length === n, count, { timeout: 60_000, polling: 'raf' });
      const measured = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const files = performance.getEntriesByType('resource').filter((r) => !r.name.includes('/api/assets/'));
        return { interactive: performance.now(), bytes: nav.transferSize + files.reduce((sum, r) => sum + r.transferSize, 0) };
      });
      times.push(measured.interactive);
      bytes = measured.bytes;
      await context.close();
    }
    rows.push({
      hotspots: count,
      'first visit (KB, compressed)': (bytes / 1024).toFixed(1),
      'interactive, median (ms)': median(times).toFixed(0),
      'fastest (ms)': Math.min(...times).toFixed(0),
      'slowest (ms)': Math.max(...times).toFixed(0),
    });
  }
  console.table(rows);
} finally {
  await browser.close();
  await server.stop();
}
