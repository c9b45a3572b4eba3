#!/usr/bin/env node
// End-to-end test of the first Stammkunde slice against a running server (UI + API on one origin):
// signup → customer → purchase 25.00 → reward "Kaffee gratis" (20 points) → portal activation → DE/EN →
// re-login → redeem the reward (voucher with code and QR image, 25 → 5 points) → owner redeems the voucher
// at the voucher desk → a second attempt is refused as already used → the owner returns 10.00 of the purchase:
// 10 points are taken back, 5 of them available and 5 owed (available 0, owed 5) → the owner creates the tier
// "Silber" (threshold 20.00, multiplier 2) → a new purchase of 20.00 lifts the customer to "Silber".
//
//   BASE_URL=http://localhost:8080 node e2e/slice.e2e.mjs      (or: npm run e2e)
//
// Environment:
//   BASE_URL              server to test (default http://localhost:8080)
//   CHROMIUM_PATH         Chromium binary (default /usr/bin/chromium); nothing is ever downloaded
//   E2E_TIMEOUT_MS        global time limit (default 120000)
//   E2E_STEP_TIMEOUT_MS   time limit of a single wait or action (default 15000)
//   E2E_SERVER_WAIT_MS    how long to wait for the server to answer at all (default 15000)
//   E2E_ARTIFACTS_DIR     where failure screenshots/HTML go (default e2e/artifacts next to this file)
//   E2E_HEADFUL=1         show the browser window (needs a display)
//
// Exit codes: 0 slice passed, 1 a step failed (assertion or app error), 2 environment problem
// (Chromium does not start, server unreachable), 3 global timeout.
// On failure a screenshot and the page HTML are saved to the artifacts folder.

import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 120_000);
const STEP_TIMEOUT_MS = Number(process.env.E2E_STEP_TIMEOUT_MS || 15_000);
const SERVER_WAIT_MS = Number(process.env.E2E_SERVER_WAIT_MS || 15_000);
const ARTIFACTS_DIR = process.env.E2E_ARTIFACTS_DIR || fileURLToPath(new URL('./artifacts/', import.meta.url));
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const EXIT_FAILED = 1;
const EXIT_ENVIRONMENT = 2;
const EXIT_TIMEOUT = 3;

const started = Date.now();
let browser;
let page;
let currentStep = 'start';
let finished = false;
const consoleErrors = [];
const apiFailures = [];

class EnvironmentError extends Error {}

function log(message) {
  const secs = ((Date.now() - started) / 1000).toFixed(1).padStart(5);
  console.log(`[e2e ${secs}s] ${message}`);
}

