import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Case, CaseGoodwill, Gesture, NewGesture, Recommendations, Reward, Role } from '../../../api';
import { field, json, mockFetch, problem, renderApp, user, type RecordedCall } from '../../../test/render';
import { CasePage } from '../../complaint/CasePage';
import { allowance, caseGoodwill, complaintCase } from '../../complaint/__tests__/fixtures';
import { gesture } from './fixtures';

const CASE = '/api/v1/shops/shop-1/cases/case-1';
const GESTURES = `${CASE}/gestures`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const posts = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'POST' && c.url === GESTURES);

const coffee: Reward = { id: 'r1', name: 'Kaffee gratis', pointsCost: 200, kind: 'FREE_ITEM', item: 'Ein Kaffee', validityDays: 90, active: true };
const fiver: Reward = { id: 'r2', name: '5 € Rabatt', pointsCost: 300, kind: 'AMOUNT_OFF', amount: '5.00', currency: 'EUR', validityDays: 90, active: true };
const retired: Reward = { ...coffee, id: 'r3', name: 'Alter Kuchen', active: false };

/**
 * The case page's backend: the case in `c`, its goodwill starting with `initial`; an offer answers `answer(body)`
 * (by default: given at once, priced at 0.01 a point) and is added to the case's gestures.
 */
const RECOMMENDED: Recommendations = {
  target: '6.50',
  currency: 'EUR',
  valueBasis: 'REVENUE_TO_DATE',
  reasons: ['severity.MEDIUM', 'value.REGULAR', 'serial.ONCE'],
  items: [
    { kind: 'BONUS_POINTS', points: 130, cost: '6.50', reasons: ['category.PRODUCT_QUALITY'], withinAllowance: true },
    { kind: 'GIFT', amount: '6.50', cost: '6.50', reasons: ['category.PRODUCT_QUALITY'], withinAllowance: false },
  ],
};

function backend(c: Case, initial: CaseGoodwill = caseGoodwill(), answer?: (body: NewGesture) => Gesture) {
  let goodwill = initial;
  return mockFetch({
    [`GET ${CASE}`]: () => json(200, c),
    [`GET ${GESTURES}`]: () => json(200, goodwill),
    [`GET ${GESTURES}/recommendations`]: () => json(200, RECOMMENDED),
    [`POST ${GESTURES}`]: (call) => {
      const body = call.body as NewGesture;
      const g = answer ? answer(body) : gesture({ id: 'g-new', kind: body.kind, points: body.points, requestedById: 'user-1', requestedByName: 'Maria Müller' });
      goodwill = { ...goodwill, items: [...goodwill.items, g] };
      return json(201, g);
    },
    'GET /api/v1/shops/shop-1/rewards': () => json(200, { items: [coffee, fiver, retired] }),
    'GET /api/v1/shops/shop-1/customers/cust-1/subscriptions': () =>
      json(200, { items: [{ id: 's1', plan: 'Brötchen-Abo', monthlyFee: '9.90', currency: 'EUR', paidUntil: '2027-01-31' }] }),
  });
}

function openPage(fetch: typeof globalThis.fetch, { role = 'AGENT', language = 'en' }: { role?: Role; language?: 'de' | 'en' } = {}) {
  return renderApp(<CasePage />, {
    fetch,
    session: { authenticated: true, user: user(role) },
    path: '/admin/cases/case-1',
    routePath: '/admin/cases/:caseId',
    language,
  });
}

