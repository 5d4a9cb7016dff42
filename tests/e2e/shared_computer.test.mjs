// A shared classroom computer: what one person typed and never saved is
// gone once they log out, and the next person to sign in never sees it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './fixtures/world.mjs';
import { SignupPage, EditorPage, logOut, draftKeys } from './fixtures/pages.mjs';

const password = 'correct horse';
const world = serverAndBrowser();

test('logging out leaves no unsaved draft for the next person at the same browser', async () => {
  const context = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.type());
    await dialog.accept();
  });
  const signup = new SignupPage(page, world.server.base);
  const editor = new EditorPage(page, world.server.base);

  await signup.signUp({ username: 'first_pupil', email: 'first_pupil@example.org', password });
  const first = await page.evaluate(() => fetch('/api/me').then((r) => r.json()));
  await editor.open();
  // The save never reaches the server, so the title lives only in this browser.
  await page.route('**/api/scenes', (route) =>
    route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue());
  await page.getByLabel('Scene name').fill('Diary of first_pupil');
  await page.getByRole('alert').filter({ hasText: 'Offline' }).waitFor();
  assert.deepEqual(await draftKeys(page), [`pinpoint.draft.${first.id}.new`], 'the draft is kept under its author');

  await logOut(page);
  assert.deepEqual(await draftKeys(page), [], 'logging out forgets every draft');
  assert.deepEqual(dialogs, [], 'logging out does not ask about leaving unsaved changes');

  await signup.signUp({ username: 'second_pupil', email: 'second_pupil@example.org', password });
  await editor.open();
  assert.equal(await page.getByLabel('Scene name').inputValue(), '');
  assert.equal(await page.getByText('Restored changes').count(), 0);
  const left = await draftKeys(page);
  assert.deepEqual(left.filter((key) => key.includes(first.id)), [], 'nothing of the first pupil remains');
  await context.close();
});
