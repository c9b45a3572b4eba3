// Shared harness of the browser end-to-end tests (slice.e2e.mjs, programme.e2e.mjs): environment, Chromium
// launch, steps with logging, time limits, failure artifacts, exit codes, polling assertions and a few generic UI
// helpers (signup with the confirmation of the shop's address, login, portal activation, logout, links from the
// test's mailbox, phone-sized checks and screenshots).
//
// A run fails on any browser console error or uncaught page error, and on any API call answered 5xx or 4xx, unless
// the script declared that very answer beforehand with expectApiFailure() (e.g. the 409 of a voucher redeemed a
// second time); a declared failure that never happens fails the run too. The check runs after every step and at
// the end. Every desktop and phone shot also runs axe-core (WCAG 2.x A/AA) and fails on a serious or critical
// violation.
//
// Environment:
//   BASE_URL              server to test (default http://localhost:8080)
//   CHROMIUM_PATH         Chromium binary (default /usr/bin/chromium); nothing is ever downloaded
//   E2E_TIMEOUT_MS        global time limit (default 120000)
//   E2E_STEP_TIMEOUT_MS   time limit of a single wait or action (default 15000)
//   E2E_SERVER_WAIT_MS    how long to wait for the server to answer at all (default 15000)
//   E2E_ARTIFACTS_DIR     where failure screenshots/HTML go (default e2e/artifacts next to this file)
//   E2E_HEADFUL=1         show the browser window (needs a display)
//   E2E_TRACE=1           log the text each passing expectText() saw
//   E2E_A11Y=report       log accessibility violations as they come and fail only at the end (see expectAccessible)
//
// Exit codes: 0 passed, 1 a step failed (assertion or app error), 2 environment problem (Chromium does not
// start, server unreachable), 3 global timeout. On failure a screenshot and the page HTML are saved to the
// artifacts folder.

import { createHmac } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 120_000);
export const STEP_TIMEOUT_MS = Number(process.env.E2E_STEP_TIMEOUT_MS || 15_000);
export const SERVER_WAIT_MS = Number(process.env.E2E_SERVER_WAIT_MS || 15_000);
const TRACE = Boolean(process.env.E2E_TRACE);
export const ARTIFACTS_DIR = process.env.E2E_ARTIFACTS_DIR || fileURLToPath(new URL('./artifacts/', import.meta.url));
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

export const EXIT_FAILED = 1;
export const EXIT_ENVIRONMENT = 2;
export const EXIT_TIMEOUT = 3;

const started = Date.now();
let browser;
let page;
let currentStep = 'start';
let finished = false;
const consoleErrors = [];
const apiFailures = [];
/** Failed API answers the script provokes on purpose: { method, path (RegExp), status, reason, seen }. */
const expectedApiFailures = [];
let reportedProblems = 0;
const watched = new WeakSet();

export class EnvironmentError extends Error {}

export function log(message) {
  const secs = ((Date.now() - started) / 1000).toFixed(1).padStart(5);
  console.log(`[e2e ${secs}s] ${message}`);
}

export async function step(name, fn) {
  currentStep = name;
  log(`→ ${name}`);
  const result = await fn();
  checkNoUnexpectedProblems();
  return result;
}

/**
 * Declares that the app will answer `method path` with `status` exactly once from now on (`times` for more), as
 * the scenario provokes it on purpose; `path` is a RegExp matched against the whole path name.
 */
export function expectApiFailure({ method, path: pathPattern, status, reason, times = 1 }) {
  if (!(pathPattern instanceof RegExp) || !pathPattern.source.startsWith('^') || !pathPattern.source.endsWith('$')) {
    throw new Error(`expectApiFailure needs an anchored RegExp (^…$) for the path, got ${pathPattern}`);
  }
  expectedApiFailures.push({ method, path: pathPattern, status, reason, times, seen: 0 });
}

function isExpectedApiFailure(method, pathname, status) {
  const match = expectedApiFailures.find(
    (e) => e.method === method && e.status === status && e.path.test(pathname) && e.seen < e.times,
  );
  if (match) match.seen += 1;
  return Boolean(match);
}

/** Throws when the browser logged an error or an API call failed unexpectedly since the last check. */
function checkNoUnexpectedProblems() {
  const unexpected = apiFailures.filter((f) => !f.expected).map((f) => f.text);
  const problems = [...consoleErrors.map((c) => `console: ${c}`), ...unexpected.map((f) => `API: ${f}`)];
  if (problems.length > reportedProblems) {
    const fresh = problems.slice(reportedProblems);
    reportedProblems = problems.length;
    throw new Error(`Unexpected browser errors or failed API calls:\n${fresh.map((p) => `    ${p}`).join('\n')}`);
  }
}

