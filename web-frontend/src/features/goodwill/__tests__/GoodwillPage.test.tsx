import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AssigneeList, Gesture, GoodwillPolicy } from '../../../api';
import { AppRoutes } from '../../../App';
import { field, json, mockFetch, noContent, problem, renderApp, user, type RecordedCall, type Reply } from '../../../test/render';
import { gesture } from './fixtures';

const SHOP = '/api/v1/shops/shop-1';
const GOODWILL = `${SHOP}/goodwill`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const writes = (calls: RecordedCall[]) => calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.url}`);

const POLICY: GoodwillPolicy = {
  pointValue: '0.01',
  monthlyBudget: '300.00',
  agentLimits: { perGesture: '10.00', perCase: '20.00', perMonth: '100.00' },
  ownLimits: [],
};
const ASSIGNEES = {
  items: [
    { id: 'user-1', name: 'Maria Müller', role: 'OWNER' },
    { id: 'user-2', name: 'Jonas Weber', role: 'AGENT' },
    { id: 'user-3', name: 'Lea Kraus', role: 'AGENT' },
  ],
};
/** Waits for Jonas’s request of free months: above his limit per gesture and the case’s. */
const PENDING = gesture({
  id: 'g-9',
  caseId: 'case-7',
  kind: 'FREE_MONTHS',
  points: null,
  months: 2,
  description: 'Brötchen-Abo',
  cost: '19.80',
  status: 'PENDING_APPROVAL',
  overLimits: ['PER_GESTURE', 'PER_CASE'],
  issuedAt: null,
});
const REFUND = gesture({
  id: 'g-5',
  caseId: 'case-3',
  kind: 'FEE_REFUND',
  points: null,
  description: 'Mahngebühr',
  cost: '4.50',
});

const APPROVE = `POST ${GOODWILL}/gestures/g-9/approval` as const;
const PUT_POLICY = `PUT ${GOODWILL}/policy` as const;

interface Options {
  approvals?: Gesture[];
  approve?: () => Reply<typeof APPROVE>;
  policy?: GoodwillPolicy;
  putPolicy?: () => Reply<typeof PUT_POLICY>;
  /** The second factor was confirmed again. */
  onCheck?: () => void;
}

function backend(o: Options = {}) {
  let approvals: Gesture[] = o.approvals ?? [PENDING];
  let refund = REFUND;
  let policy = o.policy ?? POLICY;
  return mockFetch({
    [`GET ${GOODWILL}/approvals`]: () => json(200, { items: approvals }),
    [`GET ${GOODWILL}/refunds`]: (call) =>
      json(200, { items: call.url.includes('paid=false') && refund.refundPaidAt ? [] : [refund] }),
    [`POST ${GOODWILL}/refunds/g-5/payment`]: () => {
      refund = { ...refund, refundPaidAt: '2026-11-28T09:00:00Z' };
      return json(200, refund);
    },
    [`GET ${GOODWILL}/policy`]: () => json(200, policy),
    [PUT_POLICY]: (call) => {
      if (o.putPolicy) return o.putPolicy();
      const body = call.body as GoodwillPolicy;
      policy = { pointValue: body.pointValue, monthlyBudget: body.monthlyBudget, agentLimits: body.agentLimits, ownLimits: body.ownLimits };
      return json(200, policy);
    },
    // (the path also fits …/cases/{caseId}: the answer's type is named)
    [`GET ${SHOP}/cases/assignees`]: () => json<AssigneeList>(200, ASSIGNEES),
    [APPROVE]: () => (o.approve ? o.approve() : problem(500, { code: 'internal' })),
    [`POST ${GOODWILL}/gestures/g-9/rejection`]: (call) => {
      approvals = [];
      return json(200, { ...PENDING, status: 'REJECTED', decisionReason: (call.body as { reason: string }).reason });
    },
    'POST /api/v1/account/second-factor/check': () => {
      o.onCheck?.();
      return noContent();
    },
  });
}

function open(fetch: typeof globalThis.fetch, language: 'de' | 'en' = 'en') {
  renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/goodwill', language });
}

describe('the goodwill page', () => {
  it('is in the owner’s navigation and lists what waits: case, kind, cost, who asked, when, above which limits', async () => {
    const { fetch } = backend();
    open(fetch);
    expect(await screen.findByRole('heading', { level: 1, name: 'Goodwill' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Goodwill' })).toHaveAttribute('href', '/admin/goodwill');
    const queue = await screen.findByTestId('approval-list');
    const item = within(queue).getByTestId('gesture');
    expect(within(item).getByTestId('gesture-kind')).toHaveTextContent('Free months');
    expect(item).toHaveTextContent('2 free months of Brötchen-Abo');
    expect(item).toHaveTextContent('Cost: €19.80');
    expect(item).toHaveTextContent('Offered by Jonas Weber on 27 Nov 2026, 11:00');
    expect(within(item).getByTestId('gesture-over')).toHaveTextContent('Exceeded: limit per gesture, limit per case');
    expect(within(item).getByRole('link', { name: 'Open the case' })).toHaveAttribute('href', '/admin/cases/case-7');
    expect(within(item).queryByTestId('gesture-own-request')).not.toBeInTheDocument();
  });

  it('is not for agents', async () => {
    const { fetch } = mockFetch({
      'GET /api/v1/shops/shop-1/customers': () => json(200, { items: [], page: 0, size: 25, total: 0 }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/goodwill' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Goodwill' })).not.toBeInTheDocument();
  });

  it('approves after confirming the second factor again and repeats the refused approval with the same key', async () => {
    let checked = false;
    const { fetch, calls } = backend({
      approve: () =>
        checked
          ? json(200, { ...PENDING, status: 'ISSUED', decidedByName: 'Maria Müller', decidedAt: '2026-11-28T08:00:00Z' })
          : problem(403, { code: 'second-factor-recheck-required', title: 'Confirm it is you' }),
      onCheck: () => {
        checked = true;
      },
    });
    open(fetch);
    const u = userEvent.setup();
    const item = within(await screen.findByTestId('approval-list')).getByTestId('gesture');
    await u.type(within(item).getByLabelText(/^Reason/), 'Stammkundin seit Jahren');
    await u.click(within(item).getByRole('button', { name: 'Approve' }));

    const recheck = await screen.findByRole('dialog', { name: 'Confirm with your code' });
    await u.type(within(recheck).getByLabelText(/^Code from your authenticator app/), '123456');
    await u.click(within(recheck).getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByTestId('goodwill-decided')).toHaveTextContent('Approved: 2 free months of Brötchen-Abo (€19.80) was given.');
    expect(writes(calls)).toEqual([
      `POST ${GOODWILL}/gestures/g-9/approval`,
      'POST /api/v1/account/second-factor/check',
      `POST ${GOODWILL}/gestures/g-9/approval`,
    ]);
    const [first, again] = calls.filter((c) => c.url.endsWith('/approval'));
    expect(first.body).toEqual({ reason: 'Stammkundin seit Jahren' });
    expect(again.body).toEqual({ reason: 'Stammkundin seit Jahren' });
    expect(first.headers['idempotency-key']).toMatch(UUID);
    expect(again.headers['idempotency-key']).toBe(first.headers['idempotency-key']);
  });

  it('rejects only with a reason, sent with a key', async () => {
    const { fetch, calls } = backend();
    open(fetch);
    const u = userEvent.setup();
    const item = within(await screen.findByTestId('approval-list')).getByTestId('gesture');
    await u.click(within(item).getByRole('button', { name: 'Reject' }));
    expect(within(item).getByLabelText(/^Reason/)).toHaveAccessibleDescription(/Please say why you reject it\./);
    expect(writes(calls)).toEqual([]);

    await u.type(within(item).getByLabelText(/^Reason/), 'Zu teuer');
    await u.click(within(item).getByRole('button', { name: 'Reject' }));
    expect(await screen.findByTestId('goodwill-decided')).toHaveTextContent('Rejected: 2 free months of Brötchen-Abo (€19.80) is not given.');
    const post = calls.find((c) => c.url.endsWith('/rejection'))!;
    expect(post.body).toEqual({ reason: 'Zu teuer' });
    expect(post.headers['idempotency-key']).toMatch(UUID);
    expect(await screen.findByTestId('approvals-empty')).toHaveTextContent('Nothing is waiting for approval.');
  });

  it('says that someone else decides on one’s own request (409 four-eyes), in German', async () => {
    const own = { ...PENDING, requestedById: 'user-1', requestedByName: 'Maria Müller' };
    const { fetch } = backend({
      approvals: [own],
      approve: () => problem(409, { code: 'four-eyes', title: 'Vier Augen', detail: 'Über die eigene Anfrage entscheidet jemand anderes' }),
    });
    open(fetch, 'de');
    const u = userEvent.setup();
    const item = within(await screen.findByTestId('approval-list')).getByTestId('gesture');
    expect(within(item).getByTestId('gesture-own-request')).toHaveTextContent('Ihre eigene Anfrage: Ein anderer Inhaber entscheidet darüber.');
    await u.click(within(item).getByRole('button', { name: 'Freigeben' }));
    const alert = await within(item).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Über Ihre eigene Anfrage entscheidet jemand anderes: Ein anderer Inhaber muss sie freigeben oder ablehnen.',
    );
  });

  it('says so when another owner decided meanwhile (409 gesture-decided) and reloads the queue', async () => {
    const { fetch, calls } = backend({ approve: () => problem(409, { code: 'gesture-decided', title: 'Decided already' }) });
    open(fetch);
    const u = userEvent.setup();
    const item = within(await screen.findByTestId('approval-list')).getByTestId('gesture');
    await u.click(within(item).getByRole('button', { name: 'Approve' }));
    expect(await screen.findByTestId('goodwill-decided')).toHaveTextContent(
      'Another owner decided on 2 free months of Brötchen-Abo meanwhile.',
    );
    await waitFor(() => expect(calls.filter((c) => c.url === `${GOODWILL}/approvals`)).toHaveLength(2));
    // an approved refund would be one to pay: the refunds follow the decision
    expect(calls.filter((c) => c.url.startsWith(`${GOODWILL}/refunds?`))).toHaveLength(2);
  });

  it('lists fee refunds to pay with the CSV link, marks one paid and shows all', async () => {
    const { fetch, calls } = backend();
    open(fetch);
    const u = userEvent.setup();
    const refunds = await screen.findByTestId('goodwill-refunds');
    const item = await within(refunds).findByTestId('gesture');
    expect(item).toHaveTextContent('Fee refund');
    expect(item).toHaveTextContent('Mahngebühr');
    expect(item).toHaveTextContent('Cost: €4.50');
    expect(within(item).getByTestId('gesture-refund')).toHaveTextContent('Refund not paid yet');
    expect(within(refunds).getByTestId('refunds-csv')).toHaveAttribute('href', `${GOODWILL}/refunds.csv?paid=false`);
    expect(within(refunds).getByTestId('refunds-csv')).toHaveAttribute('download');
    expect(calls.find((c) => c.url.startsWith(`${GOODWILL}/refunds`))!.url).toBe(`${GOODWILL}/refunds?paid=false`);

    await u.click(within(item).getByRole('button', { name: 'Mark paid: Mahngebühr' }));
    expect(await within(refunds).findByTestId('refunds-empty')).toHaveTextContent('No refunds to pay.');
    expect(writes(calls)).toEqual([`POST ${GOODWILL}/refunds/g-5/payment`]);

    await u.click(within(refunds).getByText('All'));
    const paid = await within(refunds).findByTestId('gesture');
    expect(within(paid).getByTestId('gesture-refund')).toHaveTextContent('Refund paid on 28 Nov 2026, 10:00');
    expect(within(paid).queryByRole('button', { name: /Mark paid/ })).not.toBeInTheDocument();
    expect(within(refunds).getByTestId('refunds-csv')).toHaveAttribute('href', `${GOODWILL}/refunds.csv`);
    expect(calls.filter((c) => c.url.startsWith(`${GOODWILL}/refunds`)).at(-1)!.url).toBe(`${GOODWILL}/refunds`);
  });

  it('saves the policy with own limits for an agent (German amounts become decimal strings)', async () => {
    const { fetch, calls } = backend();
    open(fetch, 'de');
    const u = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Kulanzregeln' });
    expect(field('Wert eines Punktes (EUR)')).toHaveValue('0,01');
    await u.clear(field('Monatsbudget (EUR)'));
    await u.type(field('Monatsbudget (EUR)'), '450,50');
    await u.clear(within(screen.getByTestId('agent-limits')).getByLabelText(/^Je Fall/));
    await u.type(within(screen.getByTestId('agent-limits')).getByLabelText(/^Je Fall/), '25');

    await u.click(within(form).getByRole('button', { name: 'Mitarbeiter hinzufügen' }));
    const row = screen.getByTestId('own-limits-row');
    expect(within(row).getByLabelText(/^Mitarbeiter/)).toHaveValue('user-2');
    expect(within(within(row).getByLabelText(/^Mitarbeiter/)).queryByRole('option', { name: 'Maria Müller' })).not.toBeInTheDocument();
    await u.selectOptions(within(row).getByLabelText(/^Mitarbeiter/), 'Lea Kraus');
    const perGesture = within(row).getByLabelText(/^Je Kulanzleistung/);
    await u.clear(perGesture);
    await u.type(perGesture, '-3');
    await u.click(within(form).getByRole('button', { name: 'Regeln speichern' }));
    expect(perGesture).toHaveAccessibleDescription(/Bitte einen Betrag von 0 bis 1\.000\.000/);
    expect(writes(calls)).toEqual([]);

    await u.clear(perGesture);
    await u.type(perGesture, '30');
    await u.click(within(form).getByRole('button', { name: 'Regeln speichern' }));
    expect(await screen.findByTestId('policy-saved')).toHaveTextContent('Die Kulanzregeln wurden gespeichert.');
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toEqual({
      pointValue: '0.01',
      monthlyBudget: '450.50',
      agentLimits: { perGesture: '10.00', perCase: '25', perMonth: '100.00' },
      ownLimits: [{ staffId: 'user-3', limits: { perGesture: '30', perCase: '25', perMonth: '100.00' } }],
    });
    expect(field('Monatsbudget (EUR)')).toHaveValue('450,50');

    await u.click(within(form).getByRole('button', { name: 'Eigene Grenzen von Lea Kraus entfernen' }));
    expect(screen.queryByTestId('own-limits-row')).not.toBeInTheDocument();
    await u.click(within(form).getByRole('button', { name: 'Regeln speichern' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    expect((calls.filter((c) => c.method === 'PUT')[1].body as GoodwillPolicy).ownLimits).toEqual([]);
  });

  it('shows the server’s field error at an agent’s own limit', async () => {
    const { fetch } = backend({
      policy: { ...POLICY, ownLimits: [{ staffId: 'user-2', limits: { perGesture: '50.00', perCase: '50.00', perMonth: '200.00' } }] },
      putPolicy: () =>
        problem(422, {
          code: 'goodwill-amount',
          title: 'Amount out of range',
          errors: [{ field: 'ownLimits[0].limits.perMonth', message: 'At most 1,000,000 with 2 decimals' }],
        }),
    });
    open(fetch);
    const u = userEvent.setup();
    const row = await screen.findByTestId('own-limits-row');
    expect(within(row).getByLabelText(/^Agent/)).toHaveValue('user-2');
    expect(within(row).getByLabelText(/^Per gesture/)).toHaveValue('50.00');
    await u.click(screen.getByRole('button', { name: 'Save the policy' }));
    await waitFor(() =>
      expect(within(row).getByLabelText(/^Per month/)).toHaveAccessibleDescription(/At most 1,000,000 with 2 decimals/),
    );
  });
});
