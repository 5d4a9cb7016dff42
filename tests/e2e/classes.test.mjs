// A school's year, as its people live it: a teacher founds the school and
// a class, students join with the code, a student's private work reaches
// the teacher and classmates (while the school allows), and feedback
// reaches the student.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { resolve } from 'node:path';
import { serverAndBrowser } from './fixtures/world.mjs';
import { EditorPage } from './fixtures/pages.mjs';

const picture = resolve(import.meta.dirname, '../../assets/demo-volcano.jpg');
const password = 'correct horse';
const world = serverAndBrowser();

async function person() {
  const context = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
  return { context, page: await context.newPage() };
}

async function signUp(page, { username, kind, school, code, born }) {
  await page.goto(`${world.server.base}/signup${code ? `?code=${code}` : ''}`);
  if (kind === 'Teacher') await page.getByRole('radio', { name: 'Teacher' }).check();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Email').fill(`${username}@hill.example`);
  await page.getByLabel('Password').fill(password);
  if (school) await page.getByLabel('School name (optional)').fill(school);
  if (born) await page.getByLabel('Date of birth').fill(born);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByRole('heading', { name: 'My scenes' }).waitFor();
}

test('teacher, students and admin: the class, its work, feedback and peer visibility', async () => {
  // The teacher founds the school (becoming its admin) and a class.
  const teacher = await person();
  await signUp(teacher.page, { username: 'msrivera', kind: 'Teacher', school: 'Hill School' });
  await teacher.page.getByRole('link', { name: 'Classes' }).click();
  await teacher.page.getByLabel('Class name').fill('7B');
  await teacher.page.getByRole('button', { name: 'Create class' }).click();
  const code = await teacher.page.locator('.join-code .code').innerText();
  assert.match(code, /^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

  // A student signs up with the class's join link and makes a private scene.
  const ada = await person();
  await signUp(ada.page, { username: 'ada', code, born: '2013-04-02' });
  assert.equal(await ada.page.getByLabel('Join code').count(), 0, 'the join link filled in the code');
  const editor = new EditorPage(ada.page, world.server.base);
  await editor.open();
  assert.deepEqual(await ada.page.getByRole('radio').evaluateAll((r) => r.map((e) => e.labels[0].textContent)),
    ['Private', 'Unlisted'], 'students may not publish publicly by default');
  await editor.uploadImage(picture);
  await ada.page.getByLabel('Scene name').fill('My volcano');
  await editor.clickPicture(0.5, 0.3);
  await editor.fillHotspot({ title: 'Crater', text: 'Hot.' });
  await editor.save();
  const sceneId = editor.sceneId();

  // A classmate joins the same class.
  const ben = await person();
  await signUp(ben.page, { username: 'ben', code: code.toLowerCase(), born: '2013-09-12' });

  // The teacher sees the work, unreviewed, and leaves feedback.
  await teacher.page.reload();
  const item = teacher.page.locator('.review-item').filter({ hasText: 'My volcano' });
  await item.getByText('Not reviewed').waitFor();
  await item.getByText('Private').waitFor();
  // The founding teacher is the school's admin, who sees email and birth
  // date (a teacher who is not an admin sees the email only: server tests).
  assert.ok(await teacher.page.getByText('ada@hill.example').isVisible(), 'the teacher sees the student\'s email');
  await item.getByRole('button', { name: 'Feedback on My volcano' }).click();
  await item.getByLabel('Your feedback').fill('Lovely labels. Add where the ash goes?');
  await item.getByRole('button', { name: 'Send feedback' }).click();
  await item.getByText('Lovely labels. Add where the ash goes?').waitFor();
  await item.getByRole('button', { name: 'Mark reviewed' }).click();
  await item.getByText('Not reviewed').waitFor({ state: 'detached' });

  // My scenes tells the student there is feedback; it leads to the
  // editor, where they read it, and then it is no longer new.
  await ada.page.goto(`${world.server.base}/`);
  const read = ada.page.waitForResponse((r) => r.url().endsWith(`/api/scenes/${sceneId}/feedback/read`));
  await ada.page.getByRole('link', { name: 'New feedback on My volcano' }).click();
  await ada.page.getByText('Lovely labels. Add where the ash goes?').waitFor();
  assert.equal((await read).status(), 204);
  await ada.page.goto(`${world.server.base}/`);
  await ada.page.getByRole('heading', { name: 'My scenes' }).waitFor();
  await ada.page.locator('.scene-card').filter({ hasText: 'My volcano' }).waitFor();
  assert.equal(await ada.page.getByText('New feedback').count(), 0);

  // The classmate sees the private scene (read only) while the school allows.
  await ben.page.goto(`${world.server.base}/classes`);
  await ben.page.getByRole('link', { name: 'My volcano' }).click();
  await ben.page.getByRole('heading', { name: 'My volcano' }).waitFor();
  const peerView = await ben.page.request.get(`${world.server.base}/api/classes`);
  assert.ok(!(await peerView.text()).includes('ada@hill.example'));

  // The admin turns peer visibility off; the classmate loses sight of it.
  await teacher.page.getByRole('link', { name: 'School' }).click();
  const peers = teacher.page.getByLabel("Students see classmates' work");
  assert.ok(await peers.isChecked(), 'on by default');
  await peers.uncheck();
  await teacher.page.getByText('Saved', { exact: true }).waitFor();
  assert.ok(await teacher.page.getByRole('cell', { name: '2013-04-02' }).isVisible(), 'the admin sees birth dates');
  for (const [where, path] of [['the school page', '/school'], ['the classes page', '/classes']]) {
    await teacher.page.goto(`${world.server.base}${path}`);
    await teacher.page.locator('h1').waitFor();
    await teacher.page.locator('.class-panel, .users').first().waitFor();
    const results = await new AxeBuilder({ page: teacher.page }).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], where);
  }

  await ben.page.goto(`${world.server.base}/classes`);
  await ben.page.getByText("Your school keeps classmates' names and work private.").waitFor();
  assert.equal(await ben.page.getByRole('link', { name: 'My volcano' }).count(), 0);
  const hidden = await ben.page.goto(`${world.server.base}/v/${sceneId}`);
  assert.equal(hidden.status(), 404);
  await ben.page.getByRole('heading', { name: 'Not found, or not shared with you' }).waitFor();

  for (const p of [teacher, ada, ben]) await p.context.close();
});

