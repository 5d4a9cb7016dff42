// A scene leaving and coming back, as its owner does it: Download on the
// scene's card by keyboard, the package saved, then Import on the home
// page makes a private copy with its pictures; the W3C and IIIF downloads
// are there for anyone who may see the scene.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { serverAndBrowser } from './fixtures/world.mjs';
import { Api } from './fixtures/api.mjs';

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