/** Throws when a declared API failure did not happen (as often as declared). */
function checkExpectedApiFailuresHappened() {
  const missing = expectedApiFailures.filter((e) => e.seen !== e.times);
  if (missing.length) {
    throw new Error(
      `Expected API failures that did not happen:\n${missing
        .map((e) => `    ${e.method} ${e.path} → ${e.status} (${e.reason}): seen ${e.seen} of ${e.times}`)
        .join('\n')}`,
    );
  }
}

export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls a locator's text until `check` accepts it; fails with the last text seen. */
export async function expectText(locator, check, description, timeout = STEP_TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  let last = '(element not found)';
  for (;;) {
    try {
      if ((await locator.count()) > 0) {
        last = ((await locator.first().textContent({ timeout: 1000 })) ?? '').replace(/\s+/g, ' ').trim();
        if (check(last)) {
          if (TRACE) log(`  ✓ ${description}: "${last}"`);
          return last;
        }
      }
    } catch {
      /* element detached while re-rendering: retry */
    }
    if (Date.now() > deadline) throw new Error(`Expected ${description}, but found: "${last}"`);
    await sleep(150);
  }
}

/**
 * Polls the texts of all elements matched by `locator` until they equal `expected` exactly (same count, same
 * order, whitespace collapsed); fails with the last list seen.
 */
export async function expectTexts(locator, expected, description, timeout = STEP_TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  let last = [];
  for (;;) {
    try {
      last = (await locator.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
      if (last.length === expected.length && last.every((t, i) => t === expected[i])) return last;
    } catch {
      /* re-rendering: retry */
    }
    if (Date.now() > deadline) {
      throw new Error(`Expected ${description}: ${JSON.stringify(expected)}, but found: ${JSON.stringify(last)}`);
    }
    await sleep(150);
  }
}

/** Polls an input's value until it equals `expected`. */
export async function expectValue(locator, expected, description, timeout = STEP_TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  let last = '(element not found)';
  for (;;) {
    try {
      if ((await locator.count()) > 0) {
        last = await locator.first().inputValue({ timeout: 1000 });
        if (last === expected) return last;
      }
    } catch {
      /* re-rendering: retry */
    }
    if (Date.now() > deadline) throw new Error(`Expected ${description} to be "${expected}", but found: "${last}"`);
    await sleep(150);
  }
}

/** Polls until a radio button or checkbox is checked. */
export async function expectChecked(locator, description, timeout = STEP_TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      if ((await locator.count()) > 0 && (await locator.first().isChecked({ timeout: 1000 }))) return;
    } catch {
      /* re-rendering: retry */
    }
    if (Date.now() > deadline) throw new Error(`Expected ${description} to be checked`);
    await sleep(150);
  }
}

/** Throws unless `actual` deep-equals `expected` (JSON comparison; for API read-backs). */
export function expectEqual(actual, expected, description) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`Expected ${description} to be ${e}, but got ${a}`);
}

/** The input labelled exactly `label`; Mantine appends an (aria-hidden) " *" to required labels. */
export function field(scope, label) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^${escaped}(\\s*\\*)?$`));
}

export const equals = (expected) => (text) => text === expected;
/** The whole text matches `re`, which must be anchored (^…$): no accidental substring matches. */
export const matches = (re) => {
  if (!re.source.startsWith('^') || !re.source.endsWith('$')) throw new Error(`matches() needs an anchored RegExp, got ${re}`);
  return (text) => re.test(text);
};

/** Waits until an <img> has loaded a real image (naturalWidth > 0). */
export async function expectImageLoaded(locator, description, timeout = STEP_TIMEOUT_MS) {
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
    await sleep(150);
  }
}

/**
 * Waits until the layout has settled after a change of the viewport: the admin's app shell slides its navigation
 * and the page's padding (CSS transitions), and a page measured halfway looks wider than it is.
 */
async function settled(target) {
  await target.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // transitions only: a loader's endless animation never finishes
    const transitions = document.getAnimations().filter((a) => a instanceof CSSTransition);
    await Promise.all(transitions.map((a) => a.finished.catch(() => undefined)));
  });
}

/** Fails when the page scrolls sideways, naming the elements that stick out on the right. */
async function expectNoSidewaysScroll(target, name, screen) {
  const { scrollWidth, innerWidth, wide } = await target.evaluate(() => {
    const width = window.innerWidth;
    const describe = (el) =>
      `${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''}` +
      `${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : ''}` +
      ` (right edge ${Math.round(el.getBoundingClientRect().right)}px: "${(el.textContent ?? '').trim().slice(0, 40)}")`;
    const sticking = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > width + 0.5);
    // the innermost ones say most
    const innermost = sticking.filter((el) => !sticking.some((other) => other !== el && el.contains(other)));
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: width,
      wide: innermost.slice(0, 5).map(describe),
    };
  });
  if (scrollWidth > innerWidth) {
    throw new Error(`${name}: the page is ${scrollWidth}px wide on a ${innerWidth}px ${screen}; sticking out: ${wide.join('; ')}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Accessibility: axe-core in the page

