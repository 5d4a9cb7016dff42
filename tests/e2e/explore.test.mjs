// Explore on a fresh server: the demo scene the server makes on an empty
// database is public, listed, and opens in the viewer.
import { test } from 'node:test';
import { serverAndBrowser } from './fixtures/world.mjs';

const world = serverAndBrowser();

test('the demo scene is public on a fresh server and listed on Explore', async () => {
  const context = await world.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${world.server.base}/explore`);
  await page.getByRole('link', { name: 'How a volcano works' }).click();
  await page.getByRole('heading', { name: 'How a volcano works' }).waitFor();
  await page.getByRole('button', { name: 'Crater' }).click();
  await page.getByRole('dialog', { name: 'Crater' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await context.close();
});
