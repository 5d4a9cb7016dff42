// The shared link, as viewers meet it: by keyboard, on a phone, full
// screen, inside another site, with videos that wait for consent, and as
// search engines and strangers see it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { AxeBuilder } from '@axe-core/playwright';
import { serverAndBrowser } from './fixtures/world.mjs';
import { Api } from './fixtures/api.mjs';

let owner, scene;
const spots = [
  { x: 0.5, y: 0.25, title: 'Crater', text: 'Where lava escapes.\nSee https://example.org/crater.' },
  { x: 0.02, y: 0.98, title: 'Corner', text: 'At the very edge.' },
  { x: 0.7, y: 0.6, title: 'Eruption', text: 'Watch it.', media: { kind: 'youtube', video_id: 'dQw4w9WgXcQ' } },
];

const world = serverAndBrowser({
  async setup({ server }) {
    owner = new Api(server.base);
    await owner.signUp('viewerowner');
    scene = await owner.scene({ title: 'Volcano tour', visibility: 'public', hotspots: spots });
  },
});

async function visit(path, options = {}) {
  const context = await world.browser.newContext(options);
  const page = await context.newPage();
  const response = await page.goto(`${world.server.base}${path}`);
  return { context, page, response };
}

function inside(box, viewport) {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
}

function overlap(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('hotspots are buttons in reading order; Escape, outside clicks and Close shut the popup, focus returns', async () => {
  const { context, page } = await visit(`/v/${scene.id}`);
  await page.locator('.hotspot-marker').first().waitFor();
  const names = await page.locator('.hotspot-marker').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  assert.deepEqual(names, ['Crater', 'Corner', 'Eruption'], 'the author\'s reading order');
  for (const name of names) {
    assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1, `a button named ${name}`);
  }

  const crater = page.getByRole('button', { name: 'Crater' });
  await crater.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Crater' });
  await dialog.waitFor();
  assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus moves into the dialog');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.ok(await crater.evaluate((el) => el === document.activeElement), 'focus returns to its hotspot');

  await crater.click();
  await page.mouse.click(5, 5);
  await dialog.waitFor({ state: 'detached' });
  await crater.click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  await context.close();
});

test('a popup opens beside its hotspot, and markers stay inside the picture', async () => {
  const { context, page } = await visit(`/v/${scene.id}`, { viewport: { width: 1280, height: 800 } });
  const crater = page.getByRole('button', { name: 'Crater' });
  await crater.click();
  const dialog = page.getByRole('dialog', { name: 'Crater' });
  const [box, marker] = [await dialog.boundingBox(), await crater.boundingBox()];
  assert.ok(inside(box, { width: 1280, height: 800 }), 'the popup fits the window');
  assert.ok(!overlap(box, marker), 'the popup does not cover its hotspot');
  await page.keyboard.press('Escape');

  const picture = await page.locator('.scene-stage img').boundingBox();
  const corner = await page.getByRole('button', { name: 'Corner' }).boundingBox();
  assert.ok(corner.x >= picture.x - 0.5 && corner.y + corner.height <= picture.y + picture.height + 0.5,
    'a hotspot at the very edge keeps its marker inside the picture');
  await context.close();
});

test('each marker wears its hotspot\'s colour, in the viewer and in the editor', async () => {
  const coloured = await owner.scene({
    title: 'Colours', visibility: 'unlisted',
    hotspots: [{ x: 0.3, y: 0.3, title: 'Blue one', color: '#2f5bd3' }, { x: 0.6, y: 0.6, title: 'Plain one' }],
  });
  // The editor paints a marker's colour just after drawing it: wait a
  // moment for the one expected before reading what is there.
  const background = async (page, name, expected) => {
    const marker = page.getByRole('button', { name, exact: true });
    const read = () => marker.evaluate((m) => getComputedStyle(m).backgroundColor);
    for (let tries = 0; tries < 50 && (await read()) !== expected; tries++) await page.waitForTimeout(50);
    return read();
  };
  const { context, page } = await visit(`/v/${coloured.id}`);
  assert.equal(await background(page, 'Blue one', 'rgb(47, 91, 211)'), 'rgb(47, 91, 211)');
  assert.equal(await background(page, 'Plain one', 'rgb(228, 87, 46)'), 'rgb(228, 87, 46)', 'the default colour');
  await context.close();

  const editing = await world.browser.newContext();
  await editing.addCookies(owner.cookies());
  const editor = await editing.newPage();
  await editor.goto(`${world.server.base}/s/${coloured.id}/edit`);
  assert.equal(await background(editor, 'Blue one', 'rgb(47, 91, 211)'), 'rgb(47, 91, 211)');
  assert.equal(await background(editor, 'Plain one', 'rgb(228, 87, 46)'), 'rgb(228, 87, 46)');
  await editing.close();
});

