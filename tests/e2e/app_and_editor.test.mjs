// The app and the editor are two programs (README.md): each hands the
// other's addresses back to the server once, and an address neither holds
// ends on the not-found page instead of bouncing between them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './fixtures/world.mjs';

const world = serverAndBrowser();

test('moving between the app and the editor loads each program once, and an address neither holds is not found', async () => {
  const context = await world.browser.newContext();
  const page = await context.newPage();
  let loads = 0;
  page.on('load', () => { loads += 1; });
  await page.goto(`${world.server.base}/explore`);
  await page.getByRole('heading', { name: 'Explore' }).waitFor();
  // /new is the editor's: the app hands it to the server once.
  await page.goto(`${world.server.base}/new/`);
  await page.getByRole('link', { name: 'Log in' }).first().waitFor();
  // An address of neither program: one try, then the not-found page.
  await page.goto(`${world.server.base}/editor/`);
  await page.getByRole('heading', { name: 'Not found, or not shared with you' }).waitFor();
  await page.waitForTimeout(500);
  const settled = loads;
  await page.waitForTimeout(500);
  assert.equal(loads, settled, 'no page keeps reloading');
  await context.close();
});
