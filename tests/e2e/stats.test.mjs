// Anonymous statistics as an owner meets them: a stranger opens the shared
// link, opens two hotspots and leaves; the owner's own visit is not
// counted; the owner's statistics panel shows one view and the opens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './fixtures/world.mjs';
import { Api } from './fixtures/api.mjs';

const world = serverAndBrowser();

/** Opens `path` in a fresh context, opens each named hotspot and closes
 * its popup, then leaves the page (which sends the viewer's events).
 * Answers the context, still open: a browser that quits at once may drop
 * the beacon it was sending, as a real one that stays open would not. */
async function visitAndOpen(path, names, cookies = []) {
  const context = await world.browser.newContext();
  if (cookies.length) await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto(`${world.server.base}${path}`);
  for (const name of names) {
    await page.getByRole('button', { name, exact: true }).click();
    await page.getByRole('dialog', { name }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name }).waitFor({ state: 'hidden' });
  }
  await page.close({ runBeforeUnload: true });
  return context;
}

test('a stranger opens two hotspots and leaves: the owner sees 1 view and the opens', async () => {
  const owner = new Api(world.server.base);
  await owner.signUp('counter');
  const scene = await owner.scene({
    title: 'Counted volcano',
    visibility: 'unlisted',
    hotspots: [
      { x: 0.3, y: 0.3, title: 'Crater', text: 'Hot.' },
      { x: 0.7, y: 0.6, title: 'Lava', text: 'Flows.' },
      { x: 0.5, y: 0.8, title: 'Base', text: 'Unopened.' },
    ],
  });
  // The owner looking at their own link counts for nothing.
  const ownVisit = await visitAndOpen(`/v/${scene.id}`, ['Base'], owner.cookies());
  const stranger = await visitAndOpen(`/v/${scene.id}`, ['Crater', 'Lava']);

  // The beacon is sent as the page goes; wait until the server has it.
  let stats;
  for (let tries = 0; tries < 50; tries++) {
    stats = await owner.call(`/api/scenes/${scene.id}/stats?days=7`);
    if (stats.days.at(-1).views > 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(stats.days.at(-1).views, 1, JSON.stringify(stats));
  assert.equal(stats.days.at(-1).visitors, 1);
  await ownVisit.close();
  await stranger.close();

  const context = await world.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await context.addCookies(owner.cookies());
  const page = await context.newPage();
  await page.goto(`${world.server.base}/s/${scene.id}/edit`);
  await page.getByRole('button', { name: 'Statistics' }).click();
  const totals = page.locator('.stats-totals');
  await totals.getByText('Views').waitFor();
  assert.equal(await totals.locator('div', { hasText: 'Views' }).locator('dd').textContent(), '1');
  assert.equal(await totals.locator('div', { hasText: 'Visitors' }).locator('dd').textContent(), '1');
  await page.getByRole('img', { name: /Views and visitors per day over 30 days: 1 views, 1 visitors/ }).waitFor();
  const rows = await page.locator('.stats-hotspots tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.deepEqual(rows, [['Crater', '1'], ['Lava', '1'], ['Base', '0']]);

  await page.getByLabel('Period').selectOption({ label: 'Last 7 days' });
  await page.getByRole('img', { name: /over 7 days: 1 views/ }).waitFor();
  await page.locator('.editor-stats').screenshot({ path: 'target/stats.png' });
  await context.close();
});
