// A person's rights over their own account: take everything home, then
// leave, and nothing of theirs stays reachable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serverAndBrowser } from './fixtures/world.mjs';
import { Api } from './fixtures/api.mjs';

const world = serverAndBrowser();

test('download my data, then delete the account: the shared link answers not found', async () => {
  const api = new Api(world.server.base);
  await api.signUp('leaver');
  const scene = await api.scene({ title: 'Goodbye map', visibility: 'unlisted', hotspots: [{ x: 0.5, y: 0.5, title: 'Here', text: 'Was here' }] });
  const context = await world.browser.newContext({ acceptDownloads: true });
  await context.addCookies(api.cookies());
  const page = await context.newPage();
  await page.goto(`${world.server.base}/settings`);

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
  assert.deepEqual(data.activity.map((e) => e.kind), ['data_exported', 'scene_created', 'account_created']);

  await page.getByRole('button', { name: 'Delete account' }).click();
  await page.getByLabel('Password', { exact: true }).fill('wrong password');
  await page.getByRole('button', { name: 'Delete my account for good' }).click();
  await page.getByText('That is not your password').waitFor();
  await page.getByLabel('Password', { exact: true }).fill(api.password);
  await page.getByRole('button', { name: 'Delete my account for good' }).click();
  await page.getByRole('link', { name: 'Log in' }).waitFor();

  const gone = await page.goto(`${world.server.base}/v/${scene.id}`);
  assert.equal(gone.status(), 404);
  await page.getByRole('heading', { name: 'Not found, or not shared with you' }).waitFor();
  await context.close();
});

test('settings: a new picture cropped square, a new username, and the activity log shows both', async () => {
  const api = new Api(world.server.base);
  await api.signUp('painter');
  const context = await world.browser.newContext();
  await context.addCookies(api.cookies());
  const page = await context.newPage();
  await page.goto(`${world.server.base}/settings`);

  await page.getByLabel('Picture').setInputFiles('assets/demo-volcano.jpg');
  const preview = page.getByRole('img', { name: /Your new picture/ });
  await preview.waitFor();
  await page.getByLabel('Zoom').fill('2');
  // Move the picture by keyboard as well as by dragging.
  await preview.focus();
  await page.keyboard.press('ArrowLeft');
  const box = await preview.boundingBox();
  await page.mouse.move(box.x + 100, box.y + 100);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + 120, { steps: 4 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Save picture' }).click();
  const picture = page.getByRole('img', { name: 'Your picture' });
  await picture.waitFor();
  const size = await picture.evaluate((img) => img.decode().then(() => [img.naturalWidth, img.naturalHeight]));
  assert.deepEqual(size, [256, 256]);
  await page.screenshot({ path: 'target/settings.png', fullPage: true });

  await page.getByLabel('Username').fill('Painter!');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.locator('#profile-username-error').waitFor();
  await page.getByLabel('Username').fill('painter.two');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  assert.equal((await api.call('/api/me')).username, 'painter.two');

  await page.reload();
  const log = page.getByRole('table', { name: /Your activity/ });
  await log.getByRole('cell', { name: 'Account settings changed: username' }).waitFor();
  await log.getByRole('cell', { name: 'Account settings changed: picture' }).waitFor();
  await log.getByRole('cell', { name: 'Account created' }).waitFor();
  assert.equal(await log.getByRole('cell', { name: '127.0.0.1' }).count(), 3);
  await context.close();
});