describe('goodwill on the case page', () => {
  it('shows the agent’s allowance and the case’s gestures in every step, and says where goodwill is offered', async () => {
    const { fetch } = backend(
      complaintCase({ step: 'UNDERSTAND' }),
      caseGoodwill({
        allowance: allowance({ leftInCase: '8.80', leftThisMonth: '58.80', budgetLeft: '241.20' }),
        items: [
          gesture(),
          gesture({
            id: 'g-2',
            kind: 'GIFT',
            points: null,
            description: 'Pralinen',
            cost: '25.00',
            status: 'REJECTED',
            overLimits: ['PER_GESTURE', 'PER_CASE'],
            decidedByName: 'Maria Müller',
            decidedAt: '2026-11-27T12:00:00Z',
            decisionReason: 'Zu teuer für harte Brötchen',
            issuedAt: null,
          }),
        ],
      }),
    );
    openPage(fetch);
    const box = await screen.findByTestId('case-goodwill');
    const allowanceBox = await within(box).findByTestId('goodwill-allowance');
    expect(allowanceBox).toHaveTextContent('What you can still give without approval');
    expect(within(allowanceBox).getByTestId('allowance-per-gesture')).toHaveTextContent('Per gesture: up to €10.00');
    expect(within(allowanceBox).getByTestId('allowance-in-case')).toHaveTextContent('Left in this case: €8.80');
    expect(within(allowanceBox).getByTestId('allowance-this-month')).toHaveTextContent('Left for you this month: €58.80');
    expect(within(allowanceBox).getByTestId('allowance-budget')).toHaveTextContent('Left of the shop’s monthly budget: €241.20');
    expect(within(allowanceBox).getByTestId('allowance-point-value')).toHaveTextContent('One bonus point costs the shop €0.01');
    expect(within(allowanceBox).queryByTestId('allowance-owner')).not.toBeInTheDocument();

    const [given, rejected] = within(box).getAllByTestId('gesture');
    expect(given).toHaveTextContent('Bonus points');
    expect(within(given).getByTestId('gesture-status')).toHaveTextContent('Status: Given');
    expect(given).toHaveTextContent('120 points');
    expect(given).toHaveTextContent('Cost: €1.20');
    expect(given).toHaveTextContent('Offered by Jonas Weber on 27 Nov 2026, 11:00');
    expect(within(rejected).getByTestId('gesture-status')).toHaveTextContent('Rejected');
    expect(rejected).toHaveTextContent('Pralinen');
    expect(within(rejected).getByTestId('gesture-over')).toHaveTextContent('Exceeded: limit per gesture, limit per case');
    expect(within(rejected).getByTestId('gesture-rejected')).toHaveTextContent(
      'Rejected by Maria Müller on 27 Nov 2026, 13:00. Reason: “Zu teuer für harte Brötchen”',
    );

    expect(within(box).getByTestId('goodwill-wrong-step')).toHaveTextContent(
      'Goodwill is agreed in Agree and given in Deliver: it can be offered while the case is in one of those steps.',
    );
    expect(within(box).queryByRole('form', { name: 'Offer goodwill' })).not.toBeInTheDocument();
  });

  it('tells an owner that no agent limits apply, only the budget (German)', async () => {
    const { fetch } = backend(
      complaintCase({ step: 'CLOSED' }),
      caseGoodwill({ allowance: { currency: 'EUR', budgetLeft: '300.00', pointValue: '0.01' } }),
    );
    openPage(fetch, { role: 'OWNER', language: 'de' });
    const allowanceBox = await screen.findByTestId('goodwill-allowance');
    expect(within(allowanceBox).queryByTestId('allowance-per-gesture')).not.toBeInTheDocument();
    expect(allowanceBox).toHaveTextContent('Vom Monatsbudget des Geschäfts noch: 300,00 €');
    expect(within(allowanceBox).getByTestId('allowance-owner')).toHaveTextContent(
      'Als Inhaber gelten für Sie keine Mitarbeitergrenzen, nur das Monatsbudget des Geschäfts.',
    );
    expect(screen.getByTestId('goodwill-wrong-step')).toHaveTextContent('Kulanz wird in „Vereinbaren“ vereinbart und in „Liefern“ gegeben');
    expect(screen.getByTestId('case-gestures-empty')).toHaveTextContent('In diesem Fall gibt es noch keine Kulanz.');
  });

  it('gives bonus points within the allowance at once: live cost, “given at once”, the body with a key, the list reloaded', async () => {
    const { fetch, calls } = backend(complaintCase({ step: 'AGREE' }));
    openPage(fetch);
    const form = await screen.findByRole('form', { name: 'Offer goodwill' });
    expect(field('Kind of goodwill')).toHaveValue('BONUS_POINTS');
    const u = userEvent.setup();
    await u.type(field('Bonus points'), '500');
    expect(within(form).getByTestId('gesture-preview-cost')).toHaveTextContent('Cost: €5.00 (500 points × €0.01)');
    expect(within(form).getByTestId('gesture-preview-verdict')).toHaveTextContent('Within your allowance: given at once.');
    await u.click(within(form).getByRole('button', { name: 'Give goodwill' }));

    const done = await screen.findByTestId('gesture-offered');
    expect(done).toHaveTextContent('Given');
    const [post] = posts(calls);
    expect(post.body).toEqual({ kind: 'BONUS_POINTS', points: 500 });
    expect(post.headers['idempotency-key']).toMatch(UUID);
    await waitFor(() => expect(screen.getAllByTestId('gesture')).toHaveLength(1));
    expect(calls.filter((c) => c.method === 'GET' && c.url === GESTURES)).toHaveLength(2);
    expect(field('Bonus points')).toHaveValue('');
  });

  it('says before sending that an owner must approve, and clearly that the gesture waits afterwards', async () => {
    const { fetch, calls } = backend(complaintCase({ step: 'DELIVER' }), caseGoodwill(), (body) =>
      gesture({
        id: 'g-new',
        points: body.points,
        cost: '20.00',
        status: 'PENDING_APPROVAL',
        overLimits: ['PER_GESTURE'],
        issuedAt: null,
        requestedById: 'user-1',
        requestedByName: 'Maria Müller',
      }),
    );
    openPage(fetch);
    const form = await screen.findByRole('form', { name: 'Offer goodwill' });
    const u = userEvent.setup();
    await u.type(field('Bonus points'), '2000');
    expect(within(form).getByTestId('gesture-preview-cost')).toHaveTextContent('Cost: €20.00 (2,000 points × €0.01)');
    expect(within(form).getByTestId('gesture-preview-verdict')).toHaveTextContent(
      'Exceeds: limit per gesture. An owner must approve it before it is given.',
    );
    await u.click(within(form).getByRole('button', { name: 'Ask for approval' }));

    const done = await screen.findByTestId('gesture-offered');
    expect(done).toHaveTextContent('Waiting for an owner’s approval');
    expect(done).toHaveTextContent('The goodwill (€20.00) exceeds: limit per gesture. It is not given yet: an owner must approve it first.');
    const listed = await screen.findByTestId('gesture');
    expect(within(listed).getByTestId('gesture-status')).toHaveTextContent('Waiting for approval');
    expect(within(listed).getByTestId('gesture-pending')).toHaveTextContent('Not given yet: waiting for an owner’s approval.');
    expect(posts(calls)[0].body).toEqual({ kind: 'BONUS_POINTS', points: 2000 });
  });

  it('offers a voucher of an active reward, priced by its amount or its points', async () => {
    const { fetch, calls } = backend(complaintCase({ step: 'AGREE' }));
    openPage(fetch);
    const form = await screen.findByRole('form', { name: 'Offer goodwill' });
    const u = userEvent.setup();
    expect(calls.some((c) => c.url.endsWith('/rewards'))).toBe(false); // loaded only for a voucher
    await u.selectOptions(field('Kind of goodwill'), 'Voucher');
    const reward = await screen.findByLabelText(/^Reward \(as a voucher\)/);
    expect(within(reward).queryByRole('option', { name: 'Alter Kuchen' })).not.toBeInTheDocument();
    await u.selectOptions(reward, 'Kaffee gratis');
    expect(within(form).getByTestId('gesture-preview-cost')).toHaveTextContent('Cost: €2.00 (200 points × €0.01)');
    await u.selectOptions(reward, '5 € Rabatt');
    expect(within(form).getByTestId('gesture-preview-cost')).toHaveTextContent('Cost: €5.00 (the voucher’s amount)');
    await u.click(within(form).getByRole('button', { name: 'Give goodwill' }));
    await screen.findByTestId('gesture-offered');
    expect(posts(calls)[0].body).toEqual({ kind: 'VOUCHER', rewardId: 'r2' });
  });

  it('gives free months of the customer’s subscription: months × fee, above the case’s limit', async () => {
    const { fetch, calls } = backend(complaintCase({ step: 'AGREE' }));
    openPage(fetch);
    const form = await screen.findByRole('form', { name: 'Offer goodwill' });
    const u = userEvent.setup();
    await u.selectOptions(field('Kind of goodwill'), 'Free months');
    await u.selectOptions(await screen.findByLabelText(/^Subscription/), 'Brötchen-Abo – €9.90 a month, paid until 31 Jan 2027');
    await u.selectOptions(field('Free months'), '3');
    expect(within(form).getByTestId('gesture-preview-cost')).toHaveTextContent('Cost: €29.70 (3 months × €9.90)');
    expect(within(form).getByTestId('gesture-preview-verdict')).toHaveTextContent(
      'Exceeds: limit per gesture, limit per case. An owner must approve it before it is given.',
    );
    await u.click(within(form).getByRole('button', { name: 'Ask for approval' }));
    await screen.findByTestId('gesture-offered');
    expect(posts(calls)[0].body).toEqual({ kind: 'FREE_MONTHS', subscriptionId: 's1', months: 3 });
  });

  it('refunds a fee with its name and amount as typed in German, and asks for a gift’s description', async () => {
    const { fetch, calls } = backend(complaintCase({ step: 'AGREE' }));
    openPage(fetch, { language: 'de' });
    const form = await screen.findByRole('form', { name: 'Kulanz anbieten' });
    const u = userEvent.setup();
    await u.selectOptions(field('Art der Kulanz'), 'Geschenk');
    await u.type(field('Kosten für das Geschäft (EUR)'), '12');
    await u.click(within(form).getByRole('button', { name: 'Freigabe anfragen' }));
    expect(field('Geschenk')).toHaveAccessibleDescription(/Bitte füllen Sie dieses Feld aus\./);
    expect(posts(calls)).toHaveLength(0);

    await u.selectOptions(field('Art der Kulanz'), 'Gebührenerstattung');
    await u.type(field('Gebühr'), 'Mahngebühr');
    await u.type(field('Betrag (EUR)'), '4,50');
    expect(within(form).getByTestId('gesture-preview-verdict')).toHaveTextContent('Im Rahmen Ihrer Grenzen: wird sofort gegeben.');
    await u.click(within(form).getByRole('button', { name: 'Kulanz geben' }));
    await screen.findByTestId('gesture-offered');
    const [post] = posts(calls);
    expect(post.body).toEqual({ kind: 'FEE_REFUND', description: 'Mahngebühr', amount: '4.50' });
    expect(post.headers['idempotency-key']).toMatch(UUID);
  });

  it('reloads the case when it left Vereinbaren/Liefern meanwhile (409 gesture-wrong-step)', async () => {
    let c = complaintCase({ step: 'AGREE' });
    const { fetch, calls } = mockFetch({
      [`GET ${CASE}`]: () => json(200, c),
      [`GET ${GESTURES}`]: () => json(200, caseGoodwill()),
      [`GET ${GESTURES}/recommendations`]: () => json(200, RECOMMENDED),
      [`POST ${GESTURES}`]: () => {
        c = { ...c, step: 'CLOSE' };
        return problem(409, {
          code: 'gesture-wrong-step',
          title: 'Not in this step',
          detail: 'Goodwill is agreed in Vereinbaren and given in Liefern',
          errors: [{ field: 'step', message: 'Goodwill is agreed in Vereinbaren and given in Liefern' }],
        });
      },
    });
    openPage(fetch);
    const u = userEvent.setup();
    await screen.findByRole('form', { name: 'Offer goodwill' });
    await u.type(field('Bonus points'), '100');
    await u.click(screen.getByRole('button', { name: 'Give goodwill' }));
    expect(await screen.findByTestId('goodwill-wrong-step')).toBeInTheDocument();
    expect(calls.filter((x) => x.method === 'GET' && x.url === CASE)).toHaveLength(2);
  });

  it('shows the recommendation with its reasons and offers a suggestion in one click, idempotently', async () => {
    const { fetch, calls } = backend(complaintCase({ step: 'DELIVER' }));
    openPage(fetch);
    const u = userEvent.setup();
    const box = await screen.findByTestId('recommendations');
    expect(box).toHaveTextContent('Recommended: goodwill worth €6.50');
    expect(within(box).getByTestId('recommend-why')).toHaveTextContent(
      'Because: severity Medium · a regular customer · received goodwill once this year',
    );
    const [points, gift] = within(box).getAllByTestId('recommendation');
    expect(points).toHaveTextContent('130 points');
    expect(points).toHaveTextContent('within your limits');
    expect(gift).toHaveTextContent("needs an owner's approval");
    await u.click(within(points).getByRole('button', { name: 'Offer this' }));
    expect(await within(box).findByTestId('recommend-result')).toHaveTextContent('Given');
    const sent = calls.filter((x) => x.method === 'POST');
    expect(sent).toHaveLength(1);
    expect(sent[0].body).toEqual({ kind: 'BONUS_POINTS', points: 130 });
    expect(sent[0].headers['idempotency-key']).toMatch(/.+/);
  });
});
