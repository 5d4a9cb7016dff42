// The two browser measurements: time from navigation until a page's N
// hotspots are interactive, and frame times while dragging a hotspot in the
// editor. Both drive Debian's Chromium (tests/e2e/fixtures/browser.mjs).
import { percentile } from './stats.mjs';

/**
 * One cold visit (a fresh browser context: empty cache, no cookies) to
 * `url`, timed inside the page with performance.now() (milliseconds since
 * navigation start), so no round trip to the benchmark is counted. Checked
 * at every animation frame:
 * - inDom: the first frame at which exactly `count` elements match
 *   `selector`. Each page gives an element its listeners before attaching
 *   it, so from then on it answers a click;
 * - interactive: the next frame, which starts once the browser has styled,
 *   laid out and painted the frame that first held them all: the shapes are
 *   on screen. This is the figure compared.
 * Also returns the bytes transferred (compressed, as sent) for everything
 * but pictures (/api/assets/...), and console errors (a script or style
 * blocked by the Content-Security-Policy would show up there).
 */
export async function coldVisit(browser, url, selector, count) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.text()}${m.location()?.url ? ` (${m.location().url.replace(/^https?:\/\/[^/]+/, '')})` : ''}`);
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(([sel, n]) => {
      const now = performance.now();
      if (window.__inDom === undefined) {
        if (document.querySelectorAll(sel).length === n) window.__inDom = now;
        return false;
      }
      window.__interactive ??= now;
      return true;
    }, [selector, count], { timeout: 180_000, polling: 'raf' });
    const measured = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const files = performance.getEntriesByType('resource').filter((r) => !r.name.includes('/api/assets/'));
      return { inDom: window.__inDom, interactive: window.__interactive, bytes: nav.transferSize + files.reduce((sum, r) => sum + r.transferSize, 0) };
    });
    return { ...measured, errors };
  } finally {
    await context.close();
  }
}

/**
 * Opens the editor on `sceneId` (signed in with `cookies`), waits for its
 * `count` markers, then drags the middle one 60 pointer moves (3 px right,
 * 2 px down each) and drops it, recording requestAnimationFrame timestamps
 * throughout. Frame time = the interval between consecutive frames; those
 * ending before the drop are the drag's, the first five after it hold the
 * drop's re-render. The same method as the first editor benchmark.
 */
export async function dragFrames(browser, base, sceneId, cookies, count) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addCookies(cookies);
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${base}/s/${sceneId}/edit`);
    await page.waitForFunction((n) => document.querySelectorAll('.hotspot-marker').length === n, count, { timeout: 180_000 });
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
    const drag = intervals.filter((_, i) => frames[i + 1] <= dropAt);
    const afterDrop = intervals.filter((_, i) => frames[i + 1] > dropAt);
    return {
      loadMs,
      frames: drag.length,
      p50: percentile(drag, 50),
      p95: percentile(drag, 95),
      max: Math.max(...drag),
      drop: Math.max(...afterDrop.slice(0, 5)),
    };
  } finally {
    await context.close();
  }
}
