// When the server throttles guessing (429 with Retry-After), the log-in,
// sign-up and join-class forms say plainly how long to wait, where their
// other errors appear. The server's answer is stood in for in the first
// tests, so each wait can be chosen; the last meets the real throttle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './fixtures/world.mjs';
import { Api } from './fixtures/api.mjs';

const world = serverAndBrowser();

/** Answers POSTs to `path` as a throttling server would. */
async function throttle(page, path, seconds) {
  await page.route(`**${path}`, (route) => route.request().method() !== 'POST' ? route.continue() : route.fulfill({
    status: 429,
    headers: { 'retry-after': String(seconds) },
    contentType: 'application/json',
    body: JSON.stringify({ error: { code: 'rate_limited', message: 'Too many failed attempts', field: null } }),
  }));
}

test('log-in: the wait is rounded up to whole minutes', async () => {
  const context = await world.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await throttle(page, '/api/auth/login', 840);
  await page.goto(`${world.server.base}/login`);
  await page.getByLabel('Username').fill('ada');
  await page.getByLabel('Password').fill('not my password');
  await page.getByRole('button', { name: 'Log in' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.innerText(), 'Too many tries. Try again in 14 minutes.');
  assert.equal(await page.getByRole('button', { name: 'Log in' }).isEnabled(), true, 'one may try again later');
  await page.screenshot({ path: 'target/login-throttled.png' });
  await context.close();
});

test('sign-up: under a minute reads "in a minute"', async () => {
  const context = await world.browser.newContext();
  const page = await context.newPage();
  await throttle(page, '/api/auth/signup', 30);
  await page.goto(`${world.server.base}/signup`);
  await page.getByLabel('Username').fill('guesser');
  await page.getByLabel('Email').fill('guesser@example.org');
  await page.getByLabel('Password').fill('correct horse');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByRole('alert').filter({ hasText: 'Too many tries. Try again in a minute.' }).waitFor();
  await context.close();
});

test('joining a class: the wait shows under the join code', async () => {
  const teacher = new Api(world.server.base);
  await teacher.call('/api/auth/signup', { method: 'POST', body: { username: 'mrsong', email: 'mrsong@hill.example', password: 'correct horse', kind: 'teacher', school_name: 'Hill School' } });
  const first = await teacher.call('/api/classes', { method: 'POST', body: { name: '7B' } });
  const student = new Api(world.server.base);
  await student.call('/api/auth/signup', { method: 'POST', body: { username: 'lin', email: 'lin@hill.example', password: 'correct horse', kind: 'student', join_code: first.join_code, date_of_birth: '2013-04-02' } });

  const context = await world.browser.newContext();
  await context.addCookies(student.cookies());
  const page = await context.newPage();
  await throttle(page, '/api/classes/join', 900);
  await page.goto(`${world.server.base}/classes`);
  await page.getByLabel('Join code').fill('ABCD-EFGH');
  await page.getByRole('button', { name: 'Join class' }).click();
  await page.getByRole('alert').filter({ hasText: 'Too many tries. Try again in 15 minutes.' }).waitFor();
  await context.close();
});

test('the real throttle: after repeated failed log-ins even the right password is told to wait', async () => {
  const api = new Api(world.server.base);
  await api.signUp('forgetful');
  let status;
  for (let tries = 0; tries < 30 && status !== 429; tries++) {
    ({ status } = await fetch(`${world.server.base}/api/auth/login`, {
      method: 'POST',
      headers: { origin: world.server.base, 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'forgetful', password: 'a wrong guess' }),
    }));
  }
  assert.equal(status, 429, 'the server throttles failed log-ins');

  const context = await world.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${world.server.base}/login`);
  await page.getByLabel('Username').fill('forgetful');
  await page.getByLabel('Password').fill(api.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  // The window is about 15 minutes, and what is left of it is shown.
  await page.getByRole('alert').filter({ hasText: /^Too many tries\. Try again in \d+ minutes\.$/ }).waitFor();
  await context.close();
});
