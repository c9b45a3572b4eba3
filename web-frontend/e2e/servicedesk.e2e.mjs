#!/usr/bin/env node
// End-to-end test of the service desk against a running server (UI + API on one origin): a customer opens a
// request in the portal; an agent works it through the five steps, gives a voucher within the limit and asks for a
// fee refund above it; the owner approves the refund in the approval queue (four eyes); the agent closes the case;
// a day later the survey is mailed and the customer answers it from the link (no login), then sees the voucher and
// the goodwill received in the portal.
//
//   BASE_URL=http://localhost:8080 node e2e/servicedesk.e2e.mjs   (run by TheSliceWorksInARealBrowser: it serves
//   MAILBOX_URL with /link and /day-after-closing)
//
// The shop keeps the default goodwill policy: an agent may give 10.00 per gesture and 20.00 per case without asking.
// The voucher "5 € Gutschein" (5.00) is within it; the delivery-fee refund of 15.00 is above it.

import {
  activatePortal,
  desktopShot,
  atPhoneSize,
  equals,
  expectText,
  field,
  log,
  logIn,
  logOut,
  mailedLink,
  matches,
  runE2E,
  signUpShop,
  step,
  waitForPath,
} from './harness.mjs';

/** A POST to the API with the page's session and its CSRF token (setup the UI is not about). */
async function apiPost(page, path, body) {
  const cookies = await page.context().cookies();
  const xsrf = cookies.find((c) => c.name.endsWith('XSRF-TOKEN'))?.value ?? '';
  const res = await page.request.post(path, {
    data: body,
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(xsrf) },
  });
  if (!res.ok()) throw new Error(`POST ${path} answered ${res.status()}: ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

async function main(page) {
  const rnd = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const slug = `e2e-desk-${rnd}`;
  const shopName = `E2E Service ${rnd}`;
  const ownerEmail = `owner-${rnd}@example.com`;
  const ownerPassword = 'Zimtschnecken am Fenster 7';
  const agentEmail = `agent-${rnd}@example.com`;
  const agentPassword = 'Leuchtturm hinter Dünen 5';
  const customerEmail = `kundin-${rnd}@example.com`;
  const customerPassword = 'Regenschirm unter Linden 3';
  const subject = 'Torte falsch beschriftet';
  const shots = async (name) => {
    await desktopShot(page, name);
    await atPhoneSize(page, (shot) => shot(name));
  };

  await step('the owner signs up, adds the reward "5 € Gutschein" and enrols a customer', async () => {
    await signUpShop(page, { shopName, slug, expectedSlug: `e2e-service-${rnd}`, ownerName: 'Olga Inhaberin',
      email: ownerEmail, password: ownerPassword });
    await apiPost(page, '/api/v1/shops/' + (await shopId(page)) + '/rewards', { name: '5 € Gutschein', pointsCost: 50,
      kind: 'AMOUNT_OFF', amount: '5.00' });
    await page.getByRole('button', { name: 'New customer', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await field(dialog, 'First name').fill('Mia');
    await field(dialog, 'Last name').fill(`Muster-${rnd}`);
    await field(dialog, 'E-mail').fill(customerEmail);
    await dialog.getByRole('button', { name: 'Create customer', exact: true }).click();
    await dialog.getByTestId('activation-mailed').waitFor();
    await shots('customer-created-en');
  });

  await step('the owner invites an agent, who accepts the invitation from the mail', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Staff', exact: true }).click();
    await waitForPath(/^\/admin\/staff$/, 'the staff page');
    await field(page, 'Invite an agent by e-mail').fill(agentEmail);
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    await page.getByTestId('invitation-mailed').waitFor();
    await shots('staff-invited-en');
    const inviteUrl = await mailedLink(agentEmail, '/invite/');
    await logOut(page);
    await page.goto(inviteUrl);
    await field(page, 'Your name').fill('Anton Agent');
    await field(page, 'New password').fill(agentPassword);
    await field(page, 'Repeat password').fill(agentPassword);
    await shots('invitation-en');
    await page.getByRole('button', { name: 'Accept invitation', exact: true }).click();
    await waitForPath(/^\/admin\/customers$/, '/admin/customers after accepting the invitation');
    await logOut(page);
  });

  await step('the customer activates the portal and opens a service request', async () => {
    await activatePortal(page, await mailedLink(customerEmail, '/portal/activate/'), customerPassword, { shot: shots });
    await page.getByRole('tab', { name: 'Service', exact: true }).click();
    await page.getByTestId('open-request-form').click();
    const form = page.getByTestId('request-form');
    await field(form, 'Subject').fill(subject);
    await field(form, 'Your message').fill('Statt „Anna“ stand „Anne“ auf der Geburtstagstorte.');
    await form.getByRole('button', { name: 'Send request', exact: true }).click();
    await expectText(page.getByTestId('request-sent'), matches(/^Thank you! Your request #1 was received\.$/), 'the confirmation');
    await expectText(page.getByTestId('request-status').first(), matches(/^received$/i), 'the status "received"');
    await shots('portal-request-en');
    await logOut(page, { portal: true });
  });

  let casePath;
  await step('the agent finds it unassigned in the inbox and works it through Begrüßen, Verstehen, Vereinbaren', async () => {
    await logIn(page, { slug, email: agentEmail, password: agentPassword, landing: /^\/admin\//, landingDescription: 'the admin area', shot: shots });
    await page.getByRole('link', { name: 'Cases', exact: true }).click();
    await waitForPath(/^\/admin\/cases$/, 'the case inbox');
    await page.locator('label', { hasText: /^Unassigned$/ }).click();
    await page.getByRole('link', { name: new RegExp(subject) }).first().waitFor();
    await shots('cases-unassigned-en');
    await page.getByRole('link', { name: new RegExp(subject) }).first().click();
    await waitForPath(/^\/admin\/cases\/[0-9a-f-]{36}$/, 'the case page');
    casePath = new URL(page.url()).pathname;
    await page.getByTestId('greet-form').getByRole('button', { name: 'Customer greeted', exact: true }).click();
    const understand = page.getByTestId('understand-form');
    await understand.getByLabel(/^Facts/).fill('„Anne“ statt „Anna“ auf der Torte');
    await understand.getByLabel(/^Customer's expectation/).fill('Eine neue Torte und eine Entschuldigung');
    await understand.getByRole('button', { name: 'Concern understood', exact: true }).click();
    const agree = page.getByTestId('agree-form');
    await agree.getByLabel(/^Options offered/).fill('Gutschein, Erstattung der Liefergebühr');
    await agree.getByLabel(/^Agreed outcome/).fill('Gutschein über 5 € und die Liefergebühr zurück');
    await agree.getByRole('button', { name: 'Record the agreement', exact: true }).click();
    await page.getByTestId('recommendations').waitFor();
  });

  await step('the agent gives the voucher (within the limit) and asks for the fee refund (above it)', async () => {
    const offer = page.getByTestId('offer-gesture');
    await offer.getByLabel(/^Kind of goodwill/).selectOption('VOUCHER');
    await offer.getByLabel(/^Reward/).selectOption({ index: 1 });
    await offer.getByRole('button', { name: 'Give goodwill', exact: true }).click();
    await expectText(page.getByTestId('gesture-offered'), matches(/^Given.*€5\.00.*$/), 'the voucher was given');
    await offer.getByLabel(/^Kind of goodwill/).selectOption('FEE_REFUND');
    await offer.getByLabel(/^Fee/).fill('Liefergebühr');
    await offer.getByLabel(/^Amount/).fill('15.00');
    await offer.getByRole('button', { name: 'Ask for approval', exact: true }).click();
    await expectText(page.getByTestId('gesture-offered'), matches(/^Waiting for an owner’s approval.*€15\.00.*$/), 'the refund waits for approval');
    await shots('case-goodwill-en');
    await logOut(page);
  });

  await step('the owner approves the refund in the approval queue', async () => {
    await logIn(page, { slug, email: ownerEmail, password: ownerPassword, landing: /^\/admin\//, landingDescription: 'the admin area' });
    await page.getByRole('link', { name: 'Goodwill', exact: true }).click();
    await waitForPath(/^\/admin\/goodwill$/, 'the goodwill page');
    const queue = page.getByTestId('goodwill-approvals');
    await expectText(queue.getByTestId('gesture-case').first(), matches(new RegExp(`^Case #1 “${subject}” – Mia Muster-${rnd}$`)), 'the case and customer');
    await shots('goodwill-approvals-en');
    await queue.getByTestId('gesture-approve').first().click();
    await expectText(page.getByTestId('goodwill-decided'), matches(/^Approved: .*€15\.00.*was given\.$/), 'approved and given');
    await page.getByRole('link', { name: 'Service quality', exact: true }).click();
    await waitForPath(/^\/admin\/service$/, 'the service quality page');
    await expectText(page.getByRole('heading', { level: 1 }), equals('Service quality'), 'the heading');
    await shots('service-quality-en');
    await logOut(page);
  });

  await step('the agent delivers and closes the case with the satisfaction check', async () => {
    await logIn(page, { slug, email: agentEmail, password: agentPassword, landing: /^\/admin\//, landingDescription: 'the admin area' });
    await page.goto(casePath);
    await page.getByRole('button', { name: 'All delivered', exact: true }).click();
    const close = page.getByTestId('close-form');
    await close.getByLabel(/^Expected quality/).selectOption('3');
    await close.getByLabel(/^Perceived quality/).selectOption('4');
    await close.getByRole('button', { name: 'Close case', exact: true }).click();
    await expectText(page.getByTestId('case-verdict'), matches(/^.*Highly satisfied.*$/), 'the verdict');
    await shots('case-closed-en');
    await logOut(page);
  });

  await step('a day later the survey is mailed; the customer answers it from the link without logging in', async () => {
    const res = await fetch(`${process.env.MAILBOX_URL}/day-after-closing?case=${casePath.split('/').pop()}`);
    if (!res.ok) throw new Error(`could not let a day pass: ${res.status}`);
    await page.goto(await mailedLink(customerEmail, '/survey/'));
    await expectText(page.getByTestId('survey-intro'), matches(new RegExp(`^.*closed your request “${subject}”.*$`)), 'the survey names the request');
    await page.getByLabel(/^What did you expect/).selectOption('3');
    await page.getByLabel(/^What did you get/).selectOption('5');
    await page.getByLabel(/^How satisfied/).selectOption('5');
    await shots('survey-en');
    await page.getByRole('button', { name: 'Send my answers', exact: true }).click();
    await expectText(page.getByTestId('survey-thanks'), matches(/^Thank you!.*$/), 'the thanks');
    await shots('survey-thanks-en');
  });

  await step('the customer sees the voucher, the request resolved and the goodwill received in the portal', async () => {
    await logIn(page, { portal: true, slug, email: customerEmail, password: customerPassword, landing: /^\/portal$/, landingDescription: 'the portal', shot: shots });
    await page.getByRole('tab', { name: 'Service', exact: true }).click();
    await expectText(page.getByTestId('request-status').first(), matches(/^resolved$/i), 'the request resolved');
    await expectText(page.getByTestId('portal-gesture').first(), matches(/^.*(refund|voucher).*$/i), 'the goodwill received');
    await expectText(page.getByTestId('portal-goodwill'), matches(/^.*A voucher: 5 € Gutschein.*A refund: Liefergebühr.*$|^.*A refund: Liefergebühr.*A voucher: 5 € Gutschein.*$/), 'both gestures');
    await page.getByRole('tab', { name: 'Rewards & vouchers', exact: true }).click();
    await expectText(page.getByText('5 € Gutschein').first(), matches(/^.*5 € Gutschein.*$/), 'the voucher in the portal');
    await shots('portal-goodwill-en');
  });
  log('  service desk walked end to end');
  return { slug };
}

async function shopId(page) {
  const res = await page.request.get('/api/v1/auth/session', { headers: { Accept: 'application/json' } });
  return (await res.json()).user.shop.id;
}

runE2E({
  name: 'service desk',
  scenario: main,
  summary: ({ slug }) => `shop ${slug}: portal request → agent: five steps, voucher within the limit, refund above it → owner approves (four eyes) → closed → survey from the mailed link → portal: voucher, resolved, goodwill received`,
});
