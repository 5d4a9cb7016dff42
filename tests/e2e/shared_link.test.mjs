// A scene shared by its link, as a class uses it: a student makes a scene,
// sets it Unlisted and copies its link from the editor; a stranger, in a
// browser of their own and signed in nowhere, opens the link, reads a
// hotspot, and is given no cookie.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { serverAndBrowser } from './fixtures/world.mjs';
import { Api } from './fixtures/api.mjs';
import { EditorPage, ViewerPage } from './fixtures/pages.mjs';

const picture = resolve(import.meta.dirname, '../../assets/demo-volcano.jpg');
const password = 'correct horse';
const world = serverAndBrowser();

/** A student of a new school's class, signed in through the API. */
async function student(username) {
  const teacher = new Api(world.server.base);
  await teacher.call('/api/auth/signup', {
    method: 'POST',
    body: { username: 'mrsrivera', email: 'rivera@pond.example', password, kind: 'teacher', school_name: 'Pond School' },
  });
  const { join_code } = await teacher.call('/api/classes', { method: 'POST', body: { name: '4C' } });
  const api = new Api(world.server.base);
  await api.call('/api/auth/signup', {
    method: 'POST',
    body: { username, email: `${username}@pond.example`, password, kind: 'student', join_code, date_of_birth: '2016-05-01' },
  });
  return api;
}

test('a student\'s unlisted scene opens from its copied link for a stranger, who gets no cookie', async () => {
  const author = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await author.addCookies((await student('noor')).cookies());
  const page = await author.newPage();
  const editor = new EditorPage(page, world.server.base);
  await editor.open();
  await editor.uploadImage(picture);
  await page.getByLabel('Scene name').fill('Our pond');
  await editor.clickPicture(0.3, 0.6);
  await editor.fillHotspot({ title: 'Frogspawn', text: 'Laid in March.\nTadpoles three weeks later.' });
  await editor.setVisibility('Unlisted');
  await editor.save();
  const link = await editor.copyLink();
  assert.equal(link, `${world.server.base}/v/${editor.sceneId()}`, 'the shared address of this scene');
  await author.close();

  const stranger = await world.browser.newContext();
  const viewer = new ViewerPage(await stranger.newPage());
  await viewer.open(link, 'Our pond');
  await viewer.page.getByText('by noor', { exact: true }).waitFor();
  const dialog = await viewer.openHotspot('Frogspawn');
  assert.match(await dialog.innerText(), /Laid in March\.\s+Tadpoles three weeks later\./);
  assert.deepEqual(await stranger.cookies(), [], 'a viewer gets no cookie');
  await stranger.close();
});
