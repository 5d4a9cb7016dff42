// Explore on a fresh server: the demo scene the server makes on an empty
// database is public, listed, and opens in the viewer.
import { test, before, after } from 'node:test';
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

test('the demo scene is public on a fresh server and listed on Explore', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.base}/explore`);
  await page.getByRole('link', { name: 'How a volcano works' }).click();
  await page.getByRole('heading', { name: 'How a volcano works' }).waitFor();
  await page.getByRole('button', { name: 'Crater' }).click();
  await page.getByRole('dialog', { name: 'Crater' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await context.close();
});
