// The app and the editor are two programs (README.md): each hands the
// other's addresses back to the server once, and an address neither holds
// ends on the not-found page instead of bouncing between them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './fixtures/browser.mjs';
import { startServer } from './fixtures/server.mjs';

let server, browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('moving between the app and the editor loads each program once, and an address neither holds is not found', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  let loads = 0;
  page.on('load', () => { loads += 1; });
  await page.goto(`${server.base}/explore`);
  await page.getByRole('heading', { name: 'Explore' }).waitFor();
  // /new is the editor's: the app hands it to the server once.
  await page.goto(`${server.base}/new/`);
  await page.getByRole('link', { name: 'Log in' }).first().waitFor();
  // An address of neither program: one try, then the not-found page.
  await page.goto(`${server.base}/editor/`);
  await page.getByRole('heading', { name: 'Not found, or not shared with you' }).waitFor();
  await page.waitForTimeout(500);
  const settled = loads;
  await page.waitForTimeout(500);
  assert.equal(loads, settled, 'no page keeps reloading');
  await context.close();
});
