// The editor as students use it: by keyboard alone, by dragging, from two
// browsers at once, after a reload, and with a link that must be refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { serverAndBrowser } from './fixtures/world.mjs';
import { SignupPage, LoginPage, EditorPage, tabTo } from './fixtures/pages.mjs';

const picture = resolve(import.meta.dirname, '../../assets/demo-volcano.jpg');
const password = 'correct horse';
const world = serverAndBrowser();
let users = 0;

/** A new signed-in author in their own browser context. */
async function author() {
  const username = `author${++users}`;
  const context = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await new SignupPage(page, world.server.base).signUp({ username, email: `${username}@example.org`, password });
  return { context, page, username, editor: new EditorPage(page, world.server.base) };
}

/** A saved scene with one hotspot, made through the editor; answers its id. */
async function sceneWithOneHotspot(editor, page, title) {
  await editor.open();
  await editor.uploadImage(picture);
  await page.getByLabel('Scene name').fill(title);
  await editor.clickPicture(0.5, 0.5);
  await editor.fillHotspot({ title: 'Crater', text: 'Hot.' });
  await editor.save();
  return editor.sceneId();
}

/** Waits until the server holds a scene for which `holds` is true. */
async function untilServer(page, id, holds) {
  for (let i = 0; i < 100; i++) {
    if (holds(await sceneFromApi(page, id))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail('the server never got the change');
}

/** Positions in percent agree to within half a percent (a pixel or two). */
function near(actual, expected, what) {
  assert.ok(Math.abs(actual.x - expected.x) < 0.5 && Math.abs(actual.y - expected.y) < 0.5,
    `${what}: ${JSON.stringify(actual)} is not near ${JSON.stringify(expected)}`);
}

async function sceneFromApi(page, id) {
  const response = await page.request.get(`${world.server.base}/api/scenes/${id}`);
  assert.equal(response.status(), 200);
  return response.json();
}

test('a scene can be made and shared by keyboard alone, and a viewer opens it by keyboard', async () => {
  const { context, page, editor } = await author();
  await editor.open();
  // Choosing a file is the system's dialog; everything after is keys.
  await editor.uploadImage(picture);
  await tabTo(page, page.getByLabel('Scene name'));
  await page.keyboard.type('Made with keys');
  await tabTo(page, page.getByRole('button', { name: 'Add hotspot' }), { backwards: true });
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Title', { exact: true }));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Summit');
  await page.keyboard.press('Tab');
  await page.keyboard.type('The top.');
  // Nudge the hotspot with the arrow keys: Shift+Right is 5% of the width.
  await tabTo(page, editor.marker('Summit'), { backwards: true });
  const before = await editor.position();
  await page.keyboard.press('Shift+ArrowRight');
  assert.equal((await editor.position()).x, before.x + 5);
  // Visibility: Tab into the radio group, arrows choose.
  await tabTo(page, page.getByRole('radio', { name: 'Private' }));
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.getByRole('radio', { name: 'Unlisted' }).isChecked());
  await tabTo(page, page.getByRole('button', { name: 'Save' }), { backwards: true });
  await page.keyboard.press('Enter');
  await editor.savedAll();
  const id = editor.sceneId();
  const saved = await sceneFromApi(page, id);
  assert.equal(saved.visibility, 'unlisted');
  assert.deepEqual(saved.hotspots.map((h) => [h.title, h.text]), [['Summit', 'The top.']]);
  assert.ok(Math.abs(saved.hotspots[0].x - 0.55) < 1e-6, `x is ${saved.hotspots[0].x}`);
  await context.close();

  const viewer = await world.browser.newContext();
  const visit = await viewer.newPage();
  await visit.goto(`${world.server.base}/v/${id}`);
  const summit = visit.getByRole('button', { name: 'Summit' });
  await tabTo(visit, summit);
  await visit.keyboard.press('Enter');
  assert.match(await visit.getByRole('dialog', { name: 'Summit' }).innerText(), /The top\./);
  await viewer.close();
});