// axe-core's browser bundle, read once; injected into a page (through the DevTools protocol, so the app's Content
// Security Policy does not apply) when it does not have it yet (a full navigation drops it).
const AXE_SOURCE = await readFile(fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');
/** The WCAG 2.0 and 2.1 rules of levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);
/** What the accessibility check saw in this run: the checks per screen size and the paths checked at each. */
const a11y = { checks: { desktop: 0, phone: 0 }, checked: { desktop: new Set(), phone: new Set() }, visited: new Set() };
const REPORT_ONLY = process.env.E2E_A11Y === 'report';
const reported = [];

/** A path with its ids and tokens replaced by ":id" (/admin/customers/:id), to count the pages a run visited. */
export function pageKey(pathname) {
  return (
    pathname
      .split('/')
      .map((segment) => (/\d/.test(segment) && segment.length >= 16 ? ':id' : segment))
      .join('/')
      .replace(/\/+$/, '') || '/'
  );
}

/**
 * Runs axe-core on the page as it is now (open dialogs and drawers included) with the WCAG 2.x A/AA rules
 * ({@link AXE_TAGS}) and fails on any violation of impact "serious" or "critical", naming the rule, its help, a few
 * of the elements and, for colour contrast, the colours and the ratio. `screen` ("desktop", "phone") only labels the
 * message and the summary. With E2E_A11Y=report the violations are only logged (to see all of them in one run while
 * fixing them); the run then still fails at its end.
 */
export async function expectAccessible(target, name, screen = 'desktop') {
  const hasAxe = await target.evaluate(() => typeof window.axe?.run === 'function');
  if (!hasAxe) await target.evaluate(AXE_SOURCE);
  const violations = await target.evaluate(
    async ({ tags, impacts, limit }) => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations
        .filter((v) => impacts.includes(v.impact))
        .map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          count: v.nodes.length,
          nodes: v.nodes.slice(0, limit).map((n) => {
            const data = [...n.any, ...n.all, ...n.none].map((c) => c.data).find((d) => d && d.contrastRatio !== undefined);
            return {
              target: n.target.join(' '),
              html: n.html.slice(0, 120),
              contrast: data
                ? `${data.fgColor} on ${data.bgColor} is ${data.contrastRatio}:1, needs ${data.expectedContrastRatio} (${data.fontSize} ${data.fontWeight})`
                : undefined,
            };
          }),
        }));
    },
    { tags: AXE_TAGS, impacts: [...FAILING_IMPACTS], limit: REPORT_ONLY ? 40 : 4 },
  );
  const key = pageKey(new URL(target.url()).pathname);
  a11y.checks[screen] = (a11y.checks[screen] ?? 0) + 1;
  (a11y.checked[screen] ??= new Set()).add(key);
  if (!violations.length) return;
  const message =
    `Accessibility (axe-core, WCAG 2.x A/AA) on "${name}" at ${screen} size (${key}): ` +
    `${violations.length} serious or critical rule(s) violated\n` +
    violations
      .map(
        (v) =>
          `    ${v.id} (${v.impact}, ${v.count} element${v.count === 1 ? '' : 's'}): ${v.help}\n` +
          v.nodes.map((n) => `      - ${n.target}${n.contrast ? `: ${n.contrast}` : ''}\n        ${n.html}`).join('\n'),
      )
      .join('\n');
  if (!REPORT_ONLY) throw new Error(message);
  reported.push(message);
  log(message);
}

