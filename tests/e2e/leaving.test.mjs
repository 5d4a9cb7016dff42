// A school taking its data and leaving, as its people do it: the teacher
// downloads a class's work from the Classes page, the admin downloads the
// whole school from the School page, then deletes the school by typing its
// name and their password, and nobody of it can sign in any more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { serverAndBrowser } from './fixtures/world.mjs';
import { Api } from './fixtures/api.mjs';
import { tabTo } from './fixtures/pages.mjs';

const world = serverAndBrowser();
const password = 'correct horse';

/** Presses `button` by keyboard and answers the saved download's name and bytes. */
async function download(page, button) {
  await tabTo(page, button);
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('a class and then a whole school leave with their work, and the school is deleted', async () => {
  const head = new Api(world.server.base);
  await head.call('/api/auth/signup', {
    method: 'POST',
    body: { username: 'msrivera', email: 'msrivera@hill.example', password, kind: 'teacher', school_name: 'Hill School' },
  });
  const klass = await head.call('/api/classes', { method: 'POST', body: { name: '7B' } });
  const ada = new Api(world.server.base);
  await ada.call('/api/auth/signup', {
    method: 'POST',
    body: { username: 'ada', email: 'ada@hill.example', password, kind: 'student', date_of_birth: '2013-04-02', join_code: klass.join_code },
  });
  await ada.scene({ title: 'My volcano', visibility: 'private', hotspots: [{ x: 0.5, y: 0.3, title: 'Crater', text: 'Hot.' }] });

  const context = await world.browser.newContext({ acceptDownloads: true });
  await context.addCookies(head.cookies());
  const page = await context.newPage();

  // The class's work: packages and an index, with what arrived said aloud.
  await page.goto(`${world.server.base}/classes`);
  const work = await download(page, page.getByRole('button', { name: 'Download class work' }));
  assert.equal(work.name, '7B-work.zip');
  assert.equal(work.bytes.subarray(0, 2).toString(), 'PK');
  assert.ok(work.bytes.includes('index.csv') && work.bytes.includes('ada/001-My-volcano.pinpoint.zip'));
  await page.getByRole('status').filter({ hasText: /Downloaded 7B's work \(\d+ KB\) as 7B-work\.zip\./ }).waitFor();

  // The whole school.
  await page.goto(`${world.server.base}/school`);
  const everything = await download(page, page.getByRole('button', { name: 'Download school data' }));
  assert.equal(everything.name, 'Hill-School-school.zip');
  for (const inside of ['school.json', 'users/ada.json', 'users/msrivera.json', 'scenes/ada/', 'index.csv']) {
    assert.ok(everything.bytes.includes(inside), inside);
  }
  await page.getByRole('status').filter({ hasText: /Downloaded the school's data/ }).waitFor();

  // Deleting it: the name typed out, then the password.
  await page.getByRole('button', { name: 'Delete school…' }).click();
  const name = page.getByLabel('School name');
  assert.ok(await name.evaluate((el) => el === document.activeElement), 'the focus moves into the form');
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await name.fill('Hill');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Delete school', exact: true }).click();
  await page.getByText('That is not the school\'s name: type “Hill School” exactly').waitFor();
  await name.fill('Hill School');
  await page.getByLabel('Password').fill('not my password');
  await page.getByRole('button', { name: 'Delete school', exact: true }).click();
  await page.getByText('That is not your password').waitFor();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Delete school', exact: true }).click();
  await page.getByRole('heading', { name: 'Pictures that explain themselves' }).waitFor();

  for (const login of ['msrivera', 'ada']) {
    const response = await fetch(`${world.server.base}/api/auth/login`, {
      method: 'POST',
      headers: { origin: world.server.base, 'content-type': 'application/json' },
      body: JSON.stringify({ login, password }),
    });
    assert.equal(response.status, 401, login);
  }
  await context.close();
});
