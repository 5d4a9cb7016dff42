// A teacher reads the statistics of a student's shared scene on /classes:
// a stranger opens the link and one of its hotspots, and the teacher sees
// that it was viewed and which hotspot was opened, with the small numbers
// of a student's scene shown as "fewer than 5" so no single viewer stands
// out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './fixtures/world.mjs';
import { Api } from './fixtures/api.mjs';
import { ClassesPage, ViewerPage } from './fixtures/pages.mjs';

const password = 'correct horse';
const world = serverAndBrowser();

test('a teacher finds a student\'s scene on /classes and reads its statistics after a stranger viewed it', async () => {
  const teacher = new Api(world.server.base);
  await teacher.call('/api/auth/signup', {
    method: 'POST',
    body: { username: 'mrsbaker', email: 'baker@vale.example', password, kind: 'teacher', school_name: 'Vale School' },
  });
  const { join_code } = await teacher.call('/api/classes', { method: 'POST', body: { name: '5A' } });
  const student = new Api(world.server.base);
  await student.call('/api/auth/signup', {
    method: 'POST',
    body: { username: 'omar', email: 'omar@vale.example', password, kind: 'student', join_code, date_of_birth: '2016-05-06' },
  });
  const scene = await student.scene({
    title: 'Omar\'s volcano',
    visibility: 'unlisted',
    hotspots: [
      { x: 0.5, y: 0.25, title: 'Crater', text: 'Hot.' },
      { x: 0.5, y: 0.8, title: 'Base', text: 'Wide.' },
    ],
  });

  // The stranger opens the link and one hotspot, then leaves, which sends
  // the page's events; the context stays open so the beacon is not cut off.
  const stranger = await world.browser.newContext();
  const visit = new ViewerPage(await stranger.newPage());
  await visit.open(`${world.server.base}/v/${scene.id}`, 'Omar\'s volcano');
  await (await visit.openHotspot('Crater')).getByRole('button', { name: 'Close' }).click();
  await visit.page.close({ runBeforeUnload: true });
  // Wait until the server has counted the view (a student's small counts
  // read as null: "fewer than 5").
  for (let tries = 0; ; tries++) {
    const stats = await teacher.call(`/api/scenes/${scene.id}/stats?days=30`);
    if (stats.days.at(-1).views !== 0) break;
    assert.ok(tries < 50, 'the view reached the server');
    await new Promise((r) => setTimeout(r, 100));
  }
  await stranger.close();

  const context = await world.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await context.addCookies(teacher.cookies());
  const page = await context.newPage();
  const classes = new ClassesPage(page, world.server.base);
  await classes.open();
  const work = classes.work('Omar\'s volcano');
  await work.waitFor();
  assert.match(await work.innerText(), /by omar/);
  const stats = await classes.statistics('Omar\'s volcano');
  const total = (name) => stats.locator('.stats-totals > div').filter({ hasText: name }).locator('dd').innerText();
  assert.equal(await total('Views'), 'fewer than 5');
  assert.equal(await total('Visitors'), 'fewer than 5');
  await stats.getByText('This is a student\'s scene: numbers under 5 show as "fewer than 5"').waitFor();
  await stats.getByRole('img', { name: 'Views and visitors per day over 30 days: fewer than 5 views, fewer than 5 visitors.' }).waitFor();
  const rows = await stats.locator('.stats-hotspots tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.deepEqual(rows, [['Crater', 'fewer than 5'], ['Base', '0']], 'the opened hotspot first, the other never opened');
  await context.close();
});