test('on a phone, the first tap opens the hotspot in a popup that fits the screen', async () => {
  const viewport = { width: 390, height: 844 };
  const { context, page } = await visit(`/v/${scene.id}`, { viewport, isMobile: true, hasTouch: true });
  const crater = page.getByRole('button', { name: 'Crater' });
  await crater.tap();
  const dialog = page.getByRole('dialog', { name: 'Crater' });
  await dialog.waitFor();
  const box = await dialog.boundingBox();
  assert.ok(inside(box, viewport), `the popup fits the phone: ${JSON.stringify(box)}`);
  assert.ok(!overlap(box, await crater.boundingBox()), 'and leaves its hotspot visible');
  const marker = await crater.boundingBox();
  assert.ok(marker.width >= 24 && marker.height >= 24, 'markers stay large enough to tap');
  await context.close();
});

test('Fullscreen shows the scene on the whole screen and can be left again', async () => {
  const { context, page } = await visit(`/v/${scene.id}`);
  await page.getByRole('button', { name: 'Fullscreen' }).click();
  await page.waitForFunction(() => document.fullscreenElement !== null);
  await page.getByRole('button', { name: 'Exit fullscreen' }).click();
  await page.waitForFunction(() => document.fullscreenElement === null);
  await page.getByRole('button', { name: 'Fullscreen' }).waitFor();
  await context.close();
});

test('the text-only view lists every hotspot in reading order', async () => {
  const { context, page } = await visit(`/v/${scene.id}?text`);
  await page.locator('.text-view').waitFor();
  const headings = await page.locator('.text-view h2').allInnerTexts();
  assert.deepEqual(headings, ['Crater', 'Corner', 'Eruption']);
  assert.equal(await page.getByRole('link', { name: 'https://example.org/crater' }).count(), 1);
  await page.getByRole('button', { name: 'Picture view' }).click();
  await page.getByRole('button', { name: 'Crater' }).waitFor();
  assert.equal(new URL(page.url()).search, '');
  await context.close();
});

test('a video loads nothing from YouTube until the viewer clicks', async () => {
  const { context, page } = await visit(`/v/${scene.id}`);
  const requests = [];
  await context.route(/youtube|ytimg|googlevideo|vimeo/, (route) => {
    requests.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<p>player</p>' });
  });
  await page.getByRole('button', { name: 'Eruption' }).click();
  const dialog = page.getByRole('dialog', { name: 'Eruption' });
  await dialog.getByText('Loads content from YouTube, which may set cookies.').waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(requests, [], 'nothing before consent');
  await dialog.getByRole('button', { name: 'Load video' }).click();
  await dialog.locator('iframe').waitFor();
  await page.waitForTimeout(300);
  assert.ok(requests.some((u) => u.startsWith('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')), requests.join());
  await context.close();
});

