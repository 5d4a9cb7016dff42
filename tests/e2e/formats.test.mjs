// A scene leaving and coming back, as its owner does it: Download on the
// scene's card by keyboard, the package saved, then Import on the home
// page makes a private copy with its pictures; the W3C and IIIF downloads
// are there for anyone who may see the scene.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { serverAndBrowser } from './fixtures/world.mjs';
import { Api } from './fixtures/api.mjs';
import { tabTo, until } from './fixtures/pages.mjs';

const world = serverAndBrowser();

test('an owner downloads a scene as a package by keyboard and imports it back as a private copy', async () => {
  const owner = new Api(world.server.base);
  await owner.signUp('packager');
  const scene = await owner.scene({
    title: 'River delta', visibility: 'unlisted',
    hotspots: [{ x: 0.3, y: 0.6, title: 'Mouth', text: 'Where the river meets the sea.' }],
  });
  const context = await world.browser.newContext({ acceptDownloads: true });
  await context.addCookies(owner.cookies());
  const page = await context.newPage();
  await page.goto(world.server.base);
  const card = page.locator(`#scene-${scene.id}`);
  await card.waitFor();

  // The Download menu opens by keyboard and lists every format.
  const menu = card.locator('summary', { hasText: 'Download' });
  await menu.focus();
  await page.keyboard.press('Enter');
  for (const label of ['Pinpoint package (.zip)', 'W3C annotations (.json)', 'IIIF manifest (.json)']) {
    await card.getByRole('link', { name: label }).waitFor();
  }
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('link', { name: 'Pinpoint package (.zip)' }).press('Enter'),
  ]);
  assert.equal(download.suggestedFilename(), 'River-delta.pinpoint.zip');
  const saved = join(await mkdtemp(join(tmpdir(), 'pinpoint-package-')), 'River-delta.pinpoint.zip');
  await download.saveAs(saved);
  assert.equal((await readFile(saved)).subarray(0, 2).toString(), 'PK');

  // Import: a new private scene, first in the list, with the focus on it.
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import' }).press('Enter'),
  ]);
  await chooser.setFiles(saved);
  await page.getByRole('status').filter({ hasText: 'Imported “River delta” as a private scene.' }).waitFor();
  const cards = page.locator('.scene-card');
  await assert.doesNotReject(async () => {
    for (let i = 0; i < 50 && (await cards.count()) < 2; i++) await page.waitForTimeout(50);
  });
  assert.equal(await cards.count(), 2);
  const copy = cards.first();
  await copy.getByText('Private').waitFor();
  assert.ok(await copy.locator('a').first().evaluate((a) => a === document.activeElement), 'focus on the copy');
  const list = await owner.call('/api/scenes');
  const imported = list.find((s) => s.id !== scene.id);
  assert.equal(imported.title, 'River delta');
  const full = await owner.call(`/api/scenes/${imported.id}`);
  assert.equal(full.hotspots[0].text, 'Where the river meets the sea.');

  // A file that is not a package says why.
  const [again] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import' }).click(),
  ]);
  await again.setFiles({ name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip at all') });
  await page.getByRole('status').filter({ hasText: 'Could not import the file: This file is not a zip package' }).waitFor();
  await context.close();
});