async function step(name, fn) {
  currentStep = name;
  log(`→ ${name}`);
  return fn();
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Polls a locator's text until `check` accepts it; fails with the last text seen. */
async function expectText(locator, check, description, timeout = STEP_TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  let last = '(element not found)';
  for (;;) {
    try {
      if ((await locator.count()) > 0) {
        last = ((await locator.first().textContent({ timeout: 1000 })) ?? '').replace(/\s+/g, ' ').trim();
        if (check(last)) return last;
      }
    } catch {
      /* element detached while re-rendering: retry */
    }
    if (Date.now() > deadline) throw new Error(`Expected ${description}, but found: "${last}"`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The input labelled exactly `label`; Mantine appends an (aria-hidden) " *" to required labels. */
function field(scope, label) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^${escaped}(\\s*\\*)?$`));
}

const equals = (expected) => (text) => text === expected;
const digits = (text) => text.replace(/[^\d-]/g, '');
const includesAll = (...parts) => (text) => parts.every((p) => text.includes(p));

/** Waits until an <img> has loaded a real image (naturalWidth > 0). */
async function expectImageLoaded(locator, description, timeout = STEP_TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  let last = '(element not found)';
  for (;;) {
    try {
      if ((await locator.count()) > 0) {
        const state = await locator.first().evaluate((img) => ({
          complete: img.complete,
          naturalWidth: img.naturalWidth,
          alt: img.alt,
          src: img.currentSrc || img.src,
        }));
        last = JSON.stringify(state);
        if (state.complete && state.naturalWidth > 0) return state;
      }
    } catch {
      /* re-rendering: retry */
    }
    if (Date.now() > deadline) throw new Error(`Expected ${description} to be loaded, but found: ${last}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function waitForPath(re, description) {
  try {
    await page.waitForURL((url) => re.test(url.pathname), { timeout: STEP_TIMEOUT_MS });
  } catch {
    throw new Error(`Expected to be on ${description}, but the browser is at ${page.url()}`);
  }
}

async function waitForServer() {
  const deadline = Date.now() + SERVER_WAIT_MS;
  let lastError;
  for (;;) {
    try {
      const res = await fetch(`${BASE_URL}/api/v1/auth/session`, { signal: AbortSignal.timeout(5000) });
      if (res.status < 500) return res.status;
      lastError = new Error(`HTTP ${res.status}`);
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const cause = lastError?.cause?.code || lastError?.cause?.message || lastError?.message || String(lastError);
      throw new EnvironmentError(
        `Cannot reach the Stammkunde server at ${BASE_URL} (GET /api/v1/auth/session: ${cause}). ` +
          'Start the server or set BASE_URL.',
      );
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function saveArtifacts(reason) {
  if (!page || page.isClosed() || page.url() === 'about:blank') return [];
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const base = path.join(ARTIFACTS_DIR, `${stamp}-${reason}`);
  const saved = [];
  try {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    await withTimeout(page.screenshot({ path: `${base}.png`, fullPage: true }), 10_000, 'screenshot');
    saved.push(`${base}.png`);
  } catch (e) {
    console.error(`  (could not save screenshot: ${e.message})`);
  }
  try {
    const html = await withTimeout(page.content(), 10_000, 'page content');
    await writeFile(`${base}.html`, `<!-- ${page.url()} -->\n${html}`);
    saved.push(`${base}.html`);
  } catch (e) {
    console.error(`  (could not save HTML: ${e.message})`);
  }
  return saved;
}

async function closeBrowser() {
  if (!browser) return;
  try {
    await withTimeout(browser.close(), 10_000, 'closing Chromium');
  } catch {
    /* process exit kills it anyway */
  }
}

async function fail(error, exitCode, reason) {
  if (finished) return;
  finished = true;
  const message = error instanceof Error ? error.message : String(error);
  console.error('');
  console.error(`E2E FAILED at step "${currentStep}": ${message.split('\n')[0]}`);
  if (message.includes('\n')) console.error(message.split('\n').slice(1, 12).join('\n'));
  if (page && !page.isClosed()) console.error(`  page: ${page.url()}`);
  if (apiFailures.length) {
    console.error('  failed API calls:');
    for (const f of apiFailures.slice(-10)) console.error(`    ${f}`);
  }
  if (consoleErrors.length) {
    console.error('  browser console errors:');
    for (const c of consoleErrors.slice(-10)) console.error(`    ${c}`);
  }
  const saved = await saveArtifacts(reason);
  for (const file of saved) console.error(`  saved ${file}`);
  await closeBrowser();
  process.exit(exitCode);
}

const globalTimer = setTimeout(() => {
  void fail(new Error(`global timeout of ${TIMEOUT_MS} ms exceeded`), EXIT_TIMEOUT, 'timeout');
}, TIMEOUT_MS);

process.on('unhandledRejection', (e) => void fail(e, EXIT_FAILED, 'failure'));
process.on('uncaughtException', (e) => void fail(e, EXIT_FAILED, 'failure'));

async function main() {
  const rnd = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const slug = `e2e-${rnd}`;
  const shopName = `E2E Laden ${rnd}`;
  const ownerEmail = `owner-${rnd}@example.com`;
  const ownerPassword = `Owner-pass-${rnd}`;
  const customerEmail = `kunde-${rnd}@example.com`;
  const customerLastName = `Kunde-${rnd}`;
  const customerPassword = `Kunde-pass-${rnd}`;

  await step('start Chromium', async () => {
    try {
      browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        headless: !process.env.E2E_HEADFUL,
        args: process.env.E2E_HEADFUL ? CHROMIUM_ARGS.filter((a) => a !== '--headless') : CHROMIUM_ARGS,
        timeout: 30_000,
      });
    } catch (e) {
      throw new EnvironmentError(`Chromium could not be started from ${CHROMIUM_PATH}: ${e.message.split('\n')[0]}`);
    }
    const context = await browser.newContext({
      baseURL: BASE_URL,
      locale: 'en-US',
      timezoneId: 'Europe/Berlin',
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.setDefaultNavigationTimeout(STEP_TIMEOUT_MS * 2);
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text().slice(0, 300));
    });
    page.on('pageerror', (err) => consoleErrors.push(`uncaught: ${err.message.slice(0, 300)}`));
    page.on('response', (res) => {
      const url = new URL(res.url());
      if (url.pathname.startsWith('/api/') && res.status() >= 400) {
        apiFailures.push(`${res.request().method()} ${url.pathname} → ${res.status()}`);
      }
    });
  });

  await step(`check that ${BASE_URL} answers`, () => waitForServer());

  await step('sign up a new shop as owner', async () => {
    await page.goto('/signup');
    await expectText(page.getByRole('heading', { level: 1 }), equals('Create your shop'), 'the signup page');
    await field(page, 'Shop name').fill(shopName);
    const slugField = field(page, 'Shop slug');
    const suggested = await slugField.inputValue();
    if (suggested !== `e2e-laden-${rnd}`) throw new Error(`Expected the slug to be suggested from the name, got "${suggested}"`);
    await slugField.fill(slug);
    await field(page, 'Your name').fill('Erika Inhaberin');
    await field(page, 'E-mail').fill(ownerEmail);
    await field(page, 'Password').fill(ownerPassword);
    await page.getByRole('button', { name: 'Create shop' }).click();
    await waitForPath(/^\/admin\/customers$/, '/admin/customers after signup');
    await expectText(page.getByRole('heading', { level: 1 }), equals('Customers'), 'the heading "Customers"');
    await expectText(page.getByTestId('shop-name'), equals(shopName), `the shop name "${shopName}" in the header`);
  });

  let activationUrl;
  await step('create a customer with an e-mail address', async () => {
    await page.getByRole('button', { name: 'New customer' }).click();
    const dialog = page.getByRole('dialog');
    await field(dialog, 'First name').fill('Kim');
    await field(dialog, 'Last name').fill(customerLastName);
    await field(dialog, 'E-mail').fill(customerEmail);
    await field(dialog, 'Acquisition channel').selectOption('REFERRAL');
    await dialog.getByRole('button', { name: 'Create customer' }).click();
    activationUrl = await expectText(
      dialog.getByTestId('activation-link'),
      (t) => /^https?:\/\/.+\/portal\/activate\/[^/\s]+$/.test(t),
      'a portal activation link',
    );
    log(`  activation link: ${activationUrl}`);
    await dialog.getByRole('button', { name: 'Open customer' }).click();
    await waitForPath(/^\/admin\/customers\/[^/]+$/, 'the customer page');
    await expectText(page.getByTestId('customer-name'), equals(`Kim ${customerLastName}`), 'the customer name');
    await expectText(page.getByTestId('available-points'), (t) => digits(t) === '0', 'a balance of 0 points');
  });

  await step('record a purchase of 25.00', async () => {
    await page.getByLabel(/^Amount/).fill('25.00');
    await page.getByRole('button', { name: 'Record purchase' }).click();
    await expectText(page.getByTestId('points-earned'), (t) => t.includes('+25'), '"+25 points" after the purchase');
  });

  await step('check balance 25 and the ledger entry', async () => {
    await expectText(page.getByTestId('available-points'), (t) => digits(t) === '25', '25 available points');
    await expectText(
      page.getByTestId('ledger-entry'),
      includesAll('Purchase', '+25', '€25.00'),
      'a ledger entry "Purchase +25 €25.00"',
    );
    await expectText(page.getByTestId('purchase-row'), includesAll('€25.00', '+25'), 'the purchase in the purchase list');
  });

  await step('create the reward "Kaffee gratis" (free item, 20 points) on the rewards page', async () => {
    await page.getByRole('link', { name: 'Rewards' }).click();
    await waitForPath(/^\/admin\/rewards$/, 'the rewards page');
    await expectText(page.getByRole('heading', { level: 1 }), equals('Rewards'), 'the heading "Rewards"');
    await page.getByRole('button', { name: 'New reward' }).click();
    const dialog = page.getByRole('dialog');
    await field(dialog, 'Name').fill('Kaffee gratis');
    await field(dialog, 'Kind of reward').selectOption('FREE_ITEM');
    await field(dialog, 'Item').fill('Ein Kaffee');
    await field(dialog, 'Points needed').fill('20');
    await dialog.getByRole('button', { name: 'Create reward' }).click();
    await expectText(page.getByTestId('reward-saved'), (t) => t.includes('Kaffee gratis'), 'the confirmation "Kaffee gratis was saved"');
    await expectText(
      page.getByTestId('reward-row').filter({ hasText: 'Kaffee gratis' }),
      includesAll('Kaffee gratis', 'Free: Ein Kaffee', '20 points', 'Active'),
      'the active reward "Kaffee gratis" for 20 points in the list',
    );
  });

  await step('log out the owner', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await waitForPath(/^\/login$/, '/login after logout');
  });

  await step('activate the customer portal account', async () => {
    await page.goto(activationUrl);
    await expectText(page.getByRole('heading', { level: 1 }), equals('Activate your customer account'), 'the activation page');
    await field(page, 'New password').fill(customerPassword);
    await field(page, 'Repeat password').fill(customerPassword);
    await page.getByRole('button', { name: 'Activate and show my points' }).click();
    await waitForPath(/^\/portal$/, '/portal after activation');
  });

  await step('see 25 points and the purchase in the portal', async () => {
    await expectText(page.getByTestId('shop-name'), equals(shopName), 'the shop name in the portal');
    await expectText(page.getByTestId('available-points'), (t) => digits(t) === '25', '25 available points in the portal');
    await expectText(page.getByTestId('pending-points'), (t) => /\d/.test(t), 'the pending points');
    await expectText(
      page.getByTestId('ledger-entry'),
      includesAll('Purchase', '+25', '€25.00'),
      'the purchase in the portal history',
    );
  });

  await step('switch the language DE ↔ EN', async () => {
    const heading = page.getByRole('heading', { level: 1 });
    await expectText(heading, equals('Your points'), 'the English heading "Your points"');
    await page.getByTestId('lang-de').click();
    await expectText(heading, equals('Ihre Punkte'), 'the German heading "Ihre Punkte"');
    await expectText(page.getByTestId('ledger-entry'), includesAll('Einkauf', '25,00'), 'the history in German');
    await page.reload();
    await expectText(heading, equals('Ihre Punkte'), 'German to be kept after a reload');
    await page.getByTestId('lang-en').click();
    await expectText(heading, equals('Your points'), 'the English heading again');
  });

  await step('log out the customer', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await waitForPath(/^\/portal\/login$/, '/portal/login after logout');
  });

  await step('log in again via /portal/login', async () => {
    await page.goto(`/portal/login?shop=${encodeURIComponent(slug)}`);
    const shopField = field(page, 'Shop');
    const prefilled = await shopField.inputValue();
    if (prefilled !== slug) throw new Error(`Expected ?shop= to prefill "${slug}", got "${prefilled}"`);
    await field(page, 'E-mail').fill(customerEmail);
    await field(page, 'Password').fill(customerPassword);
    await page.getByRole('button', { name: 'Log in' }).click();
    await waitForPath(/^\/portal$/, '/portal after login');
    await expectText(page.getByTestId('available-points'), (t) => digits(t) === '25', 'still 25 available points');
  });

  let voucherCode;
  await step('redeem "Kaffee gratis" in the portal', async () => {
    const reward = page.getByTestId('reward').filter({ hasText: 'Kaffee gratis' });
    await expectText(reward, includesAll('Kaffee gratis', 'Free: Ein Kaffee', '20 points'), 'the reward "Kaffee gratis" in the portal');
    await reward.getByRole('button', { name: 'Redeem' }).click();
    const dialog = page.getByRole('dialog');
    await expectText(dialog, includesAll('Kaffee gratis', '20 points'), 'the confirmation dialog');
    await dialog.getByRole('button', { name: 'Redeem now' }).click();
    voucherCode = await expectText(
      dialog.getByTestId('voucher-code'),
      (t) => /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/.test(t),
      'the code of the new voucher (XXXX-XXXX-XXXX-XXXX)',
    );
    log(`  voucher code: ${voucherCode}`);
    await expectText(dialog.getByTestId('new-balance'), (t) => digits(t) === '5', 'the new balance of 5 points in the dialog');
    await expectImageLoaded(dialog.getByTestId('voucher-qr'), 'the QR code in the dialog');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectText(page.getByTestId('available-points'), (t) => digits(t) === '5', 'the available balance dropping from 25 to 5');
  });

  await step('see the voucher with its code and a loaded QR image under "My vouchers"', async () => {
    const card = page.getByTestId('voucher-list').getByTestId('voucher').filter({ hasText: voucherCode });
    await expectText(card, includesAll('Kaffee gratis', 'Free: Ein Kaffee', 'Valid until'), 'the voucher under "My vouchers"');
    await expectText(card.getByTestId('voucher-code'), equals(voucherCode), `the code ${voucherCode} on the voucher`);
    await expectText(card.getByTestId('voucher-status'), equals('Valid'), 'the status "Valid"');
    const qr = card.getByTestId('voucher-qr');
    await qr.scrollIntoViewIfNeeded();
    const img = await expectImageLoaded(qr, 'the QR code image');
    if (!img.alt.includes(voucherCode)) throw new Error(`Expected the QR image's alt text to name the code, got "${img.alt}"`);
    log(`  QR image loaded: ${img.naturalWidth}px wide`);
    await expectText(
      page.getByTestId('ledger-entry'),
      includesAll('Reward redeemed', 'Kaffee gratis', '20'),
      'the redemption "Reward redeemed · Kaffee gratis −20" at the top of the history',
    );
  });

  await step('log out the customer and log in as owner again', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await waitForPath(/^\/portal\/login$/, '/portal/login after logout');
    await page.goto(`/login?shop=${encodeURIComponent(slug)}`);
    await field(page, 'E-mail').fill(ownerEmail);
    await field(page, 'Password').fill(ownerPassword);
    await page.getByRole('button', { name: 'Log in' }).click();
    await waitForPath(/^\/admin\/customers$/, '/admin/customers after the owner logged in');
  });

  let secondTill;
  await step('look the voucher up at the voucher desk (typed in lower case with spaces)', async () => {
    await page.getByRole('link', { name: 'Vouchers' }).click();
    await waitForPath(/^\/admin\/vouchers$/, 'the voucher desk');
    await page.getByTestId('voucher-code-input').fill(voucherCode.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Look up' }).click();
    await expectText(
      page.getByTestId('voucher-details'),
      includesAll('Kaffee gratis', 'Free: Ein Kaffee', 'Valid', voucherCode),
      'the valid voucher "Kaffee gratis" at the desk',
    );
    // A second till (another tab of the same owner) has the same voucher open.
    secondTill = await page.context().newPage();
    secondTill.setDefaultTimeout(STEP_TIMEOUT_MS);
    await secondTill.goto('/admin/vouchers');
    await secondTill.getByTestId('voucher-code-input').fill(voucherCode);
    await secondTill.getByRole('button', { name: 'Look up' }).click();
    await expectText(secondTill.getByTestId('voucher-details'), includesAll('Kaffee gratis', 'Valid'), 'the voucher at the second till');
  });

  await step('redeem the voucher and see it REDEEMED', async () => {
    await page.getByTestId('voucher-redeem').click();
    await expectText(page.getByTestId('voucher-redeemed'), includesAll('Voucher redeemed', 'Ein Kaffee'), 'the success message');
    await expectText(page.getByTestId('voucher-details').getByTestId('voucher-status'), equals('Redeemed'), 'the status "Redeemed"');
  });

  await step('a second attempt shows the already-used message', async () => {
    // the other till still shows the old state and tries to redeem: the server answers 409
    await secondTill.getByTestId('voucher-redeem').click();
    await expectText(secondTill.getByTestId('voucher-already-redeemed'), includesAll('Already used'), 'the already-used message (409)');
    await secondTill.close();
    // looking the code up again shows the same message
    await page.getByRole('button', { name: 'Next voucher' }).click();
    await page.getByTestId('voucher-code-input').fill(voucherCode);
    await page.getByRole('button', { name: 'Look up' }).click();
    await expectText(page.getByTestId('voucher-already-redeemed'), includesAll('Already used', 'already redeemed on'), 'the already-used message');
    if ((await page.getByTestId('voucher-redeem').count()) > 0) throw new Error('A used voucher must not offer "Redeem"');
  });

  await step('open the customer as owner: 5 available, nothing owed', async () => {
    await page.getByRole('link', { name: 'Customers' }).click();
    await waitForPath(/^\/admin\/customers$/, 'the customer list');
    await page.getByRole('link', { name: `Kim ${customerLastName}` }).click();
    await waitForPath(/^\/admin\/customers\/[^/]+$/, 'the customer page');
    await expectText(page.getByTestId('customer-name'), equals(`Kim ${customerLastName}`), 'the customer name');
    await expectText(page.getByTestId('available-points'), (t) => digits(t) === '5', '5 available points');
    await expectText(page.getByTestId('owed-points'), (t) => digits(t) === '0', '0 points owed');
  });

  await step('return 10.00 of the 25.00 purchase', async () => {
    const row = page.getByTestId('purchase-row').filter({ hasText: '€25.00' });
    await expectText(row, includesAll('€25.00', '+25'), 'the purchase of €25.00 in the purchase list');
    await row.getByRole('button', { name: /^Return/ }).click();
    const dialog = page.getByRole('dialog');
    await expectText(dialog, includesAll('Record a return', 'Purchase of €25.00'), 'the return dialog');
    const amount = field(dialog, 'Amount returned (EUR)');
    const prefilled = await amount.inputValue();
    if (prefilled !== '25.00') throw new Error(`Expected the amount to be prefilled with "25.00", got "${prefilled}"`);
    await amount.fill('10.00');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await expectText(dialog.getByTestId('return-confirm'), includesAll('Record a return of €10.00?'), 'the confirmation of the return');
    await dialog.getByRole('button', { name: 'Confirm return' }).click();
    await expectText(dialog.getByTestId('return-points'), (t) => /^[-\u2212]10 points$/.test(t), '"-10 points" taken back');
    await expectText(dialog.getByTestId('return-owed'), (t) => t.startsWith('5 points of it are owed'), 'the owed part of 5 points');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  await step('see the balance drop by 10: available 0, 5 points owed', async () => {
    await expectText(page.getByTestId('available-points'), (t) => digits(t) === '0', '0 available points after the return');
    await expectText(page.getByTestId('owed-points'), (t) => digits(t) === '5', '5 points owed after the return');
    await expectText(page.getByTestId('pending-points'), (t) => digits(t) === '0', '0 pending points');
    await expectText(page.getByTestId('owed-hint'), (t) => t.includes('paid off by future points'), 'the explanation of the owed points');
    await expectText(
      page.getByTestId('ledger-entry'),
      includesAll('Return', '€25.00', '5 available', '5 points owed'),
      'the return "−5 available, 5 points owed" at the top of the history',
    );
    await expectText(
      page.getByTestId('purchase-row').filter({ hasText: '€25.00' }).getByTestId('purchase-returned'),
      equals('€10.00'),
      '€10.00 returned in the purchase list',
    );
  });

  const customerPath = new URL(page.url()).pathname;
  await step('create the tier "Silber" (threshold 20.00, multiplier 2) on the tiers page', async () => {
    await page.getByRole('link', { name: 'Tiers' }).click();
    await waitForPath(/^\/admin\/tiers$/, 'the tiers page');
    await expectText(page.getByRole('heading', { level: 1 }), equals('Tiers'), 'the heading "Tiers"');
    await page.getByTestId('new-tier').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('tier-name').fill('Silber');
    await dialog.getByTestId('tier-threshold').fill('20');
    await dialog.getByTestId('tier-multiplier').fill('2');
    await dialog.getByTestId('tier-submit').click();
    await expectText(page.getByTestId('tier-saved'), (t) => t.includes('Silber'), 'the confirmation "Tier Silber was saved"');
    await expectText(
      page.getByTestId('tier-row').filter({ hasText: 'Silber' }),
      includesAll('Silber', '€20.00', '2×'),
      'the tier "Silber" (€20.00, 2×) in the list',
    );
  });

  await step('a new purchase of 20.00 lifts the customer to "Silber"', async () => {
    await page.goto(customerPath);
    await expectText(page.getByTestId('customer-name'), equals(`Kim ${customerLastName}`), 'the customer name');
    await expectText(page.getByTestId('tier-name'), equals('Basic'), 'the base level before the purchase');
    await expectText(page.getByTestId('tier-missing'), (t) => t.includes('to Silber'), '"… more to Silber"');
    await page.getByLabel(/^Amount/).fill('20.00');
    await page.getByRole('button', { name: 'Record purchase' }).click();
    await expectText(page.getByTestId('points-earned'), (t) => /\+\d+/.test(t), 'the points of the purchase');
    await expectText(page.getByTestId('tier-name'), equals('Silber'), 'the tier "Silber" after the purchase');
    await expectText(page.getByTestId('tier-history'), includesAll('Upgrade', 'Silber'), 'the upgrade in the tier history');
  });

  return slug;
}

try {
  const slug = await main();
  finished = true;
  clearTimeout(globalTimer);
  await closeBrowser();
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `E2E OK: slice passed against ${BASE_URL} in ${secs}s (shop ${slug}: signup → customer → purchase 25.00 → 25 points → reward → activation → portal → DE/EN → re-login → redeem 20 points → voucher + QR → 5 points → owner redeems at the desk → already used → return 10.00 → available 0, 5 owed → tier Silber → purchase 20.00 → Silber)`,
  );
  process.exit(0);
} catch (e) {
  await fail(e, e instanceof EnvironmentError ? EXIT_ENVIRONMENT : EXIT_FAILED, 'failure');
}
