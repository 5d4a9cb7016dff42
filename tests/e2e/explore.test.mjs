// Explore on a fresh server: the demo scenes the server makes on an empty
// database (a drawing and a 360° view) are public, listed, and open in the
// viewer.
import { test } from 'node:test';
import { serverAndBrowser } from './fixtures/world.mjs';

const world = serverAndBrowser();

test('the demo scenes are public on a fresh server and listed on Explore', async () => {
  const context = await world.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${world.server.base}/explore`);
  await page.getByRole('link', { name: 'On the crater rim (360°)' }).waitFor();
  await page.getByRole('link', { name: 'How a volcano works' }).click();
  await page.getByRole('heading', { name: 'How a volcano works' }).waitFor();
  await page.getByRole('button', { name: 'Crater', exact: true }).click();
  await page.getByRole('dialog', { name: 'Crater' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await context.close();
});
