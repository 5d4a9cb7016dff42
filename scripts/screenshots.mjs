// Takes the README's screenshots (docs/screenshots/) from a fresh server:
// the demo scene's viewer (laptop and phone), a hotspot open, the editor on
// a laptop and a phone, its Share dialog, its statistics after a visit,
// My scenes asking before a delete, a teacher's classes and the school's
// people (laptop and phone), and the settings page. Build first (scripts/test or scripts/run), then:
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

  await laptop.getByRole('button', { name: 'Share' }).click();
  await laptop.getByRole('dialog', { name: /^Share/ }).waitFor();
  await laptop.waitForFunction(() => [...document.querySelectorAll('.share-qr img')].every((i) => i.complete && i.naturalWidth));
  await laptop.screenshot({ path: `${out}/share.png` });
  await laptop.keyboard.press('Escape');

  const viewerPhone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await viewerPhone.goto(`${server.base}/v/${demo}`);
  await viewerPhone.getByRole('button', { name: 'Crater' }).waitFor();
  await viewerPhone.screenshot({ path: `${out}/viewer-phone.png` });

  await laptop.goto(`${server.base}/`);
  await laptop.getByRole('button', { name: 'Delete Volcano' }).click();
  await laptop.getByRole('dialog', { name: /^Delete/ }).waitFor();
  await laptop.screenshot({ path: `${out}/delete-scene.png` });
  await laptop.keyboard.press('Escape');

  // A school: its founding teacher's classes, with students added by hand.
  const teacher = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await new SignupPage(teacher, server.base).signUpAsTeacher({ username: 'msrivera', email: 'rivera@hill.example', password: 'correct horse', school: 'Hill School' });
  await teacher.screenshot({ path: `${out}/teacher-first-visit.png` });
  await teacher.getByRole('navigation').getByRole('link', { name: 'Classes' }).click();
  await teacher.getByLabel('Class name').fill('7B');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await teacher.getByText('Add students').click();
  for (const [name, born] of [['noor', '2013-02-03'], ['lea', '2013-04-05']]) {
    await teacher.getByLabel("Student's username").fill(name);
    await teacher.getByLabel("Student's date of birth").fill(born);
    await teacher.getByRole('button', { name: 'Add student' }).click();
    await teacher.locator('.import-report tbody tr').filter({ hasText: name }).waitFor();
  }
  await teacher.screenshot({ path: `${out}/classes-laptop.png`, fullPage: true });
  const teacherPhone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await teacherPhone.context().addCookies(await teacher.context().cookies());
  await teacherPhone.goto(`${server.base}/classes`);
  await teacherPhone.getByRole('heading', { name: '7B' }).waitFor();
  await teacherPhone.screenshot({ path: `${out}/classes-phone.png`, fullPage: true });
  await teacher.getByRole('navigation').getByRole('link', { name: 'School' }).click();
  await teacher.getByRole('table', { name: 'People in your school' }).waitFor();
  await teacher.screenshot({ path: `${out}/school-laptop.png`, fullPage: true });
  await teacherPhone.goto(`${server.base}/school`);
  await teacherPhone.getByRole('table', { name: 'People in your school' }).waitFor();
  await teacherPhone.screenshot({ path: `${out}/school-phone.png`, fullPage: true });

  await laptop.goto(`${server.base}/settings`);
  await laptop.getByRole('table', { name: /Your activity/ }).waitFor();
  await laptop.screenshot({ path: `${out}/settings.png`, fullPage: true });
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  await server.stop();
}