test('a school admin invites a teacher, who joins the school and runs a class', async () => {
  const admin = await person();
  await signUp(admin.page, { username: 'principal', kind: 'Teacher', school: 'Dale School' });
  await admin.page.getByRole('link', { name: 'School' }).click();
  const code = await admin.page.locator('.invite .code').innerText();

  const teacher = await person();
  await teacher.page.goto(`${world.server.base}/signup?invite=${code}`);
  assert.ok(await teacher.page.getByRole('radio', { name: 'Teacher' }).isChecked(), 'the invitation link picks Teacher');
  assert.equal(await teacher.page.getByLabel('Invitation code (optional)').inputValue(), code);
  await teacher.page.getByLabel('Username').fill('mrokafor');
  await teacher.page.getByLabel('Email').fill('okafor@dale.example');
  await teacher.page.getByLabel('Password').fill(password);
  await teacher.page.getByRole('button', { name: 'Sign up' }).click();
  await teacher.page.getByRole('heading', { name: 'My scenes' }).waitFor();
  assert.equal(await teacher.page.getByRole('link', { name: 'School' }).count(), 0, 'an invited teacher is not an admin');
  await teacher.page.getByRole('link', { name: 'Classes' }).click();
  await teacher.page.getByLabel('Class name').fill('8C');
  await teacher.page.getByRole('button', { name: 'Create class' }).click();
  await teacher.page.getByRole('heading', { name: '8C' }).waitFor();

  await admin.page.reload();
  await admin.page.getByRole('cell', { name: 'mrokafor', exact: true }).waitFor();
  for (const p of [admin, teacher]) await p.context.close();
});