/** Logs what the accessibility check saw in this run; with E2E_A11Y=report, fails when it saw violations. */
function accessibilitySummary() {
  const unchecked = (screen) => [...a11y.visited].filter((k) => !a11y.checked[screen].has(k));
  const pages = new Set([...a11y.checked.desktop, ...a11y.checked.phone]);
  log(
    `accessibility (axe-core ${AXE_TAGS.join(', ')}): ${a11y.checks.desktop} checks at desktop size, ` +
      `${a11y.checks.phone} at phone size, ${pages.size} pages; serious or critical violations: ${reported.length}`,
  );
  for (const screen of ['desktop', 'phone']) {
    const missing = unchecked(screen);
    if (missing.length) log(`  visited but not checked at ${screen} size: ${missing.join(', ')}`);
  }
  if (reported.length) throw new Error(`${reported.length} accessibility check(s) found serious or critical violations (see above)`);
}

/**
 * Fails when something visible is cut off sideways: an element (a table, most often) wider than the box that clips or
 * scrolls it (overflow other than visible), so part of it is hidden or reachable only by scrolling sideways inside
 * the page, with no sign of it on a phone. Names the box and the widest element in it. Text cut on purpose with an
 * ellipsis, form fields, visually hidden helpers and a box marked `data-scroll-hint` (one that shows a hint that it
 * scrolls sideways) are no finding.
 */
export async function expectNothingCutOff(target, name) {
  const cut = await target.evaluate(() => {
    const describe = (el) =>
      `${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''}` +
      `${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : ''}` +
      ` ("${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}")`;
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) return false;
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && style.display !== 'none';
    };
    const findings = [];
    for (const box of document.body.querySelectorAll('*')) {
      if (['INPUT', 'TEXTAREA', 'SELECT', 'svg', 'OPTION'].includes(box.tagName)) continue;
      const style = getComputedStyle(box);
      if (style.overflowX === 'visible' || style.textOverflow === 'ellipsis') continue;
      // a wide grid that says it scrolls sideways (a visible hint next to it)
      if (box.closest('[data-scroll-hint]')) continue;
      if (box.scrollWidth <= box.clientWidth + 1 || !visible(box)) continue;
      // a visually hidden helper (clip: rect(0 0 0 0)) or a box of the width 0 of a closed panel
      if (style.clip && style.clip !== 'auto' && style.position === 'absolute') continue;
      const right = box.getBoundingClientRect().left + box.clientWidth;
      // the widest visible element inside that sticks out of the box: the innermost table, or else any
      const inside = [...box.querySelectorAll('*')].filter((el) => visible(el) && el.getBoundingClientRect().right > right + 1);
      if (inside.length === 0) continue; // only padding or a scrollbar gutter
      const widest = inside.find((el) => el.tagName === 'TABLE') ?? inside.reduce((a, b) => (b.getBoundingClientRect().width > a.getBoundingClientRect().width ? b : a));
      findings.push({
        box,
        text: `${describe(widest)} is ${Math.round(widest.getBoundingClientRect().width)}px wide, ${Math.round(
          widest.getBoundingClientRect().right - right,
        )}px of it hidden to the right of ${describe(box)} (${box.clientWidth}px, overflow-x ${style.overflowX})`,
      });
    }
    // a box around a reported box (a scroll container around its viewport) says the same again
    const innermost = findings.filter((f) => !findings.some((o) => o !== f && f.box.contains(o.box)));
    return innermost.slice(0, 5).map((f) => f.text);
  });
  if (cut.length) throw new Error(`${name}: cut off at ${target.viewportSize()?.width}px: ${cut.join('; ')}`);
}

/**
 * Checks that the page as it is now (1280×900 unless changed) does not scroll sideways, saves a screenshot
 * `desktop-<name>.png` in the artifacts folder, for a look at the layout, and runs the accessibility check
 * ({@link expectAccessible}).
 */
export async function desktopShot(target, name) {
  await settled(target);
  await expectNoSidewaysScroll(target, name, 'window');
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  await target.screenshot({ path: path.join(ARTIFACTS_DIR, `desktop-${name}.png`), fullPage: true });
  await expectAccessible(target, name, 'desktop');
}

/**
 * Runs `fn(shot)` with the page at phone size (390×844) and restores the viewport after. `await shot(name)` checks
 * that the page as it is now does not scroll sideways, that nothing on it is cut off (see {@link expectNothingCutOff}),
 * saves a screenshot `phone-<name>.png` in the artifacts folder, for a look at the layout, and runs the accessibility
 * check ({@link expectAccessible}).
 */