test('the embed works inside another site, and the rest of Pinpoint refuses to be framed', async () => {
  const host = createServer((req, res) => {
    const src = req.url === '/app' ? `${world.server.base}/v/${scene.id}` : `${world.server.base}/embed/${scene.id}`;
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><title>School site</title><h1>Our volcano</h1><iframe src="${src}" width="800" height="600"></iframe>`);
  });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  const other = `http://127.0.0.1:${host.address().port}`;
  try {
    const { context, page } = await visit('/');
    await page.goto(`${other}/embed`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('button', { name: 'Crater' }).click();
    await frame.getByRole('dialog', { name: 'Crater' }).waitFor();
    assert.equal(await frame.getByRole('link', { name: 'Pinpoint' }).count(), 0, 'no site chrome in the embed');

    await page.goto(`${other}/app`);
    await page.waitForTimeout(1000);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    assert.ok(!framed.url().startsWith(world.server.base) || (await framed.locator('.hotspot-marker').count()) === 0,
      'the shared-link page is not shown inside another site');
    await context.close();
  } finally {
    host.close();
  }
});

test('the Embed dialog gives iframe code for the scene', async () => {
  const { context, page } = await visit(`/v/${scene.id}`);
  await page.getByRole('button', { name: 'Embed' }).click();
  const code = await page.getByLabel('Embed code').inputValue();
  assert.match(code, new RegExp(`^<iframe src="${world.server.base}/embed/${scene.id}" title="Volcano tour"`));
  await page.getByRole('dialog', { name: 'Embed this scene' }).getByRole('button', { name: 'Close' }).click();
  await context.close();
});

test('an unlisted scene says noindex in its header and page, and never appears on Explore', async () => {
  const unlisted = await owner.scene({ title: 'Just for my class', visibility: 'unlisted', hotspots: spots.slice(0, 1) });
  const { context, page, response } = await visit(`/v/${unlisted.id}`);
  assert.equal(response.status(), 200);
  assert.equal(response.headers()['x-robots-tag'], 'noindex');
  assert.equal(await page.locator('meta[name="robots"][content="noindex"]').count(), 1);
  await page.getByRole('button', { name: 'Crater' }).waitFor();

  const publicPage = await page.goto(`${world.server.base}/v/${scene.id}`);
  assert.equal(publicPage.headers()['x-robots-tag'], undefined);
  assert.equal(await page.locator('meta[name="robots"]').count(), 0);

  await page.goto(`${world.server.base}/explore`);
  await page.getByRole('link', { name: 'Volcano tour' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Just for my class' }).count(), 0);
  await context.close();
});

test('a private scene is a 404 page for a stranger and opens for its owner', async () => {
  const secret = await owner.scene({ title: 'Private notes', visibility: 'private', hotspots: spots.slice(0, 1) });
  const stranger = await visit(`/v/${secret.id}`);
  assert.equal(stranger.response.status(), 404);
  await stranger.page.getByRole('heading', { name: 'Not found, or not shared with you' }).waitFor();
  const image = await stranger.page.request.get(`${world.server.base}/api/assets/${secret.image.asset_id}`);
  assert.equal(image.status(), 404, 'its picture is not found either');
  await stranger.context.close();

  const mine = await world.browser.newContext();
  await mine.addCookies(owner.cookies());
  const page = await mine.newPage();
  const response = await page.goto(`${world.server.base}/v/${secret.id}`);
  assert.equal(response.status(), 200);
  await page.getByRole('heading', { name: 'Private notes' }).waitFor();
  await mine.close();
});

test('resetting a link from the editor kills the old one', async () => {
  const shared = await owner.scene({ title: 'Reset me', visibility: 'unlisted', hotspots: spots.slice(0, 1) });
  const context = await world.browser.newContext();
  await context.addCookies(owner.cookies());
  const page = await context.newPage();
  await page.goto(`${world.server.base}/s/${shared.id}/edit`);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Reset link' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/s/') && !url.pathname.includes(shared.id));
  const fresh = page.url().split('/')[4];

  const old = await visit(`/v/${shared.id}`);
  assert.equal(old.response.status(), 404);
  await old.page.getByRole('heading', { name: 'Not found, or not shared with you' }).waitFor();
  await old.context.close();
  const renewed = await visit(`/v/${fresh}`);
  await renewed.page.getByRole('heading', { name: 'Reset me' }).waitFor();
  await renewed.context.close();
  await context.close();
});

test('axe finds no accessibility violations on the viewer, the embed, an open popup and the text view', async () => {
  for (const path of [`/v/${scene.id}`, `/embed/${scene.id}`, `/v/${scene.id}?text`]) {
    const { context, page } = await visit(path);
    await page.locator('.viewer-main').waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], path);
    if (!path.includes('?text')) {
      await page.getByRole('button', { name: 'Crater' }).click();
      await page.getByRole('dialog', { name: 'Crater' }).waitFor();
      const open = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(open.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `${path} with a popup`);
    }
    await context.close();
  }
});