test('dragging a hotspot moves it as one step, and Undo puts it back', async () => {
  const { context, page, editor } = await author();
  const id = await sceneWithOneHotspot(editor, page, 'Drag me');
  const origin = await sceneFromApi(page, id).then((s) => ({ x: s.hotspots[0].x * 100, y: s.hotspots[0].y * 100 }));
  const marker = editor.marker('Crater');
  await marker.scrollIntoViewIfNeeded();
  const stage = await page.locator('.scene-stage').boundingBox();
  const start = await marker.boundingBox();
  const from = { x: start.x + start.width / 2, y: start.y + start.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) {
    await page.mouse.move(from.x - (stage.width * 0.25 * step) / 10, from.y - (stage.height * 0.25 * step) / 10);
  }
  await page.mouse.up();
  const moved = await editor.position();
  near(moved, { x: origin.x - 25, y: origin.y - 25 }, 'dragged');
  await untilServer(page, id, (s) => Math.abs(s.hotspots[0].x * 100 - moved.x) < 0.1);

  await page.keyboard.press('Control+Z');
  near(await editor.position(), origin, 'one undo undoes the whole drag');
  await page.keyboard.press('Control+Shift+Z');
  near(await editor.position(), moved, 'redo repeats it');
  await page.getByRole('button', { name: 'Undo' }).click();
  near(await editor.position(), origin, 'the Undo button undoes it too');
  await untilServer(page, id, (s) => Math.abs(s.hotspots[0].x * 100 - origin.x) < 1e-6);
  await context.close();
});

test('a save over someone else\'s newer save shows the conflict, and nothing is lost', async () => {
  const first = await author();
  const id = await sceneWithOneHotspot(first.editor, first.page, 'Shared work');
  const second = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const other = await second.newPage();
  await new LoginPage(other, world.server.base).logIn({ login: first.username, password });
  await other.goto(`${world.server.base}/s/${id}/edit`);
  await other.getByLabel('Scene name').waitFor();

  await first.page.getByLabel('Scene name').fill('Shared work, first edit');
  await untilServer(first.page, id, (s) => s.title === 'Shared work, first edit');

  await other.getByLabel('Scene name').fill('Shared work, second edit');
  const conflict = other.getByRole('alert').filter({ hasText: 'changed elsewhere' });
  await conflict.waitFor();
  assert.equal((await sceneFromApi(other, id)).title, 'Shared work, first edit', 'the first save is not overwritten silently');
  await conflict.getByRole('button', { name: 'Overwrite with mine' }).click();
  await new EditorPage(other, world.server.base).savedAll();
  assert.equal((await sceneFromApi(other, id)).title, 'Shared work, second edit');
  await first.context.close();
  await second.close();
});

test('unsaved edits survive a reload, with a warning before leaving', async () => {
  const { context, page, editor } = await author();
  const id = await sceneWithOneHotspot(editor, page, 'Before the reload');
  // The server stops accepting saves (say, the wifi drops).
  await page.route('**/api/scenes/*', (route) =>
    route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue());
  await page.getByLabel('Scene name').fill('Edited while offline');
  await page.getByRole('alert').filter({ hasText: 'Offline' }).waitFor();

  let warned = false;
  page.once('dialog', async (dialog) => {
    warned = dialog.type() === 'beforeunload';
    await dialog.accept();
  });
  await page.reload();
  assert.ok(warned, 'leaving with unsaved changes asks first');
  await page.getByRole('status').filter({ hasText: 'Restored changes' }).waitFor();
  assert.equal(await page.getByLabel('Scene name').inputValue(), 'Edited while offline');
  assert.equal((await sceneFromApi(page, id)).title, 'Before the reload');

  await page.unroute('**/api/scenes/*');
  await page.getByRole('button', { name: 'Keep them' }).click();
  await untilServer(page, id, (s) => s.title === 'Edited while offline');
  await context.close();
});

test('a javascript: link is refused with a message and never saved', async () => {
  const { context, page, editor } = await author();
  const id = await sceneWithOneHotspot(editor, page, 'Safe links');
  await page.getByLabel('Link', { exact: true }).fill('javascript:alert(document.cookie)');
  await page.getByText('Link must start with https://, http:// or mailto:').first().waitFor();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.locator('.status-area').getByRole('alert').filter({ hasText: 'Link must start with' }).waitFor();
  assert.equal((await sceneFromApi(page, id)).hotspots[0].link, null);

  await page.getByLabel('Link', { exact: true }).fill('https://example.org/volcanoes');
  await untilServer(page, id, (s) => s.hotspots[0].link === 'https://example.org/volcanoes');
  await context.close();
});

