// Benchmark: the editor with many hotspots. For each size it prints the time
// until every marker is on screen and the frame times (requestAnimationFrame
// intervals) while dragging one hotspot and dropping it. Not part of the
// test run; build first (scripts/test or trunk build --release), then:
//   node scripts/bench-editor.mjs [sizes...]      (default: 1000 5000)
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launch } from '../tests/e2e/fixtures/browser.mjs';
import { startServer } from '../tests/e2e/fixtures/server.mjs';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const picture = await readFile(resolve(import.meta.dirname, '../assets/demo-volcano.jpg'));
const server = await startServer();
const browser = await launch();

async function api(path, { method = 'GET', body, cookie, type = 'application/json' } = {}) {
  const response = await fetch(`${server.base}${path}`, {
    method,
    headers: { origin: server.base, 'content-type': type, ...(cookie ? { cookie } : {}) },
    body: body === undefined || Buffer.isBuffer(body) ? body : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return { json: response.status === 204 ? null : await response.json(), headers: response.headers };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

try {
  const signup = await api('/api/auth/signup', { method: 'POST', body: { username: 'bench', email: 'bench@example.org', password: 'benchmark pass' } });
  const cookie = signup.headers.get('set-cookie').split(';')[0];
  const asset = (await api('/api/assets', { method: 'POST', body: picture, cookie, type: 'image/jpeg' })).json;
  const rows = [];
  for (const count of sizes.length ? sizes : [1000, 5000]) {
    const side = Math.ceil(Math.sqrt(count));
    const hotspots = Array.from({ length: count }, (_, i) => ({
      x: ((i % side) + 0.5) / side, y: (Math.floor(i / side) + 0.5) / side, title: `Point ${i + 1}`, text: 'Benchmark',
    }));
    const scene = (await api('/api/scenes', {
      method: 'POST', cookie,
      body: { title: `${count} hotspots`, image: { asset_id: asset.id, width: asset.width, height: asset.height, alt: '' }, hotspots },
    })).json;

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name, value] = cookie.split('=');
    await context.addCookies([{ name, value, url: server.base }]);
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${server.base}/s/${scene.id}/edit`);
    await page.waitForFunction((n) => document.querySelectorAll('.hotspot-marker').length === n, count, { timeout: 120_000 });
    const loadMs = Date.now() - started;

    const marker = page.locator('.hotspot-marker').nth(Math.floor(count / 2));
    await marker.scrollIntoViewIfNeeded();
    const box = await marker.boundingBox();
    const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.evaluate(() => {
      window.__frames = [];
      const tick = (t) => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(tick); };
      window.__stop = false;
      requestAnimationFrame(tick);
    });
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let step = 1; step <= 60; step++) {
      await page.mouse.move(from.x + step * 3, from.y + step * 2);
    }
    const dropAt = await page.evaluate(() => performance.now());
    await page.mouse.up();
    await page.waitForTimeout(300);
    const frames = await page.evaluate(() => { window.__stop = true; return window.__frames; });
    const intervals = frames.slice(1).map((t, i) => t - frames[i]);
    const dragIntervals = intervals.filter((_, i) => frames[i + 1] <= dropAt);
    const afterDrop = intervals.filter((_, i) => frames[i + 1] > dropAt);
    rows.push({
      hotspots: count,
      'editor loaded (ms)': loadMs,
      'drag frames': dragIntervals.length,
      'drag p50 (ms)': percentile(dragIntervals, 50).toFixed(1),
      'drag p95 (ms)': percentile(dragIntervals, 95).toFixed(1),
      'drop frame (ms)': Math.max(...afterDrop.slice(0, 5)).toFixed(1),
    });
    await context.close();
  }
  console.table(rows);
} finally {
  await browser.close();
  await server.stop();
}