export async function atPhoneSize(target, fn) {
  const before = target.viewportSize();
  await target.setViewportSize({ width: 390, height: 844 });
  const shot = async (name) => {
    await settled(target);
    await expectNoSidewaysScroll(target, name, 'phone');
    await expectNothingCutOff(target, name);
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    await target.screenshot({ path: path.join(ARTIFACTS_DIR, `phone-${name}.png`), fullPage: true });
    await expectAccessible(target, name, 'phone');
  };
  try {
    return await fn(shot);
  } finally {
    if (before) {
      await target.setViewportSize(before);
      await settled(target);
    }
  }
}

/** {@link desktopShot} and then the phone size's shot of the page as it is now: both layouts and both checks. */
export async function bothSizes(target, name) {
  await desktopShot(target, name);
  await atPhoneSize(target, (shot) => shot(name));
}

export async function waitForPath(re, description) {
  try {
    await page.waitForURL((url) => re.test(url.pathname), { timeout: STEP_TIMEOUT_MS });
  } catch {
    throw new Error(`Expected to be on ${description}, but the browser is at ${page.url()}`);
  }
}

// Top-level sections of the UI's translations: a visible "section.key" means a translation key is missing.
const TRANSLATION_SECTIONS = Object.keys(
  JSON.parse(await readFile(new URL('../src/i18n/locales/en.json', import.meta.url), 'utf8')),
);
const RAW_KEY = new RegExp(`(?<![\\w./@-])(?:${TRANSLATION_SECTIONS.join('|')})\\.[A-Za-z_][\\w.]*`, 'g');

/**
 * Fails when the visible text of the page shows an untranslated key ("tier.title") or an unfilled placeholder
 * ("{{points}}"). Call it once the page has rendered what is to be checked.
 */
export async function expectNoRawKeys(target, description) {
  const text = await target.evaluate(() => document.body.innerText);
  const keys = [...new Set(text.match(RAW_KEY) ?? [])];
  const placeholders = [...new Set(text.match(/\{\{[^}]*\}\}/g) ?? [])];
  if (keys.length || placeholders.length) {
    throw new Error(
      `Untranslated text on ${description}: ${[...keys, ...placeholders].map((k) => `"${k}"`).join(', ')}`,
    );
  }
}

/** A logged-in session's user (`GET /api/v1/auth/session` through the page's cookies). */
export async function sessionUser(target) {
  const session = await apiGet(target, '/api/v1/auth/session');
  if (!session.authenticated) throw new Error('Expected a logged-in session');
  return session.user;
}

