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
import { Api } from './fixtures/api.mjs';

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

/** The English catalogue's messages of these parts that hold no variable. */
async function englishTexts(prefixes) {
  const source = await readFile(resolve(import.meta.dirname, '../../i18n/catalogues/en.ftl'), 'utf8');
  return source.split('\n')
    .map((line) => line.match(/^([a-z]+)-[a-z-]+ = (.*)$/))
    .filter((match) => match && prefixes.includes(match[1]) && !match[2].includes('{'))
    .map((match) => match[2]);
}

for (const [locale, login, signup, dir] of [
  ['fi-FI', 'Kirjaudu sisään', 'Luo tili', 'ltr'],
  ['es-ES', 'Iniciar sesión', 'Crear cuenta', 'ltr'],
  ['de-DE', 'Anmelden', 'Registrieren', 'ltr'],
  ['ar', 'تسجيل الدخول', 'إنشاء حساب', 'rtl'],
]) {
  test(`log-in and sign-up in ${locale}: nothing left in English, ${dir}, and axe finds nothing`, async () => {
    const english = await englishTexts(['app', 'login', 'signup']);
    const context = await world.browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`${world.server.base}/login`);
    await page.getByRole('heading', { name: login }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), dir);
    assert.deepEqual(await englishLeft(page, english), []);
    const axe = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), []);
    await page.getByRole('main').getByRole('link', { name: signup }).click();
    await page.getByRole('heading', { name: signup }).waitFor();
    // Each kind of account shows its own fields: all in the language.
    for (const radio of await page.getByRole('radio').all()) {
      await radio.check();
      assert.deepEqual(await englishLeft(page, english), []);
    }
    const axeSignup = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(axeSignup.violations.map((v) => v.id), []);
    await context.close();
  });
}

test('the language chosen in settings stays after a reload and on another device, until the browser\'s is chosen again', async () => {
  const signup = await fetch(`${world.server.base}/api/auth/signup`, {
    method: 'POST',
    headers: { origin: world.server.base, 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'polyglot', email: 'polyglot@example.org', password: 'correct horse', kind: 'individual' }),
  });
  const cookie = signup.headers.get('set-cookie').split(';')[0];
  const [name, value] = cookie.split('=');
  const device = async () => {
    const context = await world.browser.newContext({ locale: 'en-GB' });
    await context.addCookies([{ name, value, url: world.server.base }]);
    return { context, page: await context.newPage() };
  };

  const laptop = await device();
  await laptop.page.goto(`${world.server.base}/settings`);
  await laptop.page.getByLabel('Language').selectOption('de');
  await laptop.page.getByRole('link', { name: 'Einstellungen' }).waitFor();
  assert.equal(await laptop.page.evaluate(() => document.documentElement.lang), 'de');
  await laptop.page.reload();
  await laptop.page.getByRole('button', { name: 'Abmelden' }).waitFor();

  // Another device with an English browser: the account's German.
  const phone = await device();
  await phone.page.goto(`${world.server.base}/`);
  await phone.page.getByRole('link', { name: 'Meine Szenen' }).waitFor();

  await laptop.page.goto(`${world.server.base}/settings`);
  await laptop.page.getByLabel('Sprache').selectOption('');
  await laptop.page.getByRole('button', { name: 'Log out' }).waitFor();
  assert.equal(await laptop.page.evaluate(() => document.documentElement.lang), 'en');
  await laptop.context.close();
  await phone.context.close();
});

test('my scenes in Arabic and Finnish: cards, the Download menu and Import say nothing in English', async () => {
  const english = await englishTexts(['app', 'home', 'card', 'download', 'visibility']);
  for (const [language, heading, download] of [['ar', 'مشاهدي', 'تنزيل'], ['fi', 'Omat näkymät', 'Lataa']]) {
    const owner = new Api(world.server.base);
    await owner.signUp(`reader${language}`);
    await owner.call('/api/me', { method: 'PATCH', body: { language } });
    const scene = await owner.scene({ title: 'Tulivuori', visibility: 'unlisted', hotspots: [{ x: 0.5, y: 0.5, title: 'Kraatteri' }] });
    const context = await world.browser.newContext({ locale: 'en-US' });
    await context.addCookies(owner.cookies());
    const page = await context.newPage();
    await page.goto(world.server.base);
    await page.getByRole('heading', { name: heading }).waitFor();
    const card = page.locator(`#scene-${scene.id}`);
    await card.waitFor();
    await card.locator('summary', { hasText: download }).click();
    assert.deepEqual(await englishLeft(page, english), []);
    const axe = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), []);
    await context.close();
  }
});
