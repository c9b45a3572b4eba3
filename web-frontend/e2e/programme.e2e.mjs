#!/usr/bin/env node
// End-to-end test of the loyalty programme against a running server (UI + API on one origin): the OWNER of a new
// shop configures the programme through the admin UI (in German), and the points then show up exactly — for the
// owner, for an invited agent and in the customer portal (in English, then German).
//
//   BASE_URL=http://localhost:8080 node e2e/programme.e2e.mjs      (or: npm run e2e:programme)
//
// Environment variables (BASE_URL, CHROMIUM_PATH, E2E_*), exit codes (0 passed, 1 step failed, 2 environment,
// 3 global timeout) and failure artifacts: see harness.mjs.
//
// The numbers (all asserted exactly):
//   programme: 2 points per 1.00 EUR, rounded half up; return window 0 days (points available at once);
//              welcome bonus 50; points expire 12 months after they were credited
//   promotions: "Doppelte Punkte" (multiplier 2, running now): base × (2 − 1) extra
//               "Großeinkauf-Bonus" (+100 points from 100.00): never reached here, must not apply
//   tier:       "Silber" from 20.00 qualifying spend, multiplier 1.5: base × 0.5 extra (rounded down); the tier
//               counts from the purchase after the one that reaches it
//   enrolment:  welcome bonus                                                              →  +50 =  50
//   25.25 EUR:  base 25.25 × 2 = 50.5 → 51 (half up; 50 when rounded down), promotion +51,
//               no tier yet (Basic), no fixed bonus (below 100.00) → +102; lifts the customer to Silber
//                                                                                          → +102 = 152
//   12.75 EUR:  base 12.75 × 2 = 25.5 → 26, tier Silber 26 × 0.5 = +13, promotion +26      →  +65 = 217
//   category promotion "Kaffee dreifach" (multiplier 3 on the category "Kaffee", running now): on the coffee spend
//               it adds only what 3 beats the whole-purchase "Doppelte Punkte" (2) by, rounded down once
//   10.00 EUR, of it Kaffee 4.25: base 10.00 × 2 = 20, tier Silber 20 × 0.5 = +10, "Doppelte Punkte" +20,
//               "Kaffee dreifach" 4.25 × 2 × (3 − 2) = 8.5 → 8 (rounded down, never half up: splitting a basket
//               into lines must not earn more)                                               →  +58 = 275
//   qualifying spend 48.00; four expiries 12 months after each credit: 50, 102, 65 and 58 points.
//   portal: the customer's language (GET /portal/me customer.language, what their e-mails are written in) is
//   "en" after the activation in English and follows the portal's language switch (PUT /portal/language).

import {
  activatePortal,
  apiGet,
  bothSizes,
  equals,
  expectChecked,
  expectEqual,
  expectNoRawKeys,
  expectText,
  expectTexts,
  expectValue,
  field,
  log,
  logOut,
  mailedLink,
  matches,
  runE2E,
  sessionUser,
  signUpShop,
  step,
  STEP_TIMEOUT_MS,
  waitForPath,
  atPhoneSize,
} from './harness.mjs';

const RATE = '2';
const WELCOME = 50;
const EXPIRY_MONTHS = 12;
const MULTIPLIER_PROMO = 'Doppelte Punkte';
const BONUS_PROMO = 'Großeinkauf-Bonus';
const CATEGORY_PROMO = 'Kaffee dreifach';
const CATEGORY = 'Kaffee';
const TIER = 'Silber';
// expected points of the first two purchases (see above)
const FIRST = { amount: '25.25', base: 51, promotion: 51, total: 102 };
const SECOND = { amount: '12.75', base: 26, tier: 13, promotion: 26, total: 65 };
// the purchase split by category (after the category promotion was created)
const THIRD = { amount: '10.00', coffee: '4.25', base: 20, tier: 10, promotion: 20, categoryPromotion: 8, total: 58 };
const BALANCE = WELCOME + FIRST.total + SECOND.total + THIRD.total; // 275
// What the UI shows, per language: amounts, the breakdown lines of the three purchases (newest first, as the
// histories list them), labels. `upgrade` is the text content of a tier-history item (badge, from → to, date · spend).
const UI = {
  de: {
    money: { '4.25': '4,25 €', '5.75': '5,75 €', '10.00': '10,00 €', '12.75': '12,75 €', '25.25': '25,25 €', '48.00': '48,00 €' },
    breakdown: [
      `${THIRD.base} Basispunkte + ${THIRD.tier} extra für die Stufe ${TIER} + ${THIRD.promotion} aus der Aktion „${MULTIPLIER_PROMO}“ + ${THIRD.categoryPromotion} aus der Aktion „${CATEGORY_PROMO}“`,
      `${SECOND.base} Basispunkte + ${SECOND.tier} extra für die Stufe ${TIER} + ${SECOND.promotion} aus der Aktion „${MULTIPLIER_PROMO}“`,
      `${FIRST.base} Basispunkte + ${FIRST.promotion} aus der Aktion „${MULTIPLIER_PROMO}“`,
    ],
    // the history line of each entry (newest first)
    lines: (money) => [`Einkauf über ${money[THIRD.amount]}`, `Einkauf über ${money[SECOND.amount]}`, `Einkauf über ${money[FIRST.amount]}`, 'Willkommensbonus zur Anmeldung'],
    types: ['Einkauf', 'Einkauf', 'Einkauf', 'Willkommensbonus'],
    earned: (n) => `+${n} Punkte gutgeschrieben`,
    earnedLines: (lines) => `Warengruppen: ${lines}`,
    points: (n) => `${n} Punkte`,
    expiryRule: `Punkte verfallen ${EXPIRY_MONTHS} Monate nach Gutschrift, die ältesten zuerst.`,
    since: 'seit',
    top: 'Höchste Stufe erreicht.',
    upgrade: (date) => `AufstiegBasis → ${TIER}${date} · Umsatz 25,25 €`,
    portalTitle: 'Ihre Punkte',
    overviewTab: 'Übersicht',
    historyTab: 'Verlauf',
  },
  en: {
    money: { '4.25': '€4.25', '5.75': '€5.75', '10.00': '€10.00', '12.75': '€12.75', '25.25': '€25.25', '48.00': '€48.00' },
    breakdown: [
      `${THIRD.base} base points + ${THIRD.tier} extra for tier ${TIER} + ${THIRD.promotion} from the promotion '${MULTIPLIER_PROMO}' + ${THIRD.categoryPromotion} from the promotion '${CATEGORY_PROMO}'`,
      `${SECOND.base} base points + ${SECOND.tier} extra for tier ${TIER} + ${SECOND.promotion} from the promotion '${MULTIPLIER_PROMO}'`,
      `${FIRST.base} base points + ${FIRST.promotion} from the promotion '${MULTIPLIER_PROMO}'`,
    ],
    lines: (money) => [`Purchase of ${money[THIRD.amount]}`, `Purchase of ${money[SECOND.amount]}`, `Purchase of ${money[FIRST.amount]}`, 'Welcome bonus for joining'],
    types: ['Purchase', 'Purchase', 'Purchase', 'Welcome bonus'],
    earned: (n) => `+${n} points earned`,
    earnedLines: (lines) => `Categories: ${lines}`,
    points: (n) => `${n} points`,
    expiryRule: `Points expire ${EXPIRY_MONTHS} months after they were credited, the oldest first.`,
    since: 'since',
    top: 'Highest tier reached.',
    upgrade: (date) => `UpgradeBasic → ${TIER}${date} · spend €25.25`,
    portalTitle: 'Your points',
    overviewTab: 'Overview',
    historyTab: 'History',
  },
};
const TIMEZONE = 'Europe/Berlin';
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MINUTE = 60_000;