/** GET of an API path with the page's cookies (read-only cross-checks); fails on a non-2xx answer. */
export async function apiGet(target, apiPath) {
  const res = await target.request.get(apiPath, { headers: { Accept: 'application/json' } });
  if (!res.ok()) throw new Error(`GET ${apiPath} answered ${res.status()}: ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

// ---------------------------------------------------------------------------------------------------------------
// Generic UI flows (the English UI, as a new browser context with locale en-US starts in English)

/**
 * Signs up a new shop as owner on /signup and confirms its e-mail address through the mailed link, as a new owner
 * does (until then the shop's mail to customers and staff is held): lands on /admin/customers without the banner.
 */
export async function signUpShop(target, options) {
  await signUpUnconfirmed(target, options);
  await confirmShopEmail(target, { shopName: options.shopName, email: options.email });
}

/** The admin's banner of a shop whose address is not confirmed, as the owner `email` sees it in English. */
export const UNCONFIRMED_BANNER = (email) =>
  'Please confirm your e-mail address' +
  `We sent a link to ${email}. Until then, your shop sends no e-mails to customers or staff and cannot connect a till.` +
  'Send the link again';

/**
 * Signs up a new shop as owner on /signup and lands on /admin/customers, where the banner asks to confirm the
 * shop's e-mail address. `shot(name)`, when given, is called on the filled form.
 */
export async function signUpUnconfirmed(target, { shopName, slug, expectedSlug, ownerName, email, password, shot }) {
  await target.goto('/signup');
  await expectText(target.getByRole('heading', { level: 1 }), equals('Create your shop'), 'the signup page');
  await field(target, 'Shop name').fill(shopName);
  const slugField = field(target, 'Shop slug');
  const suggested = await slugField.inputValue();
  if (suggested !== expectedSlug) throw new Error(`Expected the slug to be suggested from the name, got "${suggested}"`);
  await slugField.fill(slug);
  await field(target, 'Your name').fill(ownerName);
  await field(target, 'E-mail').fill(email);
  await field(target, 'Password').fill(password);
  await shot?.('signup');
  await target.getByRole('button', { name: 'Create shop', exact: true }).click();
  await waitForPath(/^\/admin\/customers$/, '/admin/customers after signup');
  await expectText(target.getByRole('heading', { level: 1 }), equals('Customers'), 'the heading "Customers"');
  await expectText(target.getByTestId('shop-name'), equals(shopName), `the shop name "${shopName}" in the header`);
  await expectText(target.getByTestId('verify-banner'), equals(UNCONFIRMED_BANNER(email)), 'the banner asking to confirm the address');
}

/**
 * The owner confirms the shop's e-mail address: opens `link` (default: the newest one mailed to `email`), which
 * only shows shop and address, clicks "Confirm address", sees the success and goes on to /admin/customers, where
 * the banner is gone. `shot(name)`, when given, is called on the page before and after confirming.
 */
export async function confirmShopEmail(target, { shopName, email, link, shot }) {
  const url = link ?? (await mailedLink(email, '/verify-email/'));
  await target.goto(url);
  await expectText(target.getByRole('heading', { level: 1 }), equals('Confirm your e-mail address'), 'the page to confirm the address');
  await expectText(target.getByText(/^For .*\.$/), equals(`For ${shopName}.`), 'the shop whose address is confirmed');
  await expectValue(field(target, 'E-mail'), email, 'the address to confirm');
  await shot?.('verify-email');
  await target.getByRole('button', { name: 'Confirm address', exact: true }).click();
  await expectText(
    target.getByTestId('verify-done'),
    equals(`Your e-mail address is confirmed${shopName} can now send e-mails to customers and staff and connect a till.`),
    'the confirmation (no mail was waiting)',
  );
  await shot?.('verify-email-done');
  await target.getByRole('link', { name: 'Go to the admin area', exact: true }).click();
  await waitForPath(/^\/admin\/customers$/, '/admin/customers after confirming the address');
  await expectText(target.getByRole('heading', { level: 1 }), equals('Customers'), 'the heading "Customers"');
  const banners = await target.getByTestId('verify-banner').count();
  if (banners > 0) throw new Error('The banner asking to confirm the address is still shown after confirming');
}

/**
 * Logs in on /login (staff) or /portal/login (customer) with `?shop=<slug>`, which must prefill the shop field,
 * and waits for `landing`. With `secondFactor` (an account with two-factor login) the code step follows the
 * password: `await secondFactor()` gives the code to type (see {@link freshTotp}); `shot(name)`, when given, is called
 * on the filled login form and on the code step.
 */
export async function logIn(target, { portal = false, slug, email, password, landing, landingDescription, secondFactor, shot }) {
  await target.goto(`${portal ? '/portal/login' : '/login'}?shop=${encodeURIComponent(slug)}`);
  const shopField = field(target, 'Shop');
  const prefilled = await shopField.inputValue();
  if (prefilled !== slug) throw new Error(`Expected ?shop= to prefill "${slug}", got "${prefilled}"`);
  await field(target, 'E-mail').fill(email);
  await field(target, 'Password').fill(password);
  await shot?.(portal ? 'portal-login' : 'login');
  await target.getByRole('button', { name: 'Log in', exact: true }).click();
  if (secondFactor) {
    const codeField = field(target, SECOND_FACTOR_CODE_LABEL);
    await codeField.waitFor();
    await shot?.('second-factor-login');
    await codeField.fill(await secondFactor());
    await target.getByRole('button', { name: 'Log in', exact: true }).click();
  }
  await waitForPath(landing, landingDescription);
}

/** The label of the code input (login step, setup, step-up) in the English UI. */
export const SECOND_FACTOR_CODE_LABEL = 'Code from your authenticator app';

/** RFC 4648 base32 (A–Z, 2–7; spaces and padding ignored) → bytes. */
function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = [];
  let bits = 0;
  let value = 0;
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
    const digit = alphabet.indexOf(c);
    if (digit < 0) throw new Error(`not a base32 secret: "${text}"`);
    value = ((value << 5) | digit) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/**
 * The TOTP code of a base32 `secret` at `time` (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits), as an authenticator app
 * shows it, and its time step.
 */
export function totp(secret, time = Date.now()) {
  const step = Math.floor(time / 1000 / 30);
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return { code: String(binary % 1_000_000).padStart(6, '0'), step };
}

/**
 * A code the server has not seen yet: the server refuses a code of a time step that was already used, so this waits
 * for a step after `usedStep` (and out of the last 3 seconds of a step, so the code is still current when it
 * arrives). Returns `{ code, step }`.
 */
export async function freshTotp(secret, usedStep = -1) {
  for (;;) {
    const now = Date.now();
    const current = totp(secret, now);
    const leftMs = 30_000 - (now % 30_000);
    if (current.step > usedStep && leftMs > 3000) return current;
    const waitMs = current.step > usedStep ? leftMs + 100 : Math.min(leftMs + 100, 30_100);
    log(`  waiting ${(waitMs / 1000).toFixed(1)} s for the next TOTP time step`);
    await sleep(waitMs);
  }
}

/** Clicks "Log out" (English or German UI) and waits for the login page. */
export async function logOut(target, { portal = false } = {}) {
  await target.getByRole('button', { name: /^(Log out|Abmelden)$/ }).click();
  await waitForPath(portal ? /^\/portal\/login$/ : /^\/login$/, `${portal ? '/portal/login' : '/login'} after logout`);
}

/**
 * The link a person finds in their mail: the newest link to `to` under `path` (e.g. '/portal/activate/'), from
 * the test's mailbox (MAILBOX_URL, served by the JUnit test that starts this script: it delivers the outbox to the
 * test mail server). Waits a little for the mail to arrive.
 */
export async function mailedLink(to, path, timeout = STEP_TIMEOUT_MS) {
  const mailbox = process.env.MAILBOX_URL;
  if (!mailbox) throw new Error('MAILBOX_URL is not set: run the script through TheSliceWorksInARealBrowser');
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    const res = await fetch(`${mailbox}/link?to=${encodeURIComponent(to)}&path=${encodeURIComponent(path)}`);
    last = await res.text();
    if (res.ok) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no mail to ${to} with a link to ${path}: ${last}`);
}

