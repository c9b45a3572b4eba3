#!/usr/bin/env node
// End-to-end test of customer value against a running server (UI + API on one origin): a new owner imports a
// real-sized purchase history (40,000 lines over three years, with some bad lines) on the import page and watches the
// progress bar move; the error list names the bad lines; the lifetime-value run the import queued finishes and the
// value dashboard states the model and why, with segments, cohorts and the holdout check; an agent sees a top
// customer's value on the customer page. Desktop and phone screenshots.
//
//   BASE_URL=http://localhost:8080 node e2e/value.e2e.mjs   (run by TheSliceWorksInARealBrowser)

import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  atPhoneSize,
  desktopShot,
  expectText,
  log,
  matches,
  runE2E,
  signUpShop,
  step,
  waitForPath,
} from './harness.mjs';

/** A bakery's till history: customers join over three years, buy at their own rate, and leave after some purchase. */
function history(lines) {
  let seed = 20261130;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const today = new Date();
  const days = 3 * 365;
  const day = (offset) => new Date(today.getTime() - (days - offset) * 86_400_000).toISOString().slice(0, 10);
  const out = ['customer_ref,purchased_at,amount'];
  let customer = 0;
  while (out.length <= lines) {
    customer += 1;
    const weeklyRate = 0.05 + random() * 0.6;
    const dropout = random() * 0.3;
    let t = Math.floor(random() * (days - 7));
    const basket = 4 + random() * 20;
    out.push(`K-${customer},${day(t)},${basket.toFixed(2)}`);
    for (;;) {
      t += Math.max(1, Math.round((-Math.log(1 - random()) / weeklyRate) * 7));
      if (t >= days || out.length > lines) break;
      out.push(`K-${customer},${day(t)},${(basket * (0.6 + random() * 0.8)).toFixed(2)}`);
      if (random() < dropout) break;
    }
  }
  // three bad lines a shop's export might hold
  out.splice(101, 0, 'K-1,2024-02-30,3.00');
  out.splice(202, 0, 'K-2,2024-01-01,-5.00');
  out.splice(303, 0, 'K-3,"2024-01-01,5.00');
  return out.join('\n') + '\n';
}

async function main(page) {
  const rnd = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const slug = `e2e-value-${rnd}`;
  const lines = 40_000;
  const shots = async (name) => {
    await desktopShot(page, name);
    await atPhoneSize(page, (shot) => shot(name));
  };

  await step('a new owner signs up', async () => {
    await signUpShop(page, { shopName: `E2E Wert ${rnd}`, slug, expectedSlug: `e2e-wert-${rnd}`,
      ownerName: 'Wilma Wert', email: `owner-${rnd}@example.com`, password: 'Kandiszucker im Tee 44' });
  });

  let progressSeen = [];
  await step(`the owner imports ${lines.toLocaleString('en')} lines of history and watches the progress bar move`, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'stammkunde-e2e-'));
    const file = path.join(dir, 'kasse-export.csv');
    await writeFile(file, history(lines), 'utf8');
    await page.getByRole('link', { name: 'Import purchases', exact: true }).click();
    await waitForPath(/^\/admin\/imports$/, 'the import page');
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-upload').click();
    await page.getByTestId('import-progress').waitFor({ timeout: 30_000 });
    const deadline = Date.now() + 150_000;
    while (Date.now() < deadline) {
      if (await page.getByTestId('import-summary').isVisible()) break;
      const text = await page.getByTestId('import-lines').textContent().catch(() => null);
      if (text && !progressSeen.includes(text)) progressSeen.push(text);
      await page.waitForTimeout(250);
    }
    await page.getByTestId('import-summary').waitFor({ timeout: 5_000 });
    log(`progress seen: ${progressSeen.join(' | ')}`);
    if (progressSeen.length < 2) throw new Error(`the progress bar did not move: ${progressSeen.join(' | ')}`);
    const errors = page.getByTestId('import-error');
    await expectText(errors.first(), matches(/^\s*102\D[\s\S]*2024-02-30[\s\S]*$/), 'the first bad line, 102');
    if ((await errors.count()) !== 3) throw new Error(`expected 3 bad lines, saw ${await errors.count()}`);
    await shots('import-done-en');
  });

  await step('the lifetime-value run the import queued finishes; the dashboard states the model and why', async () => {
    await page.getByRole('link', { name: 'Customer value', exact: true }).click();
    await waitForPath(/^\/admin\/value$/, 'the value dashboard');
    await page.getByTestId('value-model-statement').waitFor({ timeout: 90_000 });
    await expectText(page.getByTestId('value-model-statement'), matches(/^[\s\S]*BG\/NBD[\s\S]*$/), 'the model in words', 90_000);
    await expectText(page.getByTestId('value-model-reason'), matches(/^[\s\S]*customers[\s\S]*$/), 'why this model');
    await page.getByTestId('value-segments').waitFor();
    await page.getByTestId('value-cohorts').waitFor();
    await page.getByTestId('value-segment-row').first().waitFor();
    await shots('value-dashboard-en');
  });

  await step('the owner checks the model against a holdout period', async () => {
    await page.getByTestId('value-fit').click();
    await page.getByTestId('value-fit-result').waitFor({ timeout: 60_000 });
    await page.getByTestId('value-fit-parameters').waitFor();
    await page.getByTestId('value-holdout-frequency').waitFor();
    await shots('value-holdout-en');
  });

  await step('the top customer\'s page shows the value and P(alive)', async () => {
    await page.getByTestId('value-top').getByRole('link').first().click();
    await waitForPath(/^\/admin\/customers\/[0-9a-f-]{36}$/, 'the customer page');
    await expectText(page.getByTestId('customer-value'), matches(/^[\s\S]*(€|EUR)[\s\S]*$/), 'the customer\'s lifetime value');
    await shots('customer-value-en');
  });
  return { slug, progress: progressSeen.length };
}

await runE2E({
  name: 'value',
  scenario: main,
  summary: ({ slug, progress }) =>
    `shop ${slug}: 40,000 lines imported (progress bar seen at ${progress} states, 3 bad lines listed) → lifetime-value run → dashboard with model, segments, cohorts → holdout fit → the top customer's value`,
});
