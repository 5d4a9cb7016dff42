// The editor on a touch screen, the school's page on a phone, and the focus
// through the steps that used to drop it: a picture upload, account
// deletion opened and closed, feedback sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { serverAndBrowser } from './fixtures/world.mjs';
import { Api } from './fixtures/api.mjs';
import { LoginPage, SignupPage } from './fixtures/pages.mjs';

const picture = resolve(import.meta.dirname, '../../assets/demo-volcano.jpg');
const world = serverAndBrowser();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** A page as a phone's browser would show it: touch, and a coarse pointer
 * (which Playwright's touch emulation alone does not report to CSS). */
async function phonePage(cookies) {
  const context = await world.browser.newContext(phone);
  if (cookies) await context.addCookies(cookies);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'pointer', value: 'coarse' }, { name: 'hover', value: 'none' }] });
  return { context, page };
}

function activeId(page) {
  return page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim());
}

test('on a phone the whole "Start with a picture" box chooses the photo, hints speak of tapping, and a tapped hotspot shows its fields', async () => {
  const api = new Api(world.server.base);
  await api.signUp('thumbs');
  const { context, page } = await phonePage(api.cookies());
  await page.goto(`${world.server.base}/new`);
  const box = page.getByText('Start with a picture');
  await box.waitFor();
  await page.getByText('Tap here to choose a photo or take one.').waitFor();
  assert.equal(await page.getByText('paste one (Ctrl+V)', { exact: false }).isVisible(), false, 'no keyboard words on a touch screen');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), box.tap()]);
  await chooser.setFiles(picture);
  await page.locator('.scene-stage img').waitFor();
  await page.getByText('Tap the picture to add a hotspot; drag one to move it.').waitFor();

  await page.getByLabel('Scene name').fill('Thumb test');
  await page.getByRole('button', { name: 'Add hotspot' }).tap();
  await page.getByRole('button', { name: 'Add hotspot' }).tap();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('.scene-stage').getByRole('button', { name: 'Hotspot 1', exact: true }).tap();
  const title = page.getByLabel('Title', { exact: true });
  await page.waitForFunction((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }, await title.elementHandle());
  assert.equal(await title.inputValue(), 'Hotspot 1');
  await context.close();
});

test("on a phone the school's people are cards and nothing scrolls sideways", async () => {
  const desk = await world.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await desk.newPage();
  await new SignupPage(page, world.server.base).signUpAsTeacher({ username: 'head.phone', email: 'head@phone.example', password: 'correct horse', school: 'Phone School' });
  const { context, page: small } = await phonePage(await desk.cookies());
  await small.goto(`${world.server.base}/school`);
  await small.getByRole('table', { name: 'People in your school' }).waitFor();
  assert.equal(await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
  // Each value says which column it is (drawn by CSS before it).
  const email = small.getByRole('cell', { name: 'head@phone.example' });
  assert.equal(await email.evaluate((td) => getComputedStyle(td, '::before').content), '"Email: "');
  // Settings is named in the header, not hidden behind a username.
  await small.getByRole('banner').getByRole('link', { name: /^Settings/ }).waitFor();
  await context.close();
  await desk.close();
});

test('the focus stays with the work: after a picture upload, around account deletion, after sending feedback', async () => {
  const context = await world.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await new SignupPage(page, world.server.base).signUp({ username: 'steady', email: 'steady@example.org', password: 'correct horse' });

  await page.goto(`${world.server.base}/new`);
  const image = page.getByLabel('Image');
  await image.focus();
  await image.setInputFiles(picture);
  await page.locator('.scene-stage img').waitFor();
  assert.equal(await activeId(page), 'scene-image', 'the file field keeps the focus while and after it uploads');

  await page.goto(`${world.server.base}/settings`);
  await page.getByRole('button', { name: 'Delete account' }).click();
  assert.equal(await activeId(page), 'delete-password', 'opening asks for the password, with the focus there');
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await activeId(page), 'Delete account', 'closing gives the focus back');
  await context.close();
});

test('a teacher sends feedback and marks it reviewed in one step, keeping the focus', async () => {
  const teacherApi = new Api(world.server.base);
  await teacherApi.call('/api/auth/signup', { method: 'POST', body: { username: 'ms.focus', email: 'focus@school.example', password: 'correct horse', kind: 'teacher', school_name: 'Focus School' } });
  teacherApi.password = 'correct horse';
  const cls = await teacherApi.call('/api/classes', { method: 'POST', body: { name: '9F' } });
  const student = new Api(world.server.base);
  await student.call('/api/auth/signup', { method: 'POST', body: { username: 'kim', email: 'kim@school.example', password: 'correct horse', kind: 'student', date_of_birth: '2012-03-04', join_code: cls.join_code } });
  await student.scene({ title: 'Rivers', visibility: 'private' });

  const context = await world.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await new LoginPage(page, world.server.base).logIn({ login: 'ms.focus', password: 'correct horse' });
  await page.goto(`${world.server.base}/classes`);
  const item = page.locator('.review-item').filter({ hasText: 'Rivers' });
  await item.getByRole('button', { name: 'Feedback on Rivers' }).click();
  await item.getByLabel('Your feedback').fill('Name the delta.');
  const both = item.getByRole('button', { name: 'Send and mark reviewed' });
  await both.click();
  await item.getByText('Feedback sent, and marked reviewed.').waitFor();
  await item.getByText('Not reviewed').waitFor({ state: 'detached' });
  assert.equal(await activeId(page), 'Send feedback', 'the focus moves to the button beside the one that went');
  await context.close();
});
