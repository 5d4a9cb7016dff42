// A student already in one class joins another on the /classes join form.
// Students always sign up with a class's code (SPEC.md), so the form is for
// a second class of the same school; a code of another school is refused
// as if it did not exist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './fixtures/world.mjs';
import { Api } from './fixtures/api.mjs';
import { ClassesPage } from './fixtures/pages.mjs';

const password = 'correct horse';
const world = serverAndBrowser();

/** A teacher who founds `school`, with one class of each name; answers their codes by name. */
async function school(username, school, names) {
  const teacher = new Api(world.server.base);
  await teacher.call('/api/auth/signup', {
    method: 'POST',
    body: { username, email: `${username}@example.org`, password, kind: 'teacher', school_name: school },
  });
  const codes = {};
  for (const name of names) codes[name] = (await teacher.call('/api/classes', { method: 'POST', body: { name } })).join_code;
  return codes;
}

test('a student joins a second class of their school with its code; another school\'s code is refused', async () => {
  const hill = await school('mrsrivera', 'Hill School', ['7B', 'Art club']);
  const dale = await school('mrdale', 'Dale School', ['9Z']);
  const student = new Api(world.server.base);
  await student.call('/api/auth/signup', {
    method: 'POST',
    body: { username: 'ada', email: 'ada@hill.example', password, kind: 'student', join_code: hill['7B'], date_of_birth: '2013-04-02' },
  });

  const context = await world.browser.newContext();
  await context.addCookies(student.cookies());
  const page = await context.newPage();
  const classes = new ClassesPage(page, world.server.base);
  await classes.open();
  await classes.panel('7B').waitFor();
  assert.equal(await classes.panel('Art club').count(), 0);

  await classes.join(dale['9Z']);
  await page.getByRole('alert').filter({ hasText: 'That join code does not match any class' }).waitFor();
  assert.equal(await classes.panel('9Z').count(), 0, 'nothing of the other school shows');

  await classes.join(hill['Art club']);
  const club = classes.panel('Art club');
  await club.waitFor();
  assert.match(await club.innerText(), /mrsrivera · 1 student/);
  assert.equal(await page.getByLabel('Join code').inputValue(), '', 'the form is cleared');
  assert.equal(await page.getByRole('alert').count(), 0, 'the earlier refusal is gone');

  await page.reload();
  await classes.panel('Art club').waitFor();
  assert.deepEqual((await page.locator('.class-panel h2').allInnerTexts()).sort(), ['7B', 'Art club'],
    'both classes, for good');
  await context.close();
});
