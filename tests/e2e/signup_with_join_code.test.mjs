// A student signs up by typing the code their teacher wrote on the board:
// a teacher founds a school and makes a class, the student types the class's
// code on /signup and finds themselves in that class, and the teacher finds
// the student in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './fixtures/world.mjs';
import { SignupPage, ClassesPage } from './fixtures/pages.mjs';

const password = 'correct horse';
const world = serverAndBrowser();

test('a student who types the class code on /signup lands in the class', async () => {
  const teacherContext = await world.browser.newContext();
  const teacher = await teacherContext.newPage();
  await new SignupPage(teacher, world.server.base).signUpAsTeacher({
    username: 'mrsokafor', email: 'okafor@brook.example', password, school: 'Brook School',
  });
  const teacherClasses = new ClassesPage(teacher, world.server.base);
  await teacherClasses.open();
  const code = await teacherClasses.createClass('6A');
  assert.match(code, /^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await teacherClasses.panel('6A').getByText('No students yet.').waitFor();

  const studentContext = await world.browser.newContext();
  const student = await studentContext.newPage();
  const signup = new SignupPage(student, world.server.base);
  // A slip of the pen: the form says so under the code and keeps the rest.
  const [first, second] = code.split('-');
  const slip = `${second}-${first}`;
  await signup.submitAsStudent({ username: 'tomas', email: 'tomas@brook.example', password, born: '2014-03-09', code: slip });
  const codeField = student.getByLabel('Join code');
  await student.getByRole('alert').filter({ hasText: 'That join code does not match any class' }).waitFor();
  assert.equal(await codeField.getAttribute('aria-invalid'), 'true', 'the refusal is the code field\'s');
  assert.equal(await student.getByLabel('Username').inputValue(), 'tomas');

  // Typed the way it was read out: lower case, no dash.
  await codeField.fill(code.replace('-', '').toLowerCase());
  await student.getByRole('button', { name: 'Sign up' }).click();
  await student.getByRole('heading', { name: 'My scenes' }).waitFor();

  await student.getByRole('link', { name: 'Classes' }).click();
  const myClass = new ClassesPage(student, world.server.base).panel('6A');
  await myClass.waitFor();
  assert.match(await myClass.innerText(), /mrsokafor · 1 student/);
  assert.equal(await myClass.locator('.join-code').count(), 0, 'a student is not shown the code');

  await teacherClasses.open();
  const list = teacherClasses.panel('6A').locator('.student-list');
  await list.getByText('tomas', { exact: true }).waitFor();
  assert.match(await list.innerText(), /tomas@brook\.example/, 'the teacher sees whom they teach');
  assert.match(await teacherClasses.panel('6A').innerText(), /mrsokafor · 1 student/);

  await studentContext.close();
  await teacherContext.close();
});