/**
 * Opens a portal activation link, chooses the password and lands on /portal. `shot(name)`, when given, is called on
 * the filled form.
 */
export async function activatePortal(target, activationUrl, password, { shot } = {}) {
  await target.goto(activationUrl);
  await expectText(target.getByRole('heading', { level: 1 }), equals('Activate your customer account'), 'the activation page');
  await field(target, 'New password').fill(password);
  await field(target, 'Repeat password').fill(password);
  await shot?.('portal-activate');
  await target.getByRole('button', { name: 'Activate and show my points', exact: true }).click();
  await waitForPath(/^\/portal$/, '/portal after activation');
}

/** What the customer's phone may download on a first visit of the portal: scripts, styles and the page, compressed. */
export const PORTAL_FIRST_LOAD_BUDGET_KB = 350;

/**
 * Loads `pathname` in a fresh browser context (empty cache) at phone size over a throttled mobile network ("Slow 4G":
 * 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, a 4× slower CPU) and returns what it took: the bytes transferred
 * (compressed, as the network carried them) for the app's own files and the time until `ready` is visible. Fails when
 * the transfer exceeds `budgetKb`.
 */
export async function measureFirstLoad(target, pathname, ready, budgetKb) {
  const context = await target.context().browser().newContext({ baseURL: BASE_URL, viewport: { width: 390, height: 844 }, locale: 'en-US' });
  try {
    const phone = await context.newPage();
    const cdp = await context.newCDPSession(phone);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const bytes = new Map();
    cdp.on('Network.loadingFinished', (e) => bytes.set(e.requestId, e.encodedDataLength));
    const urls = new Map();
    cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, `${e.response.url} ${e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? ''}`));
    const startedAt = Date.now();
    await phone.goto(pathname);
    await ready(phone).waitFor({ state: 'visible', timeout: 60_000 });
    const ms = Date.now() - startedAt;
    await new Promise((r) => setTimeout(r, 300));
    let total = 0;
    const files = [];
    for (const [id, size] of bytes) {
      const url = urls.get(id) ?? '';
      if (!url.startsWith(BASE_URL) || url.includes('/api/')) continue;
      total += size;
      files.push(`${url.slice(BASE_URL.length).split(' ')[0]} ${(size / 1024).toFixed(1)} KB${url.endsWith(' ') ? '' : ` (${url.split(' ')[1]})`}`);
    }
    const kb = total / 1024;
    log(`first load of ${pathname} on a throttled phone (Slow 4G, 4× CPU): ${kb.toFixed(0)} KB in ${(ms / 1000).toFixed(1)} s — ${files.join(', ')}`);
    if (kb > budgetKb) throw new Error(`${pathname}: the first load transfers ${kb.toFixed(0)} KB, more than the ${budgetKb} KB budget: ${files.join(', ')}`);
    return { kb, ms };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Running a scenario

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
    await sleep(500);
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
    for (const f of apiFailures.slice(-10)) console.error(`    ${f.text}${f.expected ? ' (expected)' : ''}`);
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

