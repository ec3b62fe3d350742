// What a first visit downloads: a browser with an empty cache opens the sign-in page, signs in as the
// demo applicant and waits until the home page has settled. Every response is counted with the bytes it
// took on the wire (headers included, after compression): Chromium's Network.loadingFinished
// encodedDataLength. Prints the total and the split into JavaScript, CSS and the rest (documents, Vaadin's
// server responses, fonts, images), before and after the sign-in.
//
//   node scripts/first-visit-bytes.mjs http://localhost:8080 [--list]
//
// Needs playwright-core (PLAYWRIGHT_CORE=/path/to/node_modules/playwright-core) and a Chromium
// (CHROMIUM=/usr/bin/chromium). The app must be running with the demo data.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT_CORE ?? 'playwright-core');
const base = (process.argv[2] ?? 'http://localhost:8080').replace(/\/$/, '');
const list = process.argv.includes('--list');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.send('Network.clearBrowserCache');

  const responses = new Map();
  let phase = 'sign-in page';
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    if (response.url.startsWith('data:')) return; // inlined, nothing transferred
    responses.set(requestId, { url: response.url, type, mime: response.mimeType, status: response.status,
      encoding: response.headers['content-encoding'] ?? response.headers['Content-Encoding'] ?? '', phase, bytes: 0 });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = responses.get(requestId);
    if (response) response.bytes = encodedDataLength;
  });

  await page.goto(base + '/login', { waitUntil: 'networkidle' });
  phase = 'after sign-in';
  await page.fill('input[name="username"]', 'applicant@matchprep.test');
  await page.fill('input[name="password"]', 'interview-ready-2026');
  await page.click('vaadin-button[slot="submit"], button[type="submit"]');
  await page.waitForURL(url => !url.pathname.startsWith('/login'), { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500); // the home view's last server round trips

  const kind = r => r.type === 'Script' || /javascript/.test(r.mime) ? 'JavaScript'
    : r.type === 'Stylesheet' || r.mime === 'text/css' ? 'CSS' : 'other';
  const rows = [...responses.values()];
  const sum = (filter) => rows.filter(filter).reduce((total, r) => total + r.bytes, 0);
  const kb = bytes => (bytes / 1024).toFixed(1).padStart(7) + ' KB';
  console.log(`First visit to ${base} (empty cache), ${rows.length} responses`);
  for (const p of ['sign-in page', 'after sign-in', null]) {
    const inPhase = r => p === null || r.phase === p;
    console.log(`  ${(p ?? 'both').padEnd(14)} total ${kb(sum(inPhase))}   JavaScript ${kb(sum(r => inPhase(r) && kind(r) === 'JavaScript'))}`
      + `   CSS ${kb(sum(r => inPhase(r) && kind(r) === 'CSS'))}   other ${kb(sum(r => inPhase(r) && kind(r) === 'other'))}`);
  }
  if (list) {
    for (const r of rows.sort((a, b) => b.bytes - a.bytes)) {
      console.log(`${kb(r.bytes)}  ${r.status} ${kind(r).padEnd(10)} ${(r.encoding || '-').padEnd(5)} ${r.phase.padEnd(13)} ${r.url}`);
    }
  }
} finally {
  await browser.close();
}