test('a teacher adds a student without email and imports a class list; the student logs in with the one-time password', async () => {
  const teacher = await person();
  await signUp(teacher.page, { username: 'mrsbaker', kind: 'Teacher', school: 'Vale School' });
  await teacher.page.getByRole('link', { name: 'Classes' }).click();
  await teacher.page.getByLabel('Class name').fill('5A');
  await teacher.page.getByRole('button', { name: 'Create class' }).click();
  await teacher.page.getByText('Add students').click();
  await teacher.page.getByLabel("Student's username").fill('noor');
  await teacher.page.getByLabel("Student's date of birth").fill('2016-02-03');
  await teacher.page.getByRole('button', { name: 'Add student' }).click();
  const created = teacher.page.locator('.import-report tbody tr').filter({ hasText: 'noor' });
  await created.getByText('Created').waitFor();
  const password = (await created.locator('td.code').innerText()).trim();
  assert.match(password, /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);

  // The second student added one by one keeps the first one's password on
  // screen (it is shown only here, once), and the class counts them both.
  await teacher.page.getByLabel("Student's username").fill('lea');
  await teacher.page.getByLabel("Student's date of birth").fill('2016-04-05');
  await teacher.page.getByRole('button', { name: 'Add student' }).click();
  await teacher.page.locator('.import-report tbody tr').filter({ hasText: 'lea' }).getByText('Created').waitFor();
  assert.equal((await created.locator('td.code').innerText()).trim(), password);
  await teacher.page.locator('.class-panel .section-head').getByText('2 students').waitFor();

  await teacher.page.getByLabel('Class list (CSV)').setInputFiles({
    name: '5A.csv', mimeType: 'text/csv',
    buffer: Buffer.from('username,email,date of birth\nomar,,2016-05-06\nNot Valid,,2016-01-01\npia,pia@vale.example,2015-11-30\n'),
  });
  const rows = teacher.page.locator('.import-report tbody tr');
  await rows.filter({ hasText: 'pia' }).getByText('Created').waitFor();
  assert.match(await rows.filter({ hasText: 'Not Valid' }).innerText(), /Refused: Username may use only/);
  await teacher.page.locator('.student-list').getByText('pia', { exact: true }).waitFor();
  assert.equal((await created.locator('td.code').innerText()).trim(), password, 'an import keeps earlier passwords');
  await teacher.page.locator('.class-panel .section-head').getByText('4 students').waitFor();

  const student = await person();
  await student.page.goto(`${world.server.base}/login`);
  await student.page.getByLabel('Username').fill('noor');
  await student.page.getByLabel('Password').fill(password);
  await student.page.getByRole('button', { name: 'Log in' }).click();
  // A password someone else chose is replaced before anything else.
  await student.page.getByRole('heading', { name: 'Choose your own password' }).waitFor();
  await student.page.getByLabel('One-time password').fill(password);
  await student.page.getByLabel('New password').fill('my own secret words');
  await student.page.getByRole('button', { name: 'Save my password' }).click();
  await student.page.getByRole('heading', { name: 'My scenes' }).waitFor();
  await student.page.getByRole('link', { name: 'Classes' }).click();
  await student.page.getByRole('heading', { name: '5A' }).waitFor();
  for (const p of [teacher, student]) await p.context.close();
});

test('a school admin resets a password and deletes a student, whose shared link then answers not found', async () => {
  const { Api } = await import('./fixtures/api.mjs');
  const admin = new Api(world.server.base);
  await admin.call('/api/auth/signup', { method: 'POST', body: { username: 'head.teacher', email: 'head@wood.example', password, kind: 'teacher', school_name: 'Wood School' } });
  const cls = await admin.call('/api/classes', { method: 'POST', body: { name: '6W' } });
  const kid = new Api(world.server.base);
  await kid.call('/api/auth/signup', { method: 'POST', body: { username: 'kit', email: 'kit@wood.example', password, kind: 'student', join_code: cls.join_code, date_of_birth: '2014-06-07' } });
  const shared = await kid.scene({ title: 'Kit\'s map', visibility: 'unlisted', hotspots: [{ x: 0.5, y: 0.5, title: 'Here', text: 'Home' }] });

  const page = await (await world.browser.newContext()).newPage();
  await page.context().addCookies(admin.cookies());
  await page.goto(`${world.server.base}/school`);
  page.on('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Reset password of kit' }).click();
  await page.getByRole('status').filter({ hasText: 'One-time password:' }).waitFor();

  await page.getByRole('button', { name: 'Delete kit' }).click();
  await page.getByRole('cell', { name: 'kit', exact: true }).waitFor({ state: 'detached' });
  const gone = await page.goto(`${world.server.base}/v/${shared.id}`);
  assert.equal(gone.status(), 404);
  await page.getByRole('heading', { name: 'Not found, or not shared with you' }).waitFor();
  await page.context().close();
});