test('an offline page downloaded from the editor works from disk with every request blocked', async () => {
  const owner = new Api(world.server.base);
  await owner.signUp('offliner');
  const scene = await owner.scene({
    title: 'Volcano <offline>', visibility: 'private',
    hotspots: [
      { x: 0.3, y: 0.4, title: 'Crater', text: 'Hot rock, 1,200 °C.' },
      { x: 0.7, y: 0.6, title: 'Eruption', text: 'Watch it.', media: { kind: 'youtube', video_id: 'dQw4w9WgXcQ' } },
    ],
  });
  const context = await world.browser.newContext({ acceptDownloads: true });
  await context.addCookies(owner.cookies());
  const editor = await context.newPage();
  await editor.goto(`${world.server.base}/s/${scene.id}/edit`);
  await editor.locator('summary', { hasText: 'Download' }).click();
  const [download] = await Promise.all([
    editor.waitForEvent('download'),
    editor.getByRole('link', { name: 'Offline page (.html)' }).press('Enter'),
  ]);
  assert.equal(download.suggestedFilename(), 'Volcano-offline.html');
  const saved = join(await mkdtemp(join(tmpdir(), 'pinpoint-offline-')), 'Volcano-offline.html');
  await download.saveAs(saved);
  await context.close();

  // Someone with the file and no network at all.
  const offline = await world.browser.newContext();
  await offline.setOffline(true);
  // Only the file itself may load; anything else would be the network.
  await offline.route('**/*', (route) => (route.request().url() === `file://${saved}` ? route.continue() : route.abort()));
  const page = await offline.newPage();
  const fetched = [];
  page.on('request', (request) => fetched.push(request.url()));
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`file://${saved}`);
  await page.getByRole('heading', { name: 'Volcano <offline>' }).waitFor();
  const picture = page.getByRole('img', { name: 'A drawing of a volcano' });
  await until(() => picture.evaluate((img) => img.complete && img.naturalWidth > 0), 'the picture shows');

  // Hotspots by keyboard: Tab, Enter, the dialog, Escape back.
  const crater = page.getByRole('button', { name: 'Crater' });
  await tabTo(page, crater, { max: 10 });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Crater' });
  await dialog.getByText('Hot rock, 1,200 °C.').waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.ok(await crater.evaluate((b) => b === document.activeElement), 'focus back on its hotspot');

  // A video is a link to its page, never a player.
  await page.getByRole('button', { name: 'Eruption' }).click();
  const video = page.getByRole('dialog', { name: 'Eruption' });
  await video.getByRole('link', { name: 'Watch on YouTube' }).waitFor();
  assert.equal(await video.locator('iframe').count(), 0);
  assert.equal(await video.getByRole('button', { name: 'Load video' }).count(), 0);
  const axeDialog = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axeDialog.violations.map((v) => v.id), []);
  await video.getByRole('button', { name: 'Close' }).click();

  // The text-only view and back, fullscreen; no embed code for a file.
  assert.equal(await page.getByRole('button', { name: 'Embed' }).count(), 0);
  await page.getByRole('button', { name: 'Text only' }).click();
  await page.getByRole('heading', { name: 'Eruption' }).waitFor();
  await page.getByRole('button', { name: 'Picture view' }).click();
  await page.getByRole('button', { name: 'Fullscreen' }).click();
  await page.getByRole('button', { name: 'Exit fullscreen' }).waitFor();
  await page.keyboard.press('Escape');

  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  const elsewhere = fetched.filter((url) => url !== `file://${saved}` && !url.startsWith('blob:'));
  assert.deepEqual(elsewhere, [], 'nothing asked of a network');
  assert.deepEqual(errors, []);
  await offline.close();

  // The file speaks the language of whoever opens it.
  const spanish = await world.browser.newContext({ locale: 'es-ES' });
  await spanish.setOffline(true);
  const page2 = await spanish.newPage();
  await page2.goto(`file://${saved}`);
  await page2.getByRole('button', { name: 'Solo texto' }).waitFor();
  assert.equal(await page2.evaluate(() => document.documentElement.lang), 'es');
  await spanish.close();
});

test('W3C annotations and their picture, chosen one after the other or together on Import, become a private scene', async () => {
  const owner = new Api(world.server.base);
  await owner.signUp('annotator');
  const scene = await owner.scene({
    title: 'Annotated volcano', visibility: 'private',
    hotspots: [{ x: 0.25, y: 0.5, title: 'Vent', text: 'Gas comes out here.' }],
  });
  const folder = await mkdtemp(join(tmpdir(), 'pinpoint-annotations-'));
  const json = join(folder, 'volcano.w3c.json');
  const response = await fetch(`${world.server.base}/api/scenes/${scene.id}/export?format=w3c`, { headers: { cookie: owner.cookie } });
  await writeFile(json, Buffer.from(await response.arrayBuffer()));
  const picture = resolve(import.meta.dirname, '../../assets/demo-volcano.jpg');

  const context = await world.browser.newContext();
  await context.addCookies(owner.cookies());
  const page = await context.newPage();
  await page.goto(world.server.base);
  await page.locator(`#scene-${scene.id}`).waitFor();

  // The JSON alone: the page asks for its picture, by keyboard.
  let [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import' }).press('Enter')]);
  await chooser.setFiles(json);
  await page.getByRole('status').filter({ hasText: 'Now choose the picture these annotations are on.' }).waitFor();
  [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose its picture' }).press('Enter')]);
  await chooser.setFiles(picture);
  await page.getByRole('status').filter({ hasText: 'Imported “Annotated volcano” as a private scene.' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Choose its picture' }).count(), 0);

  // Or both chosen at once.
  [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import' }).click()]);
  await chooser.setFiles([json, picture]);
  await until(async () => (await owner.call('/api/scenes')).length === 3, 'a second copy');
  for (const copy of (await owner.call('/api/scenes')).filter((s) => s.id !== scene.id)) {
    const full = await owner.call(`/api/scenes/${copy.id}`);
    assert.equal(full.hotspots[0].title, 'Vent');
    assert.equal(full.hotspots[0].text, 'Gas comes out here.');
    assert.ok(Math.abs(full.hotspots[0].x - 0.25) < 0.01 && Math.abs(full.hotspots[0].y - 0.5) < 0.01);
    assert.equal(full.visibility, 'private');
  }
  await context.close();
});
