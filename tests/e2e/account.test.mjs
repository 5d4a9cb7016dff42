// A person's rights over their own account: take everything home, then
// leave, and nothing of theirs stays reachable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch } from './fixtures/browser.mjs';
import { startServer } from './fixtures/server.mjs';
import { Api } from './fixtures/api.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('download my data, then delete the account: the shared link answers not found', async () => {
  const api = new Api(server.base);
  await api.signUp('leaver');
  const scene = await api.scene({ title: 'Goodbye map', visibility: 'unlisted', hotspots: [{ x: 0.5, y: 0.5, title: 'Here', text: 'Was here' }] });
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addCookies(api.cookies());
  const page = await context.newPage();
  await page.goto(`${server.base}/settings`);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my data' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'pinpoint-leaver.json');
  const data = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(data.account.username, 'leaver');
  assert.equal(data.account.email, 'leaver@example.org');
  assert.deepEqual(data.scenes.map((s) => s.title), ['Goodbye map']);
  assert.equal(data.scenes[0].hotspots[0].text, 'Was here');

  await page.getByRole('button', { name: 'Delete account' }).click();
  await page.getByLabel('Password', { exact: true }).fill('wrong password');
  await page.getByRole('button', { name: 'Delete my account for good' }).click();
  await page.getByText('That is not your password').waitFor();
  await page.getByLabel('Password', { exact: true }).fill(api.password);
  await page.getByRole('button', { name: 'Delete my account for good' }).click();
  await page.getByRole('link', { name: 'Log in' }).waitFor();

  const gone = await page.goto(`${server.base}/v/${scene.id}`);
  assert.equal(gone.status(), 404);
  await page.getByRole('heading', { name: 'Not found, or not shared with you' }).waitFor();
  await context.close();
});