async function startBrowser(contextOptions) {
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
    // Each run is a client of its own (the app trusts X-Forwarded-For from its loopback proxy): limits per client
    // address, such as signups per hour, count each browser test apart.
    extraHTTPHeaders: { 'X-Forwarded-For': `198.19.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}` },
    ...contextOptions,
  });
  page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.setDefaultNavigationTimeout(STEP_TIMEOUT_MS * 2);
  watch(page);
  // pages opened later (a second till in another tab) are watched as well
  context.on('page', (opened) => watch(opened));
}

function watch(target) {
  if (watched.has(target)) return;
  watched.add(target);
  target.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // Chromium logs every failed request as "Failed to load resource"; API answers are judged by the response
    // listener below (with the allow-list), everything else (a missing asset) is an error here.
    const source = msg.location()?.url ?? '';
    if (/^Failed to load resource/.test(msg.text()) && isApiUrl(source)) return;
    consoleErrors.push(`${msg.text().slice(0, 300)}${source ? ` (${source})` : ''}`);
  });
  target.on('pageerror', (err) => consoleErrors.push(`uncaught: ${err.message.slice(0, 300)}`));
  target.on('framenavigated', (frame) => {
    if (frame !== target.mainFrame()) return;
    const url = new URL(frame.url());
    if (url.origin === new URL(BASE_URL).origin) a11y.visited.add(pageKey(url.pathname));
  });
  target.on('response', (res) => {
    const url = new URL(res.url());
    if (url.pathname.startsWith('/api/') && res.status() >= 400) {
      const method = res.request().method();
      const expected = res.status() < 500 && isExpectedApiFailure(method, url.pathname, res.status());
      apiFailures.push({ text: `${method} ${url.pathname} → ${res.status()}`, expected });
    }
  });
  // an API call that got no answer at all (a fetch cancelled by a navigation is no failure of the app)
  target.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? 'failed';
    if (isApiUrl(req.url()) && error !== 'net::ERR_ABORTED') {
      apiFailures.push({ text: `${req.method()} ${new URL(req.url()).pathname} → ${error}`, expected: false });
    }
  });
}

function isApiUrl(u) {
  try {
    const url = new URL(u);
    return url.origin === new URL(BASE_URL).origin && url.pathname.startsWith('/api/');
  } catch {
    return false;
  }
}

/**
 * Runs a scenario: starts Chromium, checks that the server answers, calls `scenario(page)` and prints
 * "E2E OK: <name> passed against <BASE_URL> in <secs>s (<summary(result)>)" — or fails with the exit codes above.
 * `contextOptions` override the browser context's defaults (locale en-US, time zone Europe/Berlin, 1280×900).
 */
export async function runE2E({ name, scenario, summary, contextOptions = {} }) {
  const globalTimer = setTimeout(() => {
    void fail(new Error(`global timeout of ${TIMEOUT_MS} ms exceeded`), EXIT_TIMEOUT, 'timeout');
  }, TIMEOUT_MS);
  process.on('unhandledRejection', (e) => void fail(e, EXIT_FAILED, 'failure'));
  process.on('uncaughtException', (e) => void fail(e, EXIT_FAILED, 'failure'));

  try {
    await step('start Chromium', () => startBrowser(contextOptions));
    await step(`check that ${BASE_URL} answers`, () => waitForServer());
    const result = await scenario(page);
    await step('no unexpected browser errors or failed API calls, every expected failure seen', async () => {
      await sleep(300); // answers still on their way
      checkNoUnexpectedProblems();
      checkExpectedApiFailuresHappened();
    });
    await step('accessibility: every check passed', async () => accessibilitySummary());
    finished = true;
    clearTimeout(globalTimer);
    await closeBrowser();
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`E2E OK: ${name} passed against ${BASE_URL} in ${secs}s (${summary(result)})`);
    process.exit(0);
  } catch (e) {
    await fail(e, e instanceof EnvironmentError ? EXIT_ENVIRONMENT : EXIT_FAILED, 'failure');
  }
}
