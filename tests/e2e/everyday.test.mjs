// Everyday use, as people meet it: a shared link on a phone, a student
// tidying up their scenes, a keyboard and screen-reader user moving from
// page to page, a sign-up form filled in wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { serverAndBrowser } from './fixtures/world.mjs';
import { Api } from './fixtures/api.mjs';
import { LoginPage, SignupPage } from './fixtures/pages.mjs';
import { AxeBuilder } from '@axe-core/playwright';

const picture = resolve(import.meta.dirname, '../../assets/demo-volcano.jpg');
const world = serverAndBrowser();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** What has the keyboard focus: its tag, and its text or accessible name. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el.tagName.toLowerCase(), text: (el.getAttribute('aria-label') || el.textContent || el.value || '').trim() };
  });
}

/** Runs axe-core on the page as it is: no WCAG violation allowed. */
async function noAxeViolations(page, where) {
  const results = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], where);
}

/** How far the page scrolls sideways (0: it does not). */
function sideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('on a phone the shared link shows its whole title and author, and nothing scrolls sideways', async () => {
  const api = new Api(world.server.base);
  await api.signUp('pirjo.virtanen');
  const link = 'https://example.org/a/very/long/address/that/goes/on/and/on/without/any/place/to/break/it/volcanoes';
  const scene = await api.scene({
    title: 'How a volcano works',
    alt: 'Drawing of a volcano erupting',
    hotspots: [{ x: 0.5, y: 0.3, title: 'Crater', text: `Read more: ${link}`, link }],
  });
  const context = await world.browser.newContext(phone);
  const page = await context.newPage();
  await page.goto(`${world.server.base}/v/${scene.id}`);
  const title = page.getByRole('heading', { name: 'How a volcano works', level: 1 });
  await title.waitFor();
  const box = await title.boundingBox();
  assert.ok(box.width >= 200, `the title has room: ${box.width} px`);
  assert.ok(box.height < 80, `the title wraps to at most two lines: ${box.height} px`);
  const byline = page.getByText('by pirjo.virtanen', { exact: true });
  assert.equal(await byline.evaluate((el) => el.scrollWidth <= el.clientWidth), true, 'the author is not cut short');
  assert.equal(await sideways(page), 0);
  await noAxeViolations(page, 'the shared link on a phone');

  await page.getByRole('button', { name: 'Crater' }).click();
  await page.getByRole('dialog', { name: 'Crater' }).waitFor();
  assert.equal(await sideways(page), 0, 'a long link in a popup wraps');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Text only' }).click();
  await page.getByText('The picture: Drawing of a volcano erupting').waitFor();
  assert.equal(await sideways(page), 0, 'a long link in the text-only view wraps');
  await context.close();
});

