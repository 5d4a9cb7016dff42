// The first vertical slice, as a person does it: sign up, make a scene with
// two hotspots, share it, and open the link in a browser with no session.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { launch } from './fixtures/browser.mjs';
import { startServer } from './fixtures/server.mjs';
import { SignupPage, EditorPage } from './fixtures/pages.mjs';

const picture = resolve(import.meta.dirname, '../../assets/demo-volcano.jpg');
let server, browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a scene made in the editor opens from its shared link with no session', async () => {
  const author = await browser.newContext();
  const page = await author.newPage();
  await new SignupPage(page, server.base).signUp({ username: 'ada', email: 'ada@example.org', password: 'correct horse' });

  const editor = new EditorPage(page, server.base);
  await editor.open();
  await editor.uploadImage(picture);
  await page.getByLabel('Scene name').fill('Volcano');
  await editor.clickPicture(0.5, 0.25);
  await editor.fillHotspot({ title: 'Crater', text: 'Hot.\nVery hot.' });
  await editor.clickPicture(0.4, 0.8);
  await editor.fillHotspot({ title: 'Magma chamber', text: 'Molten rock below.' });
  await page.getByRole('radio', { name: 'Unlisted' }).check();
  await editor.save();
  const id = editor.sceneId();
  assert.ok(id, `the editor moved to the saved scene's address, at ${page.url()}`);
  await author.close();

  const viewer = await browser.newContext();
  const visit = await viewer.newPage();
  await visit.goto(`${server.base}/v/${id}`);
  await visit.getByRole('heading', { name: 'Volcano' }).waitFor();
  assert.deepEqual(await viewer.cookies(), [], 'a viewer gets no cookie');

  // Tab from the top of the page to the first hotspot, open it with Enter.
  const crater = visit.getByRole('button', { name: 'Crater' });
  for (let i = 0; i < 10 && !(await crater.evaluate((el) => el === document.activeElement)); i++) {
    await visit.keyboard.press('Tab');
  }
  assert.ok(await crater.evaluate((el) => el === document.activeElement), 'Tab reaches the Crater hotspot');
  await visit.keyboard.press('Enter');
  const dialog = visit.getByRole('dialog', { name: 'Crater' });
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /Hot\.\s+Very hot\./);

  await visit.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.ok(await crater.evaluate((el) => el === document.activeElement), 'focus returns to the hotspot');

  await visit.getByRole('button', { name: 'Magma chamber' }).click();
  assert.match(await visit.getByRole('dialog', { name: 'Magma chamber' }).innerText(), /Molten rock below\./);
  await viewer.close();
});

test('a private scene is not found by a stranger but opens for its owner', async () => {
  const owner = await browser.newContext();
  const page = await owner.newPage();
  await new SignupPage(page, server.base).signUp({ username: 'grace', email: 'grace@example.org', password: 'correct horse' });
  const editor = new EditorPage(page, server.base);
  await editor.open();
  await editor.uploadImage(picture);
  await page.getByLabel('Scene name').fill('My secret map');
  await editor.save();
  const id = editor.sceneId();

  await page.goto(`${server.base}/v/${id}`);
  await page.getByRole('heading', { name: 'My secret map' }).waitFor();

  const stranger = await browser.newContext();
  const visit = await stranger.newPage();
  await visit.goto(`${server.base}/v/${id}`);
  await visit.getByRole('heading', { name: 'Not found, or not shared with you' }).waitFor();
  await stranger.close();
  await owner.close();
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