test('a tour link leads from one scene to the next in the viewer', async () => {
  const { context, page, editor } = await author();
  await sceneWithOneHotspot(editor, page, 'Part two');
  await page.getByRole('radio', { name: 'Unlisted' }).check();
  await editor.savedAll();
  const first = await sceneWithOneHotspot(editor, page, 'Part one');
  await page.getByLabel('Leads to another scene').selectOption({ label: 'Part two' });
  await page.getByRole('radio', { name: 'Unlisted' }).check();
  await untilServer(page, first, (s) => s.visibility === 'unlisted' && s.hotspots[0].scene_link);
  await context.close();

  const viewer = await world.browser.newContext();
  const visit = await viewer.newPage();
  await visit.goto(`${world.server.base}/v/${first}`);
  await visit.getByRole('button', { name: 'Crater' }).click();
  await visit.getByRole('dialog', { name: 'Crater' }).getByRole('link', { name: 'Go to the next scene' }).click();
  await visit.getByRole('heading', { name: 'Part two' }).waitFor();
  assert.equal(await visit.getByRole('dialog').count(), 0, 'the new scene opens with no popup');
  await viewer.close();
});

test('a file that is not a picture is refused with a clear message', async () => {
  const { context, page, editor } = await author();
  await editor.open();
  await page.getByLabel('Image').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await page.getByRole('alert').filter({ hasText: '“notes.txt” is not a picture' }).waitFor();
  // Named and typed as a PNG, but not one: the server looks at the bytes.
  await page.getByLabel('Image').setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not a png at all') });
  await page.getByRole('alert').filter({ hasText: 'Only PNG, JPEG, WebP and GIF' }).waitFor();
  assert.equal(await page.locator('.scene-stage').count(), 0);
  await context.close();
});

test('Copy link puts the shared address on the clipboard', async () => {
  const { context, page, editor } = await author();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: world.server.base });
  const id = await sceneWithOneHotspot(editor, page, 'Copy me');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${world.server.base}/v/${id}`);
  await context.close();
});

/** A short, silent WAV file. */
function wav() {
  const samples = Buffer.alloc(16);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0); header.writeUInt32LE(36 + samples.length, 4); header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16); header.writeUInt16LE(1, 20); header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24); header.writeUInt32LE(16000, 28); header.writeUInt16LE(2, 32); header.writeUInt16LE(16, 34);
  header.write('data', 36); header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]);
}

test('a hotspot can play a sound, which the viewer hears from the popup', async () => {
  const { context, page, editor } = await author();
  const id = await sceneWithOneHotspot(editor, page, 'Listen');
  await page.getByLabel('Popup picture or sound').setInputFiles({ name: 'rumble.wav', mimeType: 'audio/wav', buffer: wav() });
  await page.getByText('A sound plays with this hotspot.').waitFor();
  await page.getByRole('radio', { name: 'Public' }).check();
  await untilServer(page, id, (s) => s.visibility === 'public' && s.hotspots[0].media?.kind === 'audio');
  await context.close();

  const viewer = await world.browser.newContext();
  const visit = await viewer.newPage();
  await visit.goto(`${world.server.base}/v/${id}`);
  await visit.getByRole('button', { name: 'Crater' }).click();
  const sound = visit.getByRole('dialog', { name: 'Crater' }).locator('audio[controls]');
  await sound.waitFor();
  const src = await sound.evaluate((el) => el.src);
  const response = await visit.request.get(src);
  assert.equal(response.status(), 200);
  assert.equal(response.headers()['content-type'], 'audio/wav');
  await viewer.close();
});

test('on a phone, a tap adds a hotspot and a drag with a finger moves it', async () => {
  const { context: laptop, page: desk, editor: deskEditor } = await author();
  const id = await sceneWithOneHotspot(deskEditor, desk, 'On the go');
  const phone = await world.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.addCookies(await laptop.cookies());
  const page = await phone.newPage();
  await page.goto(`${world.server.base}/s/${id}/edit`);
  const stage = page.locator('.scene-stage');
  await stage.waitFor();
  const box = await stage.boundingBox();
  await stage.tap({ position: { x: box.width * 0.2, y: box.height * 0.8 } });
  await page.getByLabel('Title', { exact: true }).waitFor();
  assert.equal(await page.locator('.hotspot-marker').count(), 2);

  // A finger drag: touch pointer events on the marker.
  const marker = page.locator('.hotspot-marker').first();
  const at = await marker.boundingBox();
  const start = { x: at.x + at.width / 2, y: at.y + at.height / 2 };
  const cdp = await phone.newCDPSession(page);
  const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  await touch('touchStart', start.x, start.y);
  for (let i = 1; i <= 8; i++) await touch('touchMove', start.x + i * 5, start.y);
  await touch('touchEnd');
  await untilServer(page, id, (s) => s.hotspots.length === 2 && s.hotspots[0].x > 0.55);
  await phone.close();
  await laptop.close();
});
