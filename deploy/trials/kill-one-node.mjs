// The kill-one-node trial (decision 019): an applicant is mid-edit on one of two nodes behind nginx when that
// node is killed (kill -9). nginx moves them to the other node, they sign in again, and every text the editor
// had shown as "Saved" must be there. Then a mentor comments on their shared answer on the surviving node and
// the comment must reach the applicant's open page by push. Repeated TRIALS times (default 10), killing
// whichever node the applicant is on, which is then started again.
//
// Run by deploy/trials/kill-one-node.sh, which starts the two nodes (deploy/two-nodes.sh) and this script.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';

const LB = process.env.MATCHPREP_LB_URL ?? `http://localhost:${process.env.MATCHPREP_LB_PORT ?? 8080}`;
const TRIALS = Number(process.env.TRIALS ?? 10);
const QUESTION = process.env.MATCHPREP_TRIAL_QUESTION ?? '1';
const PASSWORD = 'interview-ready-2026';
const APPLICANT = 'applicant@matchprep.test';
const MENTOR = 'mentor@matchprep.test';
const WAIT = { timeout: 60_000 };

const nodes = (...args) => execFileSync('deploy/two-nodes.sh', args, { stdio: 'inherit' });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-background-timer-throttling', '--disable-renderer-backgrounding'],
});

async function signIn(page, email) {
  await page.goto(`${LB}/login`);
  await page.fill('#vaadinLoginUsername input', email);
  await page.fill('#vaadinLoginPassword input', PASSWORD);
  await page.press('#vaadinLoginPassword input', 'Enter');
  // home, or the page that asked for the sign-in
  await page.waitForURL(url => !url.pathname.startsWith('/login'), WAIT);
  await page.waitForSelector('h1', WAIT);
}

/** The node a context's session lives on: the session id ends with its name (MATCHPREP_NODE_NAME). */
async function nodeOf(context) {
  const session = (await context.cookies()).find(cookie => cookie.name === 'JSESSIONID');
  return session ? session.value.split('.').pop() : null;
}

async function settle(page) {
  await page.waitForFunction(() => window.Vaadin?.Flow?.clients
    && !Object.values(window.Vaadin.Flow.clients).some(client => client.isActive?.()), null, WAIT);
}

async function typeInto(page, label, value) {
  await page.evaluate(([wanted, text]) => {
    const field = [...document.querySelectorAll('vaadin-text-field, vaadin-text-area')].find(f => f.label === wanted);
    field.value = text;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }, [label, value]);
  await settle(page);
}

async function clickButton(page, text) {
  await page.locator('vaadin-button', { hasText: new RegExp(`^\\s*${text}\\s*$`) }).first().click();
  await settle(page);
}

/** The mentor, on whichever node nginx gives them, comments on the answer; true if the applicant's page shows it. */
async function pushReaches(applicantPage, review) {
  const context = await browser.newContext();
  try {
    const mentor = await context.newPage();
    await signIn(mentor, MENTOR);
    await mentor.goto(`${LB}/${review}`);
    await mentor.waitForSelector('.passage-part', WAIT);
    await settle(mentor);
    const passage = await mentor.evaluate(() => {
      const lines = [...document.querySelectorAll('.passage-part')].flatMap(p => p.textContent.split('\n'));
      const line = lines.find(l => l.trim().split(' ').filter(w => w).length >= 4);
      return line.trim().split(' ').filter(w => w).slice(0, 4).join(' ');
    });
    const comment = `After the failover ${Date.now()}`;
    await typeInto(mentor, 'Passage to comment on', passage);
    await clickButton(mentor, 'Find passage');
    await typeInto(mentor, 'Your comment on this passage', comment);
    await clickButton(mentor, 'Comment');
    await applicantPage.waitForFunction(text => document.querySelector('.review-threads')?.textContent.includes(text),
      comment, { timeout: 5_000 });
    return true;
  } catch (failed) {
    console.log(`  push check failed: ${failed.message.split('\n')[0]}`);
    return false;
  } finally {
    await context.close();
  }
}

let lost = 0;
let pushed = 0;
for (let trial = 1; trial <= TRIALS; trial++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('dialog', dialog => dialog.accept()); // "leave the page with unsaved text?": yes, the node is gone
  await signIn(page, APPLICANT);
  const node = await nodeOf(context);

  await page.goto(`${LB}/answers/${QUESTION}`);
  const text = page.locator('.answer-part textarea').first();
  await text.waitFor(WAIT);
  await settle(page);
  await text.focus();
  await page.keyboard.press('Control+End');
  await text.pressSequentially(` Trial ${trial}: a sentence the server saves.`, { delay: 15 });
  await page.waitForSelector('.save-status[data-state="saved"]', WAIT);
  const saved = await text.inputValue();
  await text.pressSequentially(` Typed while node ${node} dies`, { delay: 15 });

  const killedAt = Date.now();
  nodes('kill', node);

  // the applicant reopens the page: nginx sends the dead node's session to the other one, which asks to sign in
  await page.goto(`${LB}/answers/${QUESTION}`);
  if (page.url().includes('/login')) {
    await signIn(page, APPLICANT);
    await page.goto(`${LB}/answers/${QUESTION}`);
  }
  const survivor = await nodeOf(context);
  const reopened = page.locator('.answer-part textarea').first();
  await reopened.waitFor(WAIT);
  const found = await reopened.inputValue();
  const kept = found.startsWith(saved);
  if (!kept) {
    lost++;
  }
  const backAfter = ((Date.now() - killedAt) / 1000).toFixed(1);

  // push on the surviving node: the applicant opens the shared answer's review page, the mentor comments
  const mentorQueue = await browser.newContext();
  const queue = await mentorQueue.newPage();
  await signIn(queue, MENTOR);
  await queue.goto(`${LB}/reviews`);
  const review = (await queue.locator('a[href^="review/"]').first().getAttribute('href', WAIT));
  await mentorQueue.close();
  await page.goto(`${LB}/${review}`);
  await page.waitForSelector('.review-threads', WAIT);
  await settle(page);
  const pushOk = await pushReaches(page, review);
  if (pushOk) {
    pushed++;
  }
  console.log(`trial ${trial}: killed node ${node}, moved to node ${survivor}, signed in again and editing after `
    + `${backAfter} s; saved text ${kept ? 'all there' : 'LOST'} (${saved.length} characters); `
    + `push on node ${survivor} ${pushOk ? 'works' : 'FAILED'}`);
  await context.close();
  nodes('restart', node);
}
await browser.close();
console.log(`drafts lost: ${lost} of ${TRIALS} trials; push after the failover worked in ${pushed} of ${TRIALS}`);
process.exit(lost === 0 && pushed === TRIALS ? 0 : 1);
