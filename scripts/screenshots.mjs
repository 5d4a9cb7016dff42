// Takes the README's screenshots (docs/screenshots/) from a fresh server:
// the demo scene's viewer, a hotspot open, the editor on a laptop and a
// phone, its statistics after a visit, and the settings page. Build first (scripts/test or scripts/run), then:
//   node scripts/screenshots.mjs
import { resolve } from 'node:path';
import { launch } from '../tests/e2e/fixtures/browser.mjs';
import { startServer } from '../tests/e2e/fixtures/server.mjs';
import { SignupPage, EditorPage } from '../tests/e2e/fixtures/pages.mjs';

const out = resolve(import.meta.dirname, '../docs/screenshots');
const picture = resolve(import.meta.dirname, '../assets/demo-volcano.jpg');
const server = await startServer();
const browser = await launch();
try {
  const { scenes } = await (await fetch(`${server.base}/api/explore`)).json();
  const demo = scenes[0].id;

  const laptop = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await laptop.goto(`${server.base}/v/${demo}`);
  await laptop.getByRole('button', { name: 'Crater' }).waitFor();
  await laptop.screenshot({ path: `${out}/viewer.png` });
  await laptop.getByRole('button', { name: 'Crater' }).click();
  await laptop.getByRole('dialog').waitFor();
  await laptop.screenshot({ path: `${out}/viewer-hotspot.png` });

  await new SignupPage(laptop, server.base).signUp({ username: 'ada', email: 'ada@example.org', password: 'correct horse' });
  const editor = new EditorPage(laptop, server.base);
  await editor.open();
  await editor.uploadImage(picture);
  await laptop.getByLabel('Scene name').fill('Volcano');
  await editor.clickPicture(0.5, 0.25);
  await editor.fillHotspot({ title: 'Crater', text: 'Where lava escapes.' });
  await editor.clickPicture(0.5, 0.86);
  await editor.fillHotspot({ title: 'Magma chamber', text: 'Molten rock below.' });
  await editor.save();
  await laptop.screenshot({ path: `${out}/editor-laptop.png` });

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.context().addCookies(await laptop.context().cookies());
  await phone.goto(laptop.url());
  await phone.locator('.scene-stage img').waitFor();
  await phone.getByRole('button', { name: 'Crater' }).tap();
  await phone.screenshot({ path: `${out}/editor-phone.png`, fullPage: true });

  // A visitor's look, then the owner's statistics.
  const sceneId = laptop.url().split('/s/')[1].split('/')[0];
  await laptop.getByRole('radio', { name: 'Unlisted' }).check();
  await editor.save();
  const visitor = await browser.newContext();
  const visit = await visitor.newPage();
  await visit.goto(`${server.base}/v/${sceneId}`);
  await visit.getByRole('button', { name: 'Crater' }).click();
  await visit.getByRole('dialog').waitFor();
  await visit.close({ runBeforeUnload: true });
  await new Promise((r) => setTimeout(r, 500));
  await visitor.close();
  await laptop.reload();
  await laptop.getByRole('button', { name: 'Statistics' }).click();
  await laptop.locator('.stats-totals').waitFor();
  await laptop.locator('.editor-stats').screenshot({ path: `${out}/statistics.png` });

  await laptop.goto(`${server.base}/settings`);
  await laptop.getByRole('table', { name: /Your activity/ }).waitFor();
  await laptop.screenshot({ path: `${out}/settings.png`, fullPage: true });
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  await server.stop();
}