/** `YYYY-MM-DDTHH:mm` wall clock of `date` in the shop's time zone (what a datetime-local input takes). */
function wallClock(date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: TIMEZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Milliseconds of an ISO instant (Java sends microseconds: cut to milliseconds like the UI does). */
const instantMs = (iso) => new Date(iso.replace(/(\.\d{3})\d+/, '$1')).getTime();

/** `iso` plus `months` calendar months in UTC, the day clamped to the month's end (Java's plusMonths). */
function plusMonths(iso, months) {
  const d = new Date(instantMs(iso));
  const total = d.getUTCMonth() + months;
  const year = d.getUTCFullYear() + Math.floor(total / 12);
  const month = ((total % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), lastDay);
  return Date.UTC(year, month, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}

async function main(page) {
  const testStart = Date.now();
  const rnd = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const slug = `e2e-prog-${rnd}`;
  const shopName = `E2E Programm ${rnd}`;
  const ownerEmail = `owner-${rnd}@example.com`;
  const ownerPassword = 'Zimtschnecken am Fenster 7';
  const agentEmail = `agent-${rnd}@example.com`;
  const agentPassword = 'Leuchtturm hinter Dünen 5';
  const customerEmail = `kundin-${rnd}@example.com`;
  const customerName = `Mia Muster-${rnd}`;
  const customerPassword = 'Regenschirm unter Linden 3';

  // Dates and times exactly as the app formats them: the browser's own Intl (de-DE / en-GB, shop time zone).
  const format = (ms, lang, withTime = false) =>
    page.evaluate(
      ({ ms, locale, withTime, timeZone }) => {
        const options = { dateStyle: 'medium', timeZone, ...(withTime ? { timeStyle: 'short' } : {}) };
        return new Intl.DateTimeFormat(locale, options).format(new Date(ms));
      },
      { ms, locale: lang === 'de' ? 'de-DE' : 'en-GB', withTime, timeZone: TIMEZONE },
    );
  const heading = () => page.getByRole('heading', { level: 1 });

  const shop = await step('sign up a new shop as owner (EUR, Europe/Berlin)', async () => {
    await signUpShop(page, {
      shopName,
      slug,
      expectedSlug: `e2e-programm-${rnd}`,
      ownerName: 'Olga Inhaberin',
      email: ownerEmail,
      password: ownerPassword,
    });
    const user = await sessionUser(page);
    expectEqual(
      [user.role, user.shop.currency, user.shop.timeZone],
      ['OWNER', 'EUR', TIMEZONE],
      'the owner’s role and the shop’s currency and time zone',
    );
    return user.shop;
  });
  const shopApi = `/api/v1/shops/${shop.id}`;

  await step('switch the admin UI to German', async () => {
    await page.getByTestId('lang-de').click();
    await expectText(heading(), equals('Kunden'), 'the German heading "Kunden"');
  });

  await step('programme: 2 points/€ half up, return window 0, welcome bonus 50, expiry 12 months after earning', async () => {
    await page.getByRole('link', { name: 'Programm', exact: true }).click();
    await waitForPath(/^\/admin\/programme$/, 'the programme page');
    await expectText(heading(), equals('Programm'), 'the heading "Programm"');
    const rate = page.getByTestId('programme-rate');
    await expectValue(rate, '1', 'the default rate of a new shop');
    await expectChecked(page.getByRole('radio', { name: 'Abrunden', exact: true }), 'the default rounding "Abrunden"');
    await expectChecked(page.getByRole('radio', { name: 'Nie', exact: true }), 'the default expiry "Nie"');
    await rate.fill(RATE);
    await page.getByTestId('programme-return-window').fill('0');
    await page.getByRole('radio', { name: 'Kaufmännisch runden', exact: true }).check();
    await page.getByTestId('programme-welcomeBonusPoints').fill(String(WELCOME));
    await page.getByRole('radio', { name: 'Nach Gutschrift', exact: true }).check();
    const months = page.getByTestId('programme-expiry-months');
    if (await months.isDisabled()) throw new Error('The expiry period must be editable once points expire');
    await months.fill(String(EXPIRY_MONTHS));
    await expectText(
      page.getByText(/^Beispiel:/),
      equals('Beispiel: Ein Einkauf über 25,00 € bringt etwa 50 Punkte.'),
      'the example for 2 points per euro',
    );
    await expectText(
      page.getByTestId('programme-window-example'),
      equals('Punkte aus Einkäufen sind sofort verfügbar.'),
      'the explanation of return window 0',
    );
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expectText(page.getByTestId('programme-saved'), equals('Das Programm wurde gespeichert.'), 'the confirmation');
    // the owner's e-mail card: a new shop has sent only the link that confirmed its address, and holds nothing
    const mail = page.getByTestId('mail-status');
    await expectTexts(
      mail.locator('[data-testid="mail-sent"], [data-testid="mail-pending"], [data-testid="mail-failed"]'),
      ['1', '0', '0'],
      'one e-mail sent (the confirmation link), none waiting or failed',
    );
    if ((await mail.getByTestId('mail-held').count()) > 0) throw new Error('A confirmed shop holds no mails');
    if ((await mail.getByTestId('mail-hint').count()) > 0) throw new Error('"Nothing sent yet" after the confirmation mail');
    await expectNoRawKeys(page, 'the programme page (German)');
    await bothSizes(page, 'programme-owner-de');
  });

  await step('reload: the programme settings stuck (UI and API)', async () => {
    await page.reload();
    await expectText(heading(), equals('Programm'), 'the programme page after the reload');
    await expectValue(page.getByTestId('programme-rate'), RATE, 'the rate');
    await expectValue(page.getByTestId('programme-return-window'), '0', 'the return window');
    await expectValue(page.getByTestId('programme-welcomeBonusPoints'), String(WELCOME), 'the welcome bonus');
    await expectValue(page.getByTestId('programme-expiry-months'), String(EXPIRY_MONTHS), 'the expiry period');
    await expectChecked(page.getByRole('radio', { name: 'Kaufmännisch runden', exact: true }), 'the rounding "Kaufmännisch runden"');
    await expectChecked(page.getByRole('radio', { name: 'Nach Gutschrift', exact: true }), 'the expiry "Nach Gutschrift"');
    const p = await apiGet(page, `${shopApi}/programme`);
    expectEqual(
      [Number(p.basePointsPerUnit), p.rounding, p.returnWindowDays, p.welcomeBonusPoints, p.expiryMode, p.expiryMonths],
      [2, 'HALF_UP', 0, WELCOME, 'AFTER_EARNING', EXPIRY_MONTHS],
      'the programme read back from the API',
    );
  });

  // A period running now: from an hour ago (whole minutes) to a week ahead, in the shop's time zone.
  const startsAt = Math.floor((Date.now() - 60 * MINUTE) / MINUTE) * MINUTE;
  const endsAt = startsAt + 7 * 24 * 60 * MINUTE;

  async function createPromotion(fill) {
    await page.getByTestId('new-promotion').click();
    const dialog = page.getByRole('dialog');
    await fill(dialog);
    await field(dialog, 'Beginn').fill(wallClock(new Date(startsAt)));
    await field(dialog, 'Ende').fill(wallClock(new Date(endsAt)));
    await expectText(
      dialog.getByTestId('promotion-zone'),
      equals(`Zeiten in der Zeitzone des Geschäfts (${TIMEZONE}). Das Ende gehört nicht mehr dazu.`),
      'the time zone hint',
    );
    await dialog.getByRole('button', { name: 'Aktion anlegen', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  const promotionCells = (name) =>
    page.getByTestId('promotion-row').filter({ has: page.getByRole('cell', { name, exact: true }) }).getByRole('cell');

  await step(`promotions: "${MULTIPLIER_PROMO}" (2×, running now) and "${BONUS_PROMO}" (+100 from 100,00 €)`, async () => {
    await page.getByRole('link', { name: 'Aktionen', exact: true }).click();
    await waitForPath(/^\/admin\/promotions$/, 'the promotions page');
    await expectText(heading(), equals('Aktionen'), 'the heading "Aktionen"');
    const period = `${await format(startsAt, 'de', true)} – ${await format(endsAt, 'de', true)}`;
    await createPromotion(async (dialog) => {
      await field(dialog, 'Name').fill(MULTIPLIER_PROMO);
      await field(dialog, 'Faktor').fill('2');
    });
    await expectText(page.getByTestId('promotion-saved'), equals(`„${MULTIPLIER_PROMO}“ wurde gespeichert.`), 'the confirmation');
    await expectTexts(
      promotionCells(MULTIPLIER_PROMO),
      [MULTIPLIER_PROMO, '2× Punkte', 'ganzer Einkauf', period, 'Läuft', 'BearbeitenDeaktivieren'],
      `the running promotion "${MULTIPLIER_PROMO}"`,
    );
    await createPromotion(async (dialog) => {
      await field(dialog, 'Name').fill(BONUS_PROMO);
      await field(dialog, 'Art').selectOption('FIXED_BONUS');
      await field(dialog, 'Bonuspunkte').fill('100');
      await field(dialog, 'Mindestbetrag (EUR)').fill('100,00');
    });
    await expectText(page.getByTestId('promotion-saved'), equals(`„${BONUS_PROMO}“ wurde gespeichert.`), 'the confirmation');
    await expectTexts(
      promotionCells(BONUS_PROMO),
      [BONUS_PROMO, '+100 Punkte · ab 100,00 €', 'ganzer Einkauf', period, 'Läuft', 'BearbeitenDeaktivieren'],
      `the running promotion "${BONUS_PROMO}"`,
    );
    const rows = await page.getByTestId('promotion-row').count();
    if (rows !== 2) throw new Error(`Expected 2 promotions, found ${rows}`);
    await expectNoRawKeys(page, 'the promotions page (German)');
    await bothSizes(page, 'promotions-de');
    const { items } = await apiGet(page, `${shopApi}/promotions`);
    const byName = Object.fromEntries(items.map((p) => [p.name, p]));
    const iso = (ms) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
    const m = byName[MULTIPLIER_PROMO];
    const b = byName[BONUS_PROMO];
    expectEqual(
      [m?.kind, Number(m?.multiplier), m?.minAmount ?? null, m?.category ?? null, instantMs(m?.startsAt ?? ''), instantMs(m?.endsAt ?? ''), m?.active],
      ['MULTIPLIER', 2, null, null, startsAt, endsAt, true],
      `"${MULTIPLIER_PROMO}" read back from the API (period ${iso(startsAt)} – ${iso(endsAt)})`,
    );
    expectEqual(
      [b?.kind, b?.bonusPoints, Number(b?.minAmount), b?.category ?? null, instantMs(b?.startsAt ?? ''), instantMs(b?.endsAt ?? ''), b?.active],
      ['FIXED_BONUS', 100, 100, null, startsAt, endsAt, true],
      `"${BONUS_PROMO}" read back from the API`,
    );
  });

  await step(`tier "${TIER}" from 20,00 € with multiplier 1,5`, async () => {
    await page.getByRole('link', { name: 'Stufen', exact: true }).click();
    await waitForPath(/^\/admin\/tiers$/, 'the tiers page');
    await expectText(heading(), equals('Stufen'), 'the heading "Stufen"');
    await page.getByTestId('new-tier').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('tier-name').fill(TIER);
    await dialog.getByTestId('tier-threshold').fill('20');
    await dialog.getByTestId('tier-multiplier').fill('1,5');
    await dialog.getByTestId('tier-submit').click();
    await expectText(page.getByTestId('tier-saved'), equals(`Stufe „${TIER}“ wurde gespeichert.`), 'the confirmation');
    await expectTexts(page.getByTestId('tier-row').getByRole('cell'), [TIER, '20,00 €', '1,5×', 'Bearbeiten'], 'the only tier');
    await expectNoRawKeys(page, 'the tiers page (German)');
    await bothSizes(page, 'tiers-de');
    const { items } = await apiGet(page, `${shopApi}/tiers`);
    expectEqual(
      items.map((t) => [t.name, Number(t.threshold), Number(t.multiplier)]),
      [[TIER, 20, 1.5]],
      'the tiers read back from the API',
    );
  });

  let activationUrl;
  let customerPath;
  await step('enrol a customer: the welcome bonus of 50 is available at once', async () => {
    await page.getByRole('link', { name: 'Kunden', exact: true }).click();
    await waitForPath(/^\/admin\/customers$/, 'the customer list');
    await page.getByRole('button', { name: 'Neuer Kunde', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const [first, last] = customerName.split(' ');
    await field(dialog, 'Vorname').fill(first);
    await field(dialog, 'Nachname').fill(last);
    await field(dialog, 'E-Mail').fill(customerEmail);
    await dialog.getByRole('button', { name: 'Kunde anlegen', exact: true }).click();
    // staff never see the link: it goes to the customer by mail
    await expectText(
      dialog.getByTestId('activation-mailed'),
      matches(
        new RegExp(
          `^Portal-Link per E-Mail verschicktDer Link zum Kundenportal wurde an ${escapeRegExp(customerEmail)} geschickt\\. ` +
            String.raw`Er ist gültig bis \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}\.$`,
        ),
      ),
      'the note that the portal link was mailed to the customer (German)',
    );
    activationUrl = await mailedLink(customerEmail, '/portal/activate/');
    log(`  activation link from the mail: ${activationUrl}`);
    await dialog.getByRole('button', { name: 'Kunden öffnen', exact: true }).click();
    await waitForPath(/^\/admin\/customers\/[^/]+$/, 'the customer page');
    customerPath = new URL(page.url()).pathname;
    await expectText(page.getByTestId('customer-name'), equals(customerName), 'the customer name');
    await expectText(page.getByTestId('available-points'), equals('50'), '50 available points (welcome bonus)');
    await expectText(page.getByTestId('pending-points'), equals('0'), '0 pending points');
    await expectText(page.getByTestId('owed-points'), equals('0'), '0 points owed');
    await expectTexts(page.getByTestId('ledger-entry').getByTestId('ledger-points'), ['+50'], 'the ledger: only +50');
    await expectTexts(
      page.getByTestId('ledger-entry').locator('td:nth-child(2)'),
      ['Willkommensbonus'],
      'the entry type "Willkommensbonus"',
    );
    await expectText(page.getByTestId('tier-name'), equals('Basis'), 'the base level');
    await expectText(page.getByTestId('tier-spend'), equals('0,00 €'), 'no qualifying spend yet');
    await expectText(page.getByTestId('tier-missing'), equals(`noch 20,00 € bis ${TIER}`), `"noch 20,00 € bis ${TIER}"`);
  });

  await step(`record 25,25 €: +102 (51 base + 51 "${MULTIPLIER_PROMO}", no fixed bonus), lifts to ${TIER}`, async () => {
    await field(page, 'Betrag (EUR)').fill('25,25');
    await page.getByRole('button', { name: 'Einkauf erfassen', exact: true }).click();
    const earned = `+${FIRST.total} Punkte gutgeschrieben`;
    await expectText(page.getByTestId('points-earned'), equals(earned), `"${earned}"`);
    const available = String(WELCOME + FIRST.total);
    await expectText(page.getByTestId('available-points'), equals(available), `${available} available points`);
    await expectText(page.getByTestId('tier-name'), equals(TIER), `the tier "${TIER}" after the purchase`);
  });

  await step(`record 12,75 €: +65 (26 base + 13 ${TIER} + 26 "${MULTIPLIER_PROMO}")`, async () => {
    await expectValue(field(page, 'Betrag (EUR)'), '', 'the emptied amount field');
    await field(page, 'Betrag (EUR)').fill('12,75');
    await page.getByRole('button', { name: 'Einkauf erfassen', exact: true }).click();
    const earned = `+${SECOND.total} Punkte gutgeschrieben`;
    await expectText(page.getByTestId('points-earned'), equals(earned), `"${earned}"`);
    const available = String(WELCOME + FIRST.total + SECOND.total);
    await expectText(page.getByTestId('available-points'), equals(available), `${available} available points`);
  });

  await step(`category promotion "${CATEGORY_PROMO}": 3× on "${CATEGORY}", running now`, async () => {
    await page.getByRole('link', { name: 'Aktionen', exact: true }).click();
    await waitForPath(/^\/admin\/promotions$/, 'the promotions page');
    await expectTexts(
      page.getByTestId('promotion-row').getByTestId('promotion-category'),
      ['ganzer Einkauf', 'ganzer Einkauf'],
      'the two whole-purchase promotions',
    );
    await createPromotion(async (dialog) => {
      await field(dialog, 'Name').fill(CATEGORY_PROMO);
      await field(dialog, 'Faktor').fill('3');
      // an autocomplete (its suggestion list carries the same label)
      await dialog.getByRole('combobox', { name: 'Warengruppe', exact: true }).fill(CATEGORY);
    });
    await expectText(page.getByTestId('promotion-saved'), equals(`„${CATEGORY_PROMO}“ wurde gespeichert.`), 'the confirmation');
    const period = `${await format(startsAt, 'de', true)} – ${await format(endsAt, 'de', true)}`;
    await expectTexts(
      promotionCells(CATEGORY_PROMO),
      [CATEGORY_PROMO, '3× Punkte', CATEGORY, period, 'Läuft', 'BearbeitenDeaktivieren'],
      `the running category promotion "${CATEGORY_PROMO}"`,
    );
    const rows = await page.getByTestId('promotion-row').count();
    if (rows !== 3) throw new Error(`Expected 3 promotions, found ${rows}`);
    const { items } = await apiGet(page, `${shopApi}/promotions`);
    const c = items.find((p) => p.name === CATEGORY_PROMO);
    expectEqual(
      [c?.kind, Number(c?.multiplier), c?.minAmount ?? null, c?.category, instantMs(c?.startsAt ?? ''), instantMs(c?.endsAt ?? ''), c?.active],
      ['MULTIPLIER', 3, null, CATEGORY, startsAt, endsAt, true],
      `"${CATEGORY_PROMO}" read back from the API`,
    );
    const categories = await apiGet(page, `${shopApi}/categories`);
    expectEqual(categories.items, [CATEGORY], 'the shop’s categories (suggestions)');
  });

  await step(
    `record 10,00 € with ${CATEGORY} 4,25 €: +${THIRD.total} (${THIRD.base} base + ${THIRD.tier} ${TIER} + ${THIRD.promotion} "${MULTIPLIER_PROMO}" + ${THIRD.categoryPromotion} "${CATEGORY_PROMO}")`,
    async () => {
      await page.getByRole('link', { name: 'Kunden', exact: true }).click();
      await waitForPath(/^\/admin\/customers$/, 'the customer list');
      await page.getByRole('link', { name: customerName, exact: true }).click();
      await waitForPath(new RegExp(`^${customerPath}$`), 'the customer page');
      const before = String(WELCOME + FIRST.total + SECOND.total);
      await expectText(page.getByTestId('available-points'), equals(before), `${before} available points`);
      await field(page, 'Betrag (EUR)').fill('10,00');
      await page.getByTestId('purchase-split-toggle').click();
      await page.getByRole('combobox', { name: 'Warengruppe, Zeile 1', exact: true }).fill(CATEGORY);
      await page.getByRole('textbox', { name: 'Betrag, Zeile 1', exact: true }).fill('4,25');
      await expectText(
        page.getByTestId('purchase-lines-remaining'),
        equals(`Ohne Warengruppe: ${UI.de.money['5.75']}`),
        'the uncategorised rest of 5,75 €',
      );
      await page.getByRole('button', { name: 'Einkauf erfassen', exact: true }).click();
      const lines = UI.de.earnedLines(`${CATEGORY} ${UI.de.money[THIRD.coffee]}`);
      await expectText(page.getByTestId('earned-lines'), equals(lines), `"${lines}"`);
      // the alert's text: the points, then the category lines below them
      const earned = UI.de.earned(THIRD.total);
      await expectText(page.getByTestId('points-earned'), equals(`${earned}${lines}`), `"${earned}"`);
      await expectText(page.getByTestId('available-points'), equals(String(BALANCE)), `${BALANCE} available points`);
      await expectTexts(
        page.getByTestId('ledger-entry').first().getByTestId('ledger-breakdown'),
        [UI.de.breakdown[0]],
        `the breakdown of the new entry, with ${THIRD.categoryPromotion} for "${CATEGORY_PROMO}"`,
      );
      // fresh rows for the next purchase
      await expectValue(page.getByRole('combobox', { name: 'Warengruppe, Zeile 1', exact: true }), '', 'the emptied category row');
    },
  );

  // read-backs for the exact dates (the entries' own timestamps)
  const customerId = customerPath.split('/').pop();
  let ledger;
  let tierData;
  let expiring;
  await step('cross-check ledger, tier and expiry through the API', async () => {
    ledger = (await apiGet(page, `${shopApi}/customers/${customerId}/ledger?limit=50`)).items;
    const summary = ledger.map((e) => ({
      type: e.type,
      available: e.availableDelta,
      pending: e.pendingDelta,
      breakdown: (e.breakdown ?? []).map((p) => (p.rule === 'welcome' ? [p.rule, p.points] : [p.rule, p.label, p.points])),
    }));
    expectEqual(
      summary,
      [
        {
          type: 'PURCHASE_EARN',
          available: THIRD.total,
          pending: 0,
          breakdown: [
            ['base', RATE, THIRD.base],
            ['tier', TIER, THIRD.tier],
            ['promotion', MULTIPLIER_PROMO, THIRD.promotion],
            ['promotion', CATEGORY_PROMO, THIRD.categoryPromotion],
          ],
        },
        {
          type: 'PURCHASE_EARN',
          available: SECOND.total,
          pending: 0,
          breakdown: [
            ['base', RATE, SECOND.base],
            ['tier', TIER, SECOND.tier],
            ['promotion', MULTIPLIER_PROMO, SECOND.promotion],
          ],
        },
        {
          type: 'PURCHASE_EARN',
          available: FIRST.total,
          pending: 0,
          breakdown: [
            ['base', RATE, FIRST.base],
            ['promotion', MULTIPLIER_PROMO, FIRST.promotion],
          ],
        },
        { type: 'WELCOME_BONUS', available: WELCOME, pending: 0, breakdown: [['welcome', WELCOME]] },
      ],
      'the ledger read back from the API',
    );
    const customer = await apiGet(page, `${shopApi}/customers/${customerId}`);
    expectEqual(
      [customer.balance.available, customer.balance.pending, customer.balance.owed ?? 0],
      [BALANCE, 0, 0],
      'the balance read back from the API',
    );
    tierData = await apiGet(page, `${shopApi}/customers/${customerId}/tier`);
    expectEqual(
      [tierData.status.tier?.name, Number(tierData.status.qualifyingSpend), tierData.status.next ?? null],
      [TIER, 48, null],
      'the tier status read back from the API',
    );
    expectEqual(
      tierData.history.map((c) => [c.kind, c.fromTier ?? null, c.toTier, Number(c.qualifyingSpend)]),
      [['UPGRADE', null, TIER, 25.25]],
      'the tier history read back from the API',
    );
    const purchases = (await apiGet(page, `${shopApi}/customers/${customerId}/purchases?limit=50`)).items;
    expectEqual(
      purchases.map((p) => [Number(p.amount), p.pointsEarned]),
      [[Number(THIRD.amount), THIRD.total], [Number(SECOND.amount), SECOND.total], [Number(FIRST.amount), FIRST.total]],
      'the purchases read back from the API',
    );
    expiring = await apiGet(page, `${shopApi}/customers/${customerId}/expiring`);
    const credits = [...ledger].reverse(); // oldest first, like the expiry list
    expectEqual(
      [expiring.mode, expiring.months, expiring.items.map((i) => [instantMs(i.at), i.points])],
      ['AFTER_EARNING', EXPIRY_MONTHS, credits.map((e) => [plusMonths(e.occurredAt, EXPIRY_MONTHS), e.availableDelta])],
      'the expiry schedule read back from the API (12 months after each credit)',
    );
    // "about 12 months ahead": between the test's start and now, plus 12 months
    const earliest = plusMonths(new Date(testStart - MINUTE).toISOString(), EXPIRY_MONTHS);
    const latest = plusMonths(new Date(Date.now() + MINUTE).toISOString(), EXPIRY_MONTHS);
    for (const item of expiring.items) {
      const at = instantMs(item.at);
      if (at < earliest || at > latest) throw new Error(`Expected ${item.at} to be 12 months after this test ran`);
    }
  });
  const dateOf = (iso, lang) => format(instantMs(iso), lang);

  /** Current tier, since when, spend, top-tier notice and the one upgrade in a tier card. */
  async function checkTierCard(scope, lang) {
    const ui = UI[lang];
    await expectText(scope.getByTestId('tier-name'), equals(TIER), `the tier "${TIER}"`);
    await expectText(
      scope.getByText(/^(since|seit) /),
      equals(`${ui.since} ${await dateOf(tierData.status.since, lang)}`),
      'the date the tier was reached',
    );
    await expectText(scope.getByTestId('tier-spend'), equals(ui.money['48.00']), 'a qualifying spend of 48.00');
    await expectText(scope.getByTestId('tier-top'), equals(ui.top), 'the top tier notice');
    await expectTexts(
      scope.getByTestId('tier-change'),
      [ui.upgrade(await dateOf(tierData.history[0].occurredAt, lang))],
      'the upgrade Basic → Silber at a spend of 25.25 in the tier history',
    );
  }

  /**
   * The four expiries (one per credit, 12 months later) and the rule in an expiry card; credits of one day expire
   * on one row (the run may straddle midnight, so group by the dates shown).
   */
  async function checkExpiring(scope, lang) {
    const ui = UI[lang];
    const dates = await Promise.all(expiring.items.map((i) => dateOf(i.at, lang)));
    const rows = [];
    [WELCOME, FIRST.total, SECOND.total, THIRD.total].forEach((points, i) => {
      const last = rows[rows.length - 1];
      if (last && last.date === dates[i]) last.points += points;
      else rows.push({ date: dates[i], points });
    });
    await expectTexts(
      scope.getByTestId('expiring-item'),
      rows.map((row) => `${row.date}${ui.points(row.points)}`),
      `expiries 12 months ahead by day (${dates.join(', ')}): ${WELCOME}, ${FIRST.total}, ${SECOND.total} and ${THIRD.total} points`,
    );
    if ((await scope.getByTestId('expiring-soon').count()) > 0) throw new Error('Nothing expires within 30 days: no warning expected');
    await expectText(scope.getByTestId('expiring-rule'), equals(ui.expiryRule), 'the expiry rule');
  }

  /** Points, rule breakdown and amounts of the four history entries (newest first). */
  async function checkHistory(entries, lang) {
    const ui = UI[lang];
    await expectTexts(
      entries.getByTestId('ledger-points'),
      [`+${THIRD.total}`, `+${SECOND.total}`, `+${FIRST.total}`, `+${WELCOME}`],
      'the points of the four entries',
    );
    await expectTexts(
      entries.getByTestId('ledger-breakdown'),
      ui.breakdown,
      'the rule breakdown of the three purchases (the welcome entry is a single rule and shows none)',
    );
    return ui;
  }

  /** Balance, history with breakdown, purchases, tier and expiries on the staff customer page. */
  async function checkCustomerPage(lang, who) {
    await expectText(page.getByTestId('customer-name'), equals(customerName), 'the customer name');
    await expectText(page.getByTestId('available-points'), equals(String(BALANCE)), `${BALANCE} available points`);
    await expectText(page.getByTestId('pending-points'), equals('0'), '0 pending points');
    await expectText(page.getByTestId('owed-points'), equals('0'), '0 points owed');
    const entries = page.getByTestId('ledger-entry');
    const ui = await checkHistory(entries, lang);
    await expectTexts(entries.locator('td:nth-child(2)'), ui.types, 'the entry types');
    await expectTexts(
      entries.locator('td:nth-child(4)'),
      [
        `${ui.lines(ui.money)[0]}${ui.breakdown[0]}`,
        `${ui.lines(ui.money)[1]}${ui.breakdown[1]}`,
        `${ui.lines(ui.money)[2]}${ui.breakdown[2]}`,
        ui.lines(ui.money)[3],
      ],
      'the details column (the line of each entry and its breakdown)',
    );
    await expectTexts(
      page.getByTestId('purchase-row').getByTestId('purchase-points'),
      [`+${THIRD.total}`, `+${SECOND.total}`, `+${FIRST.total}`],
      'the points in the purchase list',
    );
    await checkTierCard(page.getByTestId('customer-tier'), lang);
    await checkExpiring(page.getByTestId('customer-expiring'), lang);
    await expectNoRawKeys(page, `the customer page (${who}, ${lang})`);
  }

  await step(`owner sees ${BALANCE} points, the breakdown per entry, tier ${TIER} and the expiries (German)`, async () => {
    await checkCustomerPage('de', 'owner');
    await bothSizes(page, 'customer-owner-de');
  });

  await step('switch the UI to English: the same page translated', async () => {
    await page.getByTestId('lang-en').click();
    await expectText(page.getByRole('link', { name: 'Customers', exact: true }), equals('Customers'), 'the English navigation');
    const lines = UI.en.earnedLines(`${CATEGORY} ${UI.en.money[THIRD.coffee]}`);
    await expectText(page.getByTestId('earned-lines'), equals(lines), `"${lines}"`);
    await expectText(page.getByTestId('points-earned'), equals(`${UI.en.earned(THIRD.total)}${lines}`), `"${UI.en.earned(THIRD.total)}"`);
    await checkCustomerPage('en', 'owner');
    // history with the breakdown, purchases, tier and expiries: nothing cut off on a phone
    await atPhoneSize(page, (shot) => shot('programme-customer-view-en'));
  });

  let inviteUrl;
  await step('invite an agent', async () => {
    await page.getByRole('link', { name: 'Staff', exact: true }).click();
    await waitForPath(/^\/admin\/staff$/, 'the staff page');
    await field(page, 'Invite an agent by e-mail').fill(agentEmail);
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    // the owner never sees the link: it goes to the agent by mail
    await expectText(
      page.getByTestId('invitation-mailed'),
      matches(
        new RegExp(
          `^Invitation mailed to ${escapeRegExp(agentEmail)}, valid until ` +
            String.raw`\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2}\.$`,
        ),
      ),
      'the note that the invitation was mailed to the agent',
    );
    await atPhoneSize(page, (shot) => shot('programme-staff-en'));
    inviteUrl = await mailedLink(agentEmail, '/invite/');
    log(`  invitation link from the mail: ${inviteUrl}`);
    await bothSizes(page, 'staff-invited-en');
    await logOut(page);
  });

  await step('the agent accepts the invitation', async () => {
    await page.goto(inviteUrl);
    await expectText(heading(), equals(`Join ${shopName}`), 'the invitation page');
    await field(page, 'Your name').fill('Anton Agent');
    await field(page, 'New password').fill(agentPassword);
    await field(page, 'Repeat password').fill(agentPassword);
    await bothSizes(page, 'invitation-en');
    await page.getByRole('button', { name: 'Accept invitation', exact: true }).click();
    await waitForPath(/^\/admin\/customers$/, '/admin/customers after accepting the invitation');
    const agent = await sessionUser(page);
    expectEqual([agent.role, agent.shop.id], ['AGENT', shop.id], 'the agent’s role and shop');
  });

  await step('the agent sees the programme read-only with the owner’s values', async () => {
    await page.getByRole('link', { name: 'Programme', exact: true }).click();
    await waitForPath(/^\/admin\/programme$/, 'the programme page');
    await expectText(page.getByTestId('programme-read-only'), equals('Only the owner can change the programme.'), 'the read-only notice');
    await expectValue(page.getByTestId('programme-rate'), RATE, 'the rate');
    await expectValue(page.getByTestId('programme-return-window'), '0', 'the return window');
    await expectValue(page.getByTestId('programme-welcomeBonusPoints'), String(WELCOME), 'the welcome bonus');
    await expectValue(page.getByTestId('programme-expiry-months'), String(EXPIRY_MONTHS), 'the expiry period');
    await expectText(
      page.getByText(/^Example:/),
      equals('Example: a purchase of €25.00 earns about 50 points.'),
      'the example for 2 points per euro',
    );
    await expectText(
      page.getByTestId('programme-window-example'),
      equals('Points from purchases are available at once.'),
      'the explanation of return window 0',
    );
    await expectChecked(page.getByRole('radio', { name: 'Round half up', exact: true }), 'the rounding "Round half up"');
    await expectChecked(page.getByRole('radio', { name: 'After earning', exact: true }), 'the expiry "After earning"');
    if ((await page.getByRole('button', { name: 'Save', exact: true }).count()) > 0) throw new Error('An agent must not get a "Save" button');
    if ((await page.getByTestId('mail-status').count()) > 0) throw new Error('An agent must not see the e-mail card');
    await expectNoRawKeys(page, 'the programme page (agent, English)');
    await bothSizes(page, 'programme-agent-en');
  });

  await step(`the agent finds the customer with ${BALANCE} points and sees the same numbers`, async () => {
    await page.getByRole('link', { name: 'Customers', exact: true }).click();
    await waitForPath(/^\/admin\/customers$/, 'the customer list');
    const row = page.getByTestId('customers-table').getByRole('row').filter({ hasText: customerName });
    await expectText(row.getByRole('cell').last(), equals(String(BALANCE)), `${BALANCE} points in the customer list`);
    await bothSizes(page, 'customers-agent-en');
    await page.getByRole('link', { name: customerName, exact: true }).click();
    await waitForPath(new RegExp(`^${customerPath}$`), 'the customer page');
    await checkCustomerPage('en', 'agent');
    await bothSizes(page, 'customer-agent-en');
    await logOut(page);
  });

  await step('activate the customer portal account', () =>
    activatePortal(page, activationUrl, customerPassword, { shot: (name) => bothSizes(page, name) }),
  );

  /** Balance, tier, expiries and history with breakdown in the portal. */
  async function checkPortal(lang) {
    const ui = UI[lang];
    await expectText(heading(), equals(ui.portalTitle), 'the portal heading');
    await expectText(page.getByTestId('shop-name'), equals(shopName), 'the shop name');
    await expectText(page.getByTestId('available-points'), equals(String(BALANCE)), `${BALANCE} available points`);
    await expectText(page.getByTestId('pending-points'), equals('0'), '0 pending points');
    if ((await page.getByTestId('pending-explanation').count()) > 0) throw new Error('No pending points: no explanation expected');
    await checkTierCard(page.getByTestId('portal-tier'), lang);
    await checkExpiring(page.getByTestId('expiring-points'), lang);
    await page.getByRole('tab', { name: ui.historyTab, exact: true }).click();
    const entries = page.getByTestId('ledger-list').getByTestId('ledger-entry');
    await checkHistory(entries, lang);
    await expectTexts(entries.getByTestId('ledger-detail'), ui.lines(ui.money), 'the history lines (purchases with their amounts, the welcome bonus)');
    await expectNoRawKeys(page, `the portal (${lang})`);
    await page.getByRole('tab', { name: ui.overviewTab, exact: true }).click();
  }

  await step(`portal: ${BALANCE} points, tier ${TIER}, expiries 12 months ahead, history with breakdown (English)`, async () => {
    await checkPortal('en');
    const me = await apiGet(page, '/api/v1/portal/me');
    expectEqual([me.balance.available, me.balance.pending, me.balance.owed ?? 0], [BALANCE, 0, 0], 'the portal balance from the API');
    const mine = await apiGet(page, '/api/v1/portal/expiring');
    expectEqual(mine, expiring, 'the portal’s expiry schedule (same as the staff view)');
    // activated in English: the customer's e-mails are in English
    expectEqual(me.customer.language, 'en', 'the customer’s language after the activation in English');
    await atPhoneSize(page, (shot) => shot('programme-portal-en'));
  });

  /** Polls GET /portal/me until the customer's language is `expected` (the switch saves it in the background). */
  async function expectCustomerLanguage(expected) {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    for (;;) {
      const { customer } = await apiGet(page, '/api/v1/portal/me');
      if (customer.language === expected) return;
      if (Date.now() > deadline) {
        throw new Error(`Expected the customer's language to follow the switch to "${expected}", but it is "${customer.language}"`);
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  await step('portal in German: the customer’s language follows the switch', async () => {
    await page.getByTestId('lang-de').click();
    await checkPortal('de');
    await bothSizes(page, 'portal-de');
    await expectCustomerLanguage('de');
  });

  await step('back to English: the language follows again', async () => {
    await page.getByTestId('lang-en').click();
    await expectText(heading(), equals(UI.en.portalTitle), 'the English portal heading');
    await expectCustomerLanguage('en');
  });

  return { slug, balance: BALANCE };
}

await runE2E({
  name: 'programme',
  scenario: main,
  summary: ({ slug, balance }) =>
    `shop ${slug}: owner sets 2 points/€ half up, return window 0, welcome 50, expiry 12 months → promotions 2× and +100 from 100 € → tier Silber 20 €/1.5× → welcome 50 + 25.25 € (+102) + 12.75 € (+65) → category promotion 3× on Kaffee → 10.00 € with Kaffee 4.25 € (+58, of it +8 for the coffee) = ${balance} points → owner, agent and portal agree: breakdown, Silber, expiries 12 months ahead → DE/EN, the customer's language follows the portal's switch`,
});
