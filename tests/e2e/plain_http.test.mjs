// A school server on plain HTTP under its own hostname: no secure context,
// so no clipboard API. Copy buttons still work: the text appears in a
// field, selected, with a word on copying it by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { serverAndBrowser } from './fixtures/world.mjs';
import { SignupPage } from './fixtures/pages.mjs';

const picture = resolve(import.meta.dirname, '../../assets/demo-volcano.jpg');
const world = serverAndBrowser({ publicHost: 'pinpoint.school.test' });

test('on a school hostname over plain HTTP, Copy link shows the link selected and says who can open it', async () => {
  const context = await world.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await new SignupPage(page, world.server.base).signUp({ username: 'plain', email: 'plain@example.org', password: 'correct horse' });
  assert.equal(await page.evaluate(() => window.isSecureContext), false, 'the case this test is about');

  await page.getByRole('banner').getByRole('link', { name: 'New scene' }).click();
  await page.getByLabel('Image').setInputFiles(picture);
  await page.locator('.scene-stage img').waitFor();
  await page.getByLabel('Scene name').fill('Our garden');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/\/s\/[^/]+\/edit$/);
  const id = new URL(page.url()).pathname.split('/')[2];

  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('toolbar').getByLabel('Link', { exact: true });
  await field.waitFor();
  const url = `${world.server.base}/v/${id}`;
  assert.equal(await field.inputValue(), url);
  assert.deepEqual(
    await field.evaluate((el) => [el === document.activeElement, el.selectionStart, el.selectionEnd]),
    [true, 0, url.length],
    'focused with the whole link selected, ready for Ctrl+C',
  );
  // Either the browser's older copy command did it, or the person is told
  // how; a private scene's link says who will be refused.
  const said = await page.getByRole('toolbar').getByRole('status').innerText();
  assert.match(said, /Link copied\. Who can open it: Only you\. Anyone else gets “Not found”\.|Copy it from the field/);
  await context.close();
});