test('a student duplicates a scene and deletes one from My scenes, and the focus follows', async () => {
  const api = new Api(world.server.base);
  await api.signUp('tidy');
  const scene = await api.scene({ title: 'Harbour map', visibility: 'unlisted' });
  const context = await world.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await new LoginPage(page, world.server.base).logIn({ login: 'tidy', password: api.password });

  await page.getByRole('button', { name: 'Duplicate Harbour map' }).click();
  await page.getByRole('status').getByText('Made “Copy of Harbour map”, a private copy.').waitFor();
  const copy = page.locator('.scene-card').filter({ hasText: 'Copy of Harbour map' });
  await copy.getByText('Private').waitFor();
  assert.deepEqual(await focused(page), { tag: 'a', text: 'Copy of Harbour map' }, 'the focus is on the copy');

  // Asked first; Escape changes nothing and gives the focus back.
  await page.getByRole('button', { name: 'Delete Harbour map' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Harbour map”?' });
  await dialog.waitFor();
  assert.deepEqual(await focused(page), { tag: 'button', text: 'Cancel' }, 'the safe answer has the focus');
  await noAxeViolations(page, 'My scenes asking before a delete');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await page.locator('.scene-card').count(), 2);
  assert.deepEqual(await focused(page), { tag: 'button', text: 'Delete Harbour map' }, 'back on the button that asked');

  await page.getByRole('button', { name: 'Delete Harbour map' }).click();
  await dialog.getByRole('button', { name: 'Delete scene' }).click();
  await page.getByRole('status').getByText('Deleted “Harbour map”.').waitFor();
  assert.equal(await page.locator('.scene-card').count(), 1);
  assert.deepEqual(await focused(page), { tag: 'h1', text: 'My scenes' });
  const gone = await page.request.get(`${world.server.base}/v/${scene.id}`);
  assert.equal(gone.status(), 404, 'its shared link is gone');
  await context.close();
});

test('each page is named in the tab, and after each step the focus is where the work goes on', async () => {
  const context = await world.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await new SignupPage(page, world.server.base).signUp({ username: 'keys', email: 'keys@example.org', password: 'correct horse' });
  assert.equal(await page.title(), 'My scenes · Pinpoint');
  assert.deepEqual(await focused(page), { tag: 'h1', text: 'My scenes' });

  await page.getByRole('link', { name: 'Explore' }).click();
  await page.getByRole('heading', { name: 'Explore', level: 1 }).waitFor();
  assert.equal(await page.title(), 'Explore · Pinpoint');
  assert.deepEqual(await focused(page), { tag: 'h1', text: 'Explore' });

  // The editor is another program, loaded from the server: it takes the
  // focus to its heading just the same.
  await page.getByRole('link', { name: 'New scene' }).click();
  await page.getByRole('heading', { name: 'New scene', level: 1 }).waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await page.title(), 'New scene · Pinpoint');

  await page.getByLabel('Image').setInputFiles(picture);
  await page.locator('.scene-stage img').waitFor();
  await page.getByLabel('Scene name').fill('Pond life');
  assert.equal(await page.title(), 'Pond life · Pinpoint');

  // Added by keyboard, hotspots go where they cover no other, and the
  // editor says where.
  const add = page.getByRole('button', { name: 'Add hotspot' });
  await add.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').getByText('Added Hotspot 1 in the middle.').waitFor();
  await add.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').getByText('Added Hotspot 2 in the middle.').waitFor();
  const boxes = await page.locator('.scene-stage .hotspot-marker').evaluateAll((markers) =>
    markers.map((m) => { const r = m.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width }; }));
  assert.equal(boxes.length, 2);
  const apart = Math.hypot(boxes[0].x - boxes[1].x, boxes[0].y - boxes[1].y);
  assert.ok(apart >= boxes[0].width, `the two do not overlap: ${apart} px apart`);
  // The selected one says so; none claims to open anything.
  assert.deepEqual(
    await page.locator('.scene-stage .hotspot-marker').evaluateAll((ms) => ms.map((m) => [m.getAttribute('aria-pressed'), m.hasAttribute('aria-expanded')])),
    [['false', false], ['true', false]],
  );

  // The first save changes the address; the focus stays on Save.
  const save = page.getByRole('button', { name: 'Save' });
  await save.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/s\/[^/]+\/edit$/);
  await page.locator('.status-area').getByText('Saved', { exact: true }).waitFor();
  assert.deepEqual(await focused(page), { tag: 'button', text: 'Save' });

  // Share says who can open it, gives the link, and a QR code for a
  // classroom screen; an unlisted scene also gets its embed code.
  const id = new URL(page.url()).pathname.split('/')[2];
  await page.getByRole('button', { name: 'Share' }).click();
  const share = page.getByRole('dialog', { name: 'Share “Pond life”' });
  await share.waitFor();
  await share.getByText('Private: Only you. Anyone else who opens the link gets “Not found”.', { exact: false }).waitFor();
  assert.equal(await share.getByLabel('Link', { exact: true }).inputValue(), `${world.server.base}/v/${id}`);
  assert.equal(await share.getByLabel('Embed code').count(), 0, 'a private scene is not embedded');
  await noAxeViolations(page, 'the editor with its Share dialog');
  const qr = share.getByRole('img', { name: "QR code of the scene's link" });
  await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await qr.elementHandle());
  await share.getByRole('button', { name: 'Close' }).click();
  await share.waitFor({ state: 'detached' });
  assert.deepEqual(await focused(page), { tag: 'button', text: 'Share' });

  await page.getByRole('radio', { name: 'Unlisted', exact: true }).check();
  await page.getByRole('button', { name: 'Share' }).click();
  await share.getByText('Unlisted: Anyone with the link.', { exact: false }).waitFor();
  assert.match(await share.getByLabel('Embed code').inputValue(), new RegExp(`^<iframe src="${world.server.base}/embed/${id}"`));
  await page.keyboard.press('Escape');
  await share.waitFor({ state: 'detached' });
  await context.close();
});

test('a sign-up filled in wrong says everything that is wrong at once, from the first field', async () => {
  const context = await world.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(`${world.server.base}/`);
  await page.getByRole('heading', { name: 'Pictures that explain themselves' }).waitFor();
  assert.deepEqual(errors, [], 'a signed-out visitor meets no console error');
  assert.equal(await (await page.request.get(`${world.server.base}/robots.txt`)).text().then((t) => t.startsWith('User-agent: *')), true);

  await page.goto(`${world.server.base}/signup`);
  await page.getByRole('radio', { name: 'Student' }).check();
  await page.getByLabel('Username').fill('A');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Sign up' }).click();
  for (const [label, message] of [
    ['Username', /Username/],
    ['Email', /mail/i],
    ['Password', /8 characters/],
    ['Date of birth', /required for students/],
    ['Join code', /join code/i],
  ]) {
    const field = page.getByLabel(label, { exact: true });
    const described = await field.evaluate((el) => (el.getAttribute('aria-describedby') || '').split(' ')
      .map((id) => document.getElementById(id)?.textContent || '').join(' '));
    assert.match(described, message, `${label}: ${described}`);
    assert.equal(await field.getAttribute('aria-invalid'), 'true', label);
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), 'signup-username', 'the first field at fault');
  await noAxeViolations(page, 'sign-up with its faults');
  await context.close();
});
