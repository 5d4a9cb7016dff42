// Signing in with a school account (OpenID Connect), as a pupil and an
// admin would: the log-in page's button by keyboard, the school's email
// domains, the birth date asked once, the school account in settings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { serverAndBrowser } from './fixtures/world.mjs';
import { Api } from './fixtures/api.mjs';
import { tabTo } from './fixtures/pages.mjs';

const world = serverAndBrowser({ schoolAccounts: true });

test('the log-in page signs in with a school account by keyboard', async () => {
  const context = await world.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${world.server.base}/login`);
  const button = page.getByRole('link', { name: 'Sign in with Hill School account' });
  await button.waitFor();
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await world.server.nextAccount('outsider-1');
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'My scenes' }).waitFor();
  // Signed in as the account the school sign-in made.
  await page.getByRole('link', { name: /Settings.*sam/ }).waitFor();
  await context.close();
});

test('a refused sign-in says why on the log-in page', async () => {
  const page = await world.browser.newPage();
  await page.goto(`${world.server.base}/login?sso_error=email_taken`);
  await page.getByRole('alert').filter({ hasText: 'An account with this email already exists' }).waitFor();
  await page.close();
});

test("a school's domain makes a pupil's first sign-in a student, who gives a birth date once", async () => {
  const admin = new Api(world.server.base);
  await admin.call('/api/auth/signup', {
    method: 'POST',
    body: { username: 'head', email: 'head@hill.example', password: 'correct horse', kind: 'teacher', school_name: 'Hill School' },
  });
  const context = await world.browser.newContext();
  await context.addCookies(admin.cookies());
  const page = await context.newPage();
  await page.goto(`${world.server.base}/school`);
  const domains = page.getByLabel('Email domains');
  await tabTo(page, domains);
  await page.keyboard.type('hill.example');
  await page.keyboard.press('Enter');
  await page.getByText('Saved', { exact: true }).waitFor();
  await context.close();

  const pupil = await world.browser.newPage();
  await world.server.nextAccount('pupil-2');
  await pupil.goto(`${world.server.base}/login`);
  await pupil.getByRole('link', { name: 'Sign in with Hill School account' }).click();
  await pupil.getByRole('heading', { name: 'Welcome! One question first' }).waitFor();
  await pupil.getByLabel('Date of birth').fill('2012-05-01');
  await pupil.getByRole('button', { name: 'Save' }).click();
  await pupil.getByRole('heading', { name: 'My scenes' }).waitFor();

  await pupil.goto(`${world.server.base}/settings`);
  await pupil.getByRole('heading', { name: 'School accounts' }).waitFor();
  await pupil.getByText('Hill School account', { exact: true }).waitFor();
  // Their only way in stays.
  await pupil.getByRole('button', { name: 'Remove Hill School account' }).click();
  await pupil.getByRole('alert').filter({ hasText: 'This is how you sign in' }).waitFor();
  await pupil.close();
});

test("a school's admin registers a learning platform by keyboard and sees the tool's addresses", async () => {
  const admin = new Api(world.server.base);
  await admin.call('/api/auth/signup', {
    method: 'POST',
    body: { username: 'lms-admin', email: 'lms@meadow.example', password: 'correct horse', kind: 'teacher', school_name: 'Meadow School' },
  });
  const context = await world.browser.newContext();
  await context.addCookies(admin.cookies());
  const page = await context.newPage();
  await page.goto(`${world.server.base}/school`);
  await page.getByRole('heading', { name: 'Learning platforms (LTI)' }).waitFor();
  // The addresses an LMS administrator pastes, each with its copy button.
  await page.getByText(`${world.server.base}/lti/login`).waitFor();
  await page.getByText(`${world.server.base}/lti/launch`).waitFor();
  await page.getByText(`${world.server.base}/lti/jwks.json`).waitFor();

  const issuer = page.getByLabel('Platform issuer');
  await tabTo(page, issuer);
  await page.keyboard.type('https://canvas.instructure.com');
  await page.keyboard.press('Tab');
  await page.keyboard.type('10000000000042');
  await page.keyboard.press('Tab');
  await page.keyboard.type('42:meadow');
  await page.keyboard.press('Tab');
  await page.keyboard.type('not an address');
  await page.keyboard.press('Tab');
  await page.keyboard.type('https://sso.canvaslms.com/api/lti/security/jwks');
  await page.keyboard.press('Enter');
  await page.getByText('Give the https:// address the platform shows').waitFor();
  await page.getByLabel('Authorization URL').fill('https://sso.canvaslms.com/api/lti/authorize_redirect');
  await page.getByLabel('Authorization URL').press('Enter');
  await page.getByText('Registered https://canvas.instructure.com').waitFor();
  await page.getByRole('button', { name: 'Remove https://canvas.instructure.com' }).waitFor();

  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await context.close();
});
