// A shared link in its visitor's language: Finnish and Arabic browsers
// get the viewer in their language with nothing left in English, Arabic
// right to left with the picture and its hotspots where they were, and
// axe finds nothing in either.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { serverAndBrowser } from './fixtures/world.mjs';

const world = serverAndBrowser();

/** The English catalogue's viewer messages that hold no variable. */
async function englishViewerTexts() {
  const source = await readFile(resolve(import.meta.dirname, '../../i18n/catalogues/en.ftl'), 'utf8');
  return source.split('\n')
    .map((line) => line.match(/^viewer-[a-z-]+ = (.*)$/))
    .filter((match) => match && !match[1].includes('{'))
    .map((match) => match[1]);
}

async function demo(title) {
  const explore = await (await fetch(`${world.server.base}/api/explore`)).json();
  return explore.scenes.find((s) => s.title === title);
}

/** The page's visible text that is the viewer's, not the scene's. */
async function englishLeft(page, english) {
  const shown = await page.evaluate(() => document.body.innerText);
  return english.filter((text) => text.length > 4 && shown.includes(text));
}

test('a Finnish browser gets the viewer in Finnish, with nothing left in English', async () => {
  const english = await englishViewerTexts();
  const volcano = await demo('How a volcano works');
  const context = await world.browser.newContext({ locale: 'fi-FI' });
  const page = await context.newPage();
  const response = await page.goto(`${world.server.base}/v/${volcano.id}`);
  assert.equal(response.headers()['content-language'], 'fi');
  await page.getByRole('button', { name: 'Pelkkä teksti' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fi');
  await page.getByRole('button', { name: 'Koko näyttö' }).waitFor();
  assert.deepEqual(await englishLeft(page, english), []);

  // A hotspot's dialog, and the embed code's.
  const first = page.locator('.hotspot-marker').first();
  await first.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Sulje' }).waitFor();
  assert.deepEqual(await englishLeft(page, english), []);
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Upota' }).click();
  await page.getByRole('dialog', { name: 'Upota tämä näkymä' }).getByRole('button', { name: 'Kopioi koodi' }).waitFor();
  assert.deepEqual(await englishLeft(page, english), []);
  await context.close();
});

test('an Arabic browser gets the viewer right to left, the picture and hotspots unmirrored', async () => {
  const english = await englishViewerTexts();
  const volcano = await demo('How a volcano works');
  const context = await world.browser.newContext({ locale: 'ar', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${world.server.base}/v/${volcano.id}`);
  await page.getByRole('button', { name: 'نص فقط' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.deepEqual(await englishLeft(page, english), []);

  // The header reads from the right: the name first, the tools at the left.
  const brand = await page.locator('.brand').boundingBox();
  const tools = await page.locator('.viewer-tools').boundingBox();
  assert.ok(brand.x > tools.x, 'the brand is on the right');

  // A hotspot stays where its author put it on the picture.
  const picture = await page.locator('.scene-stage img').boundingBox();
  const hotspot = volcano.id && (await (await fetch(`${world.server.base}/api/scenes/${volcano.id}`)).json()).hotspots[0];
  const marker = await page.locator('.hotspot-marker').first().boundingBox();
  const centre = (marker.x + marker.width / 2 - picture.x) / picture.width;
  assert.ok(Math.abs(centre - hotspot.x) < 0.02, `marker at ${centre}, hotspot at ${hotspot.x}`);

  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await page.getByRole('button', { name: 'نص فقط' }).click();
  await page.getByRole('button', { name: 'عرض الصورة' }).waitFor();
  const axeText = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axeText.violations.map((v) => v.id), []);
  await context.close();
});
