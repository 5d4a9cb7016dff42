// A 360° scene as a visitor meets it, on a fresh server's demo: the tour
// from the volcano drawing onto its crater rim and back, looking around by
// keyboard, a hotspot out of sight brought into view by Tab, its dialog,
// and the text-only view; and as its author makes one in the editor by
// keyboard. Chromium draws with software WebGL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { serverAndBrowser } from './fixtures/world.mjs';
import { Api } from './fixtures/api.mjs';
import { EditorPage, until } from './fixtures/pages.mjs';

const world = serverAndBrowser();

async function demos() {
  const explore = await (await fetch(`${world.server.base}/api/explore`)).json();
  const find = (title) => explore.scenes.find((s) => s.title === title);
  return { volcano: find('How a volcano works'), rim: find('On the crater rim (360°)') };
}

/** Whether a marker is shown (not faded out behind the viewer). */
const shown = (marker) => marker.evaluate((el) => getComputedStyle(el).opacity === '1');

/** Whether the canvas shows a picture: a drawn landscape takes tens of
 * kilobytes as a PNG, an empty canvas one or two. */
async function drawn(picture) {
  return (await picture.screenshot()).length > 20_000;
}

test('a stranger tours from the drawing onto the crater rim, looks around by keyboard and back', async () => {
  const { volcano, rim } = await demos();
  assert.ok(volcano && rim, 'a fresh server has both demos');
  const context = await world.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${world.server.base}/v/${volcano.id}`);
  await page.getByRole('button', { name: 'Stand on the crater rim (360°)' }).click();
  await page.getByRole('dialog').getByRole('link', { name: 'Go to the next scene' }).click();
  await page.getByRole('heading', { name: 'On the crater rim (360°)', level: 1 }).waitFor();

  // The panorama, named for whoever cannot see it, starting at its start view.
  const picture = page.getByRole('img', { name: /360° picture: A drawn 360° view/ });
  await picture.waitFor();
  await page.locator('.panorama-stage:not([aria-busy])').waitFor();
  const layers = page.getByRole('button', { name: 'Layers in the wall' });
  const lake = page.getByRole('button', { name: 'Lava lake' });
  await until(() => drawn(picture), 'the panorama is drawn');
  assert.ok(await shown(layers), 'ahead of the start view');
  assert.ok(!(await shown(lake)), 'out of sight to the left');

  // Arrow keys turn the view: the hotspot ahead moves the other way.
  const before = await layers.boundingBox();
  await picture.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await until(async () => (await layers.boundingBox()).x < before.x - 20, 'turning right moves it left');

  // Tab reaches the lake out of sight, which turns the view to it.
  await page.keyboard.press('Tab');
  assert.ok(await lake.evaluate((el) => el === document.activeElement));
  await until(() => shown(lake), 'in sight once focused');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Lava lake' }).getByText('Molten rock at about 1,100 °C', { exact: false }).waitFor();
  await page.keyboard.press('Escape');
  assert.ok(await lake.evaluate((el) => el === document.activeElement), 'focus returns to the hotspot');

  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);

  // The text-only view lists the panorama's hotspots like any scene's.
  await page.getByRole('button', { name: 'Text only' }).click();
  await page.getByRole('heading', { name: 'Layers in the wall', level: 2 }).waitFor();
  await page.getByRole('button', { name: 'Picture view' }).click();

  // And back along the tour.
  await page.getByRole('button', { name: 'Back to the drawing' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('link', { name: 'Go to the next scene' }).click();
  await page.getByRole('heading', { name: 'How a volcano works', level: 1 }).waitFor();
  await context.close();
});

test('a flat scene gets the small viewer and a 360° scene the one that draws panoramas', async () => {
  const { volcano, rim } = await demos();
  const flat = await (await fetch(`${world.server.base}/v/${volcano.id}`)).text();
  const round = await (await fetch(`${world.server.base}/v/${rim.id}`)).text();
  assert.match(flat, /\/viewer\/pinpoint-viewer-/);
  assert.doesNotMatch(flat, /viewer360/);
  assert.match(round, /\/viewer360\/pinpoint-viewer-/);
});

test('an author makes a 360° scene by keyboard, sets where it starts, and a stranger opens its link', async () => {
  const { rim } = await demos();
  // A 2:1 picture to upload: the demo's own panorama.
  const demo = await (await fetch(`${world.server.base}/api/scenes/${rim.id}`)).json();
  const bytes = Buffer.from(await (await fetch(`${world.server.base}/api/assets/${demo.image.asset_id}`)).arrayBuffer());
  const file = join(await mkdtemp(join(tmpdir(), 'pinpoint-panorama-')), 'crater.jpg');
  await writeFile(file, bytes);

  const author = new Api(world.server.base);
  await author.signUp('panorama-author');
  const context = await world.browser.newContext();
  await context.addCookies(author.cookies());
  const page = await context.newPage();
  const editor = new EditorPage(page, world.server.base);
  await editor.open();
  await page.getByLabel('Scene name').fill('Our crater');
  await page.getByLabel('Image').setInputFiles(file);

  // The upload is recognised as a panorama and offered as one.
  const round = page.getByRole('checkbox', { name: '360°' });
  await round.waitFor();
  await page.getByText('twice as wide as it is high').waitFor();
  await round.focus();
  await page.keyboard.press('Space');
  const picture = page.getByRole('img', { name: /^360° picture/ });
  await picture.waitFor();

  // Look to the right by keyboard, add a hotspot where one looks, name it.
  await picture.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'Add hotspot' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Added Hotspot 1 in the middle of the view' }).waitFor();
  await editor.fillHotspot({ title: 'Steam vent', text: 'Hot gas escapes here.' });
  const { x } = await editor.position();
  assert.ok(x > 55 && x < 75, `to the right of the centre: ${x}%`);
  await until(() => drawn(picture), 'the picture stays drawn as hotspots come and go');
  await page.getByRole('button', { name: 'Set start view' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Viewers will start looking where you look now.').waitFor();
  await editor.setVisibility('Unlisted');
  await editor.save();
  const id = editor.sceneId();
  const saved = await author.call(`/api/scenes/${id}`);
  assert.equal(saved.image.projection, 'equirectangular');
  assert.ok(Math.abs(saved.image.initial_view.x - saved.hotspots[0].x) < 0.01, 'starts looking at the vent');

  // A stranger opens the link: the 360° viewer, facing the vent.
  const stranger = await world.browser.newContext();
  const view = await stranger.newPage();
  await view.goto(`${world.server.base}/v/${id}`);
  await view.getByRole('img', { name: /^360° picture/ }).waitFor();
  const vent = view.getByRole('button', { name: 'Steam vent' });
  await vent.waitFor();
  await until(() => shown(vent), 'in sight at the start view');
  await vent.click();
  await view.getByRole('dialog', { name: 'Steam vent' }).getByText('Hot gas escapes here.').waitFor();
  await stranger.close();
  await context.close();
});

test('the crater rim as an offline page turns and draws from disk with no network', async () => {
  const { rim } = await demos();
  const response = await fetch(`${world.server.base}/api/scenes/${rim.id}/export?format=html`);
  assert.equal(response.status, 200);
  const saved = join(await mkdtemp(join(tmpdir(), 'pinpoint-offline-360-')), 'rim.html');
  await writeFile(saved, Buffer.from(await response.arrayBuffer()));

  const context = await world.browser.newContext();
  await context.setOffline(true);
  await context.route('**/*', (route) => (route.request().url() === `file://${saved}` ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto(`file://${saved}`);
  const picture = page.getByRole('img', { name: /360° picture: A drawn 360° view/ });
  await page.locator('.panorama-stage:not([aria-busy])').waitFor();
  await until(() => drawn(picture), 'the panorama is drawn from the page itself');
  const layers = page.getByRole('button', { name: 'Layers in the wall' });
  const before = await layers.boundingBox();
  await picture.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await until(async () => (await layers.boundingBox()).x < before.x - 20, 'turning right moves it left');
  // Its tour link needs the site: an offline page offers none.
  await layers.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Layers in the wall' });
  await dialog.waitFor();
  assert.equal(await dialog.getByRole('link', { name: 'Go to the next scene' }).count(), 0);
  await context.close();
});
