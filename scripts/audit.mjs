// Lighthouse on the pages people meet first: a shared link (the demo scene,
// public), the welcome page, and the editor (signed in), as Lighthouse's
// default phone. Prints accessibility, SEO, best practices, performance
// and layout shift for each, then the budgets of issue #14: accessibility
// 100 everywhere, layout shift under 0.1 everywhere, SEO 100 on public
// pages. Exits 1 when one is missed. (axe-core runs in the end-to-end
// tests, on every page those visit.)
//
// `scripts/audit` installs Lighthouse and builds first; by hand, after
// `scripts/build-app` and `cargo build --release -p pinpoint-server`:
//   node scripts/audit.mjs
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
process.env.PINPOINT_BIN ||= join(root, 'target/release/pinpoint');
const { startServer } = await import('../tests/e2e/fixtures/server.mjs');
const { Api } = await import('../tests/e2e/fixtures/api.mjs');
const { CHROMIUM } = await import('../tests/e2e/fixtures/browser.mjs');
const modules = join(root, 'audit/node_modules');
const { default: lighthouse } = await import(join(modules, 'lighthouse/core/index.js'));
const chromeLauncher = await import(join(modules, 'chrome-launcher/dist/index.js'));

const server = await startServer();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
let missed = 0;
try {
  const { scenes } = await (await fetch(`${server.base}/api/explore`)).json();
  const api = new Api(server.base);
  await api.signUp('auditor');
  const own = await api.scene({ title: 'Audit', visibility: 'private', hotspots: [{ x: 0.5, y: 0.5, title: 'Crater', text: 'Hot.' }] });
  const pages = [
    { name: 'shared link /v/{id}', url: `${server.base}/v/${scenes[0].id}`, public: true },
    { name: 'welcome /', url: `${server.base}/`, public: true },
    { name: 'editor /s/{id}/edit', url: `${server.base}/s/${own.id}/edit`, cookie: api.cookie },
  ];
  const rows = [];
  for (const page of pages) {
    const categories = ['accessibility', 'best-practices', 'performance', ...(page.public ? ['seo'] : [])];
    const { lhr } = await lighthouse(page.url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
      extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
    });
    const score = (id) => (lhr.categories[id] ? Math.round(lhr.categories[id].score * 100) : null);
    const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? 0;
    const row = {
      page: page.name,
      accessibility: score('accessibility'),
      seo: score('seo'),
      'best practices': score('best-practices'),
      performance: score('performance'),
      'layout shift': Number(cls.toFixed(3)),
    };
    rows.push(row);
    const failing = (id) => Object.values(lhr.audits)
      .filter((a) => lhr.categories[id]?.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score !== null && a.score < 1)
      .map((a) => a.id);
    const budgets = [
      ['accessibility 100', row.accessibility === 100, failing('accessibility')],
      ['layout shift < 0.1', cls < 0.1, []],
      ...(page.public ? [['SEO 100', row.seo === 100, failing('seo')]] : []),
    ];
    for (const [budget, met, why] of budgets) {
      if (!met) {
        missed += 1;
        console.error(`MISS ${page.name}: ${budget}${why.length ? ` (${why.join(', ')})` : ''}`);
      }
    }
  }
  console.table(rows);
  console.log(missed ? `${missed} budget(s) missed` : 'every budget met');
} finally {
  await chrome.kill();
  await server.stop();
}
process.exit(missed ? 1 : 0);
