// The dashboard in real headless Chromium: a database built from the seeds and the dev
// corpus (../shared), `headcount serve` on a free loopback port, and the pages a person
// uses, with JavaScript on and off. Screenshots go to target/screenshots/.
//
//   node tests/browser/run.mjs            (from the repository root, after cargo build --release)
//
// Without ../shared the test says so and exits 0, unless CI=true (then it fails).
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = resolve(root, '..', 'shared');
const bin = process.env.HEADCOUNT_BIN || join(root, 'target', 'release', 'headcount');
const shots = join(root, 'target', 'screenshots');

if (!existsSync(join(shared, 'seeds')) || !existsSync(join(shared, 'eval', 'dev', 'articles'))) {
  if (process.env.CI === 'true') {
    console.error('browser tests: ../shared/seeds or ../shared/eval/dev not found; CI needs them');
    process.exit(1);
  }
  console.log('browser tests: skipped (../shared not found: they run on the seeds and the dev corpus)');
  process.exit(0);
}

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
}

const work = mkdtempSync(join(tmpdir(), 'headcount-browser-'));
const db = join(work, 'dashboard.db');
execFileSync(bin, ['--db', db, 'ingest', join(shared, 'seeds'), join(shared, 'eval', 'dev', 'articles')], {
  stdio: ['ignore', 'ignore', 'ignore'],
});
mkdirSync(shots, { recursive: true });

// The server picks a free port and says which on stderr.
const server = spawn(bin, ['--db', db, 'serve', '--addr', '127.0.0.1:0', '--today', '2025-08-01'], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
const base = await new Promise((ok, fail) => {
  let seen = '';
  const timer = setTimeout(() => fail(new Error(`the server did not start: ${seen}`)), 15000);
  server.stderr.on('data', (d) => {
    seen += d;
    const m = seen.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
    if (m) { clearTimeout(timer); ok(m[1]); }
  });
  server.on('exit', (code) => fail(new Error(`the server exited (${code}): ${seen}`)));
});
console.log(`browser tests: ${base} on ${db}`);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function session(javaScriptEnabled) {
  const context = await browser.newContext({
    javaScriptEnabled, acceptDownloads: true, viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  return { context, page, errors };
}

const tag = (js) => (js ? 'js' : 'nojs');

try {
  for (const js of [true, false]) {
    const { context, page, errors } = await session(js);
    const t = tag(js);

    // The front page: its chart, the latest rounds and who is cutting.
    await page.goto(`${base}/`);
    check((await page.locator('h1').innerText()).includes('Layoffs'), `[${t}] / has its heading`);
    check(await page.locator('svg.chart rect.band').count() > 0, `[${t}] / draws jobs cut per month as bands`);
    check(await page.locator('table.events tbody tr').count() > 0, `[${t}] / lists the latest rounds`);
    await page.screenshot({ path: join(shots, `home-${t}.png`), fullPage: true });

    // Follow a facet: the kind "layoff", from the listing's facet column.
    await page.goto(`${base}/events`);
    const facet = page.locator('section.facet', { has: page.locator('h3', { hasText: 'kind' }) })
      .locator('a', { hasText: 'layoff' }).first();
    await Promise.all([page.waitForURL(/kind=layoff/), facet.click()]);
    const kinds = await page.locator('table.events tbody td .kind').allInnerTexts();
    check(kinds.length > 0 && kinds.every((k) => k === 'layoff'), `[${t}] the kind facet keeps only layoffs (${kinds.length})`);
    check(await page.locator('a.chip').count() === 1, `[${t}] the active filter shows as a removable chip`);
    await page.screenshot({ path: join(shots, `facet-${t}.png`), fullPage: true });

    // Download the CSV of the filtered listing.
    const csvLink = page.locator('footer a', { hasText: 'CSV' });
    const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.trim().split('\n');
    check(lines[0].startsWith('id,company,parent,kind'), `[${t}] the CSV has its header`);
    check(lines.length - 1 >= kinds.length && lines.slice(1).every((l) => l.includes(',layoff,')),
      `[${t}] the CSV has every row of the filtered listing, all layoffs (${lines.length - 1})`);

    // The AWS round of July 2025: its four sources with highlighted evidence.
    await page.goto(`${base}/events?company=Amazon%20Web%20Services&month=2025-07`);
    const link = page.locator('table.events tbody tr td:last-child a').first();
    await Promise.all([page.waitForURL(/\/events\/evt_/), link.click()]);
    const sources = await page.locator('article.source').count();
    check(sources === 4, `[${t}] the AWS July 2025 event has 4 sources (${sources})`);
    check(await page.locator('blockquote.evidence mark.f-headcount').count() > 0, `[${t}] the headcount's words are highlighted`);
    check(await page.locator('blockquote.evidence mark.f-date').count() > 0, `[${t}] the date's words are highlighted`);
    check((await page.locator('dl.facts').innerText()).includes('200 to 999 jobs'), `[${t}] the headcount reads as words and an interval`);
    await page.screenshot({ path: join(shots, `event-${t}.png`), fullPage: true });

    // Its company page: the timeline and the summary, figures linked to the event.
    await Promise.all([page.waitForURL(/\/companies\//), page.locator('h1 a').first().click()]);
    check(await page.locator('svg.chart rect.round').count() > 0, `[${t}] the company page draws its rounds`);
    check(await page.locator('section.summary a[href^="/events/evt_"]').count() > 0, `[${t}] the summary links its figures to their events`);
    await page.screenshot({ path: join(shots, `company-${t}.png`), fullPage: true });

    // Search with the form (a GET form: it works without script).
    await page.locator('header form.search input[name=q]').fill('Twilio');
    await Promise.all([page.waitForURL(/\/search\?q=Twilio/), page.locator('header form.search button').click()]);
    check(await page.locator('ul.counts a', { hasText: 'Twilio' }).count() > 0, `[${t}] search finds the company`);
    check(await page.locator('article.hit mark').count() > 0, `[${t}] search marks the words in articles`);
    await page.screenshot({ path: join(shots, `search-${t}.png`), fullPage: true });

    check(errors.length === 0, `[${t}] no console errors or failed requests${errors.length ? ': ' + errors.join(' | ') : ''}`);
    await context.close();
  }
} catch (e) {
  console.error(e);
  failures++;
} finally {
  await browser.close();
  server.kill();
  rmSync(work, { recursive: true, force: true });
}
console.log(failures ? `browser tests: ${failures} failed (screenshots in ${shots})` : `browser tests: all passed (screenshots in ${shots})`);
process.exit(failures ? 1 : 0);
