import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Voucher, VoucherOverview, VoucherOverviewItem } from '../../../api';
import { AppRoutes } from '../../../App';
import { json, mockFetch, problem, renderApp, user, type RecordedCall } from '../../../test/render';

const OVERVIEW = 'GET /api/v1/shops/shop-1/vouchers';
const COUNTS = { issued: 27, redeemed: 4, expired: 1, cancelled: 2 };

function voucher(n: number, v: Partial<Voucher> = {}): Voucher {
  return {
    id: `v${n}`,
    code: `AAAA-BBBB-CCCC-${String(n).padStart(4, '0')}`,
    rewardName: n === 1 ? 'Fünf Euro' : `Prämie ${n}`,
    pointsSpent: 20,
    kind: 'AMOUNT_OFF',
    amount: '5.00',
    currency: 'EUR',
    validFrom: '2026-11-23T10:00:00Z',
    validUntil: '2026-12-23T10:00:00Z',
    status: 'ISSUED',
    ...v,
  };
}

const item = (v: Voucher): VoucherOverviewItem => ({ voucher: v, customerId: 'cust-1', customerNumber: 10042, customerName: 'Anna Schmidt' });

/** The status and page a call of the overview asked for. */
function query(call: RecordedCall) {
  const q = new URL(call.url, 'http://x').searchParams;
  return { status: q.get('status'), page: Number(q.get('page')), size: Number(q.get('size')) };
}

/** 27 open vouchers (two pages), used and cancelled ones; `counts` as the server counts now. */
function overviewAnswer(call: RecordedCall, counts = COUNTS, cancelled = new Set<string>()) {
  const { status, page, size } = query(call);
  const open = Array.from({ length: 27 }, (_, i) => voucher(i + 1)).filter((v) => !cancelled.has(v.code));
  const used = [voucher(101, { status: 'REDEEMED', redeemedAt: '2026-11-24T08:05:00Z' })];
  const gone = [voucher(201, { status: 'CANCELLED', cancelledAt: '2026-11-25T13:00:00Z' })];
  const all = status === 'ISSUED' ? open : status === 'REDEEMED' ? used : status === 'CANCELLED' ? gone : status ? [] : [...open, ...used, ...gone];
  return json<VoucherOverview>(200, { items: all.slice(page * size, (page + 1) * size).map(item), status, page, size, counts });
}

function renderDesk(fetch: typeof globalThis.fetch, language: 'de' | 'en' = 'en') {
  renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/vouchers', language });
}

const rows = () => within(screen.getByTestId('voucher-overview')).queryAllByTestId('voucher-row');

describe('voucher overview', () => {
  it('shows the open vouchers with the counts, newest first, and loads more pages', async () => {
    const { fetch, calls } = mockFetch({ [OVERVIEW]: (call) => overviewAnswer(call) });
    renderDesk(fetch);
    await waitFor(() => expect(rows()).toHaveLength(25));
    const overview = screen.getByTestId('voucher-overview');
    expect(within(overview).getByRole('heading', { name: 'All vouchers' })).toBeInTheDocument();
    // the filter names each status with its count
    for (const label of ['Open (27)', 'Used (4)', 'Expired (1)', 'Cancelled (2)', 'All (34)']) {
      expect(within(overview).getByLabelText(label)).toBeInTheDocument();
    }
    expect(within(overview).getByLabelText('Open (27)')).toBeChecked();
    const first = rows()[0];
    expect(first).toHaveTextContent('AAAA-BBBB-CCCC-0001');
    expect(first).toHaveTextContent('Fünf Euro');
    expect(first).toHaveTextContent('€5.00 off');
    expect(first).toHaveTextContent('Valid until 23 Dec 2026, 11:00');
    expect(within(first).getByRole('link', { name: /Anna Schmidt/ })).toHaveAttribute('href', '/admin/customers/cust-1');
    expect(first).toHaveTextContent('No. 10042');
    expect(screen.getByTestId('voucher-overview-shown')).toHaveTextContent('25 of 27 shown');
    expect(query(calls[0])).toEqual({ status: 'ISSUED', page: 0, size: 25 });

    await userEvent.setup().click(screen.getByTestId('voucher-load-more'));
    await waitFor(() => expect(rows()).toHaveLength(27));
    expect(query(calls[calls.length - 1])).toEqual({ status: 'ISSUED', page: 1, size: 25 });
    expect(screen.getByTestId('voucher-overview-shown')).toHaveTextContent('27 of 27 shown');
    expect(screen.queryByTestId('voucher-load-more')).not.toBeInTheDocument();
  });

  it('filters by status (German): used, cancelled, all, and an empty one', async () => {
    const { fetch, calls } = mockFetch({ [OVERVIEW]: (call) => overviewAnswer(call) });
    renderDesk(fetch, 'de');
    await waitFor(() => expect(rows()).toHaveLength(25));
    const u = userEvent.setup();
    const overview = screen.getByTestId('voucher-overview');

    await u.click(within(overview).getByLabelText('Eingelöst (4)'));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('Eingelöst am 24.11.2026, 09:05');
    expect(within(rows()[0]).queryByTestId('voucher-cancel')).not.toBeInTheDocument();
    expect(query(calls[calls.length - 1]).status).toBe('REDEEMED');

    await u.click(within(overview).getByLabelText('Storniert (2)'));
    await waitFor(() => expect(rows()[0]).toHaveTextContent('Storniert am 25.11.2026, 14:00'));

    await u.click(within(overview).getByLabelText('Alle (34)'));
    await waitFor(() => expect(rows()).toHaveLength(25));
    expect(query(calls[calls.length - 1]).status).toBeNull();

    await u.click(within(overview).getByLabelText('Abgelaufen (1)'));
    expect(await screen.findByTestId('voucher-overview-empty')).toHaveTextContent('Keine abgelaufenen Gutscheine.');
  });

  it('cancels an open voucher after confirming, says how many points came back and reloads the list', async () => {
    const cancelled = new Set<string>();
    const code = 'AAAA-BBBB-CCCC-0001';
    const { fetch, calls } = mockFetch({
      [OVERVIEW]: (call) =>
        overviewAnswer(call, { ...COUNTS, issued: 27 - cancelled.size, cancelled: 2 + cancelled.size }, cancelled),
      [`POST /api/v1/shops/shop-1/vouchers/AAAA-BBBB-CCCC-0001/cancellation`]: () => {
        cancelled.add(code);
        return json(200, {
          voucher: voucher(1, { status: 'CANCELLED', cancelledAt: '2026-11-26T09:00:00Z' }),
          pointsReturned: 20,
          balance: { available: 140, pending: 0, owed: 0 },
        });
      },
    });
    renderDesk(fetch);
    await waitFor(() => expect(rows()).toHaveLength(25));
    const u = userEvent.setup();
    await u.click(within(rows()[0]).getByTestId('voucher-cancel'));
    const dialog = await screen.findByTestId('cancel-voucher-dialog');
    expect(dialog).toHaveTextContent('“Fünf Euro” (AAAA-BBBB-CCCC-0001) of Anna Schmidt can no longer be redeemed afterwards.');
    expect(within(dialog).getByTestId('cancel-voucher-points')).toHaveTextContent('20 points go back to the customer.');
    await u.type(within(dialog).getByTestId('cancel-voucher-reason'), 'issued by mistake');
    await u.click(within(dialog).getByTestId('cancel-voucher-confirm'));

    expect(await screen.findByTestId('voucher-cancelled-notice')).toHaveTextContent(
      'Voucher AAAA-BBBB-CCCC-0001 cancelled — 20 points returned.',
    );
    expect(screen.queryByTestId('cancel-voucher-dialog')).not.toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({ reason: 'issued by mistake' });
    expect(post.headers['x-xsrf-token']).toBe('csrf-1');
    // the list and the counts are read again
    await waitFor(() => expect(within(screen.getByTestId('voucher-overview')).getByLabelText('Open (26)')).toBeChecked());
    expect(within(screen.getByTestId('voucher-overview')).getByLabelText('Cancelled (3)')).toBeInTheDocument();
    expect(rows()[0]).toHaveTextContent('AAAA-BBBB-CCCC-0002');
  });

  it('explains a 409 (used meanwhile) in the dialog and reloads the list', async () => {
    let reads = 0;
    const { fetch } = mockFetch({
      [OVERVIEW]: (call) => {
        reads++;
        return overviewAnswer(call);
      },
      [`POST /api/v1/shops/shop-1/vouchers/AAAA-BBBB-CCCC-0001/cancellation`]: () =>
        problem(409, { code: 'voucher-already-redeemed', title: 'Voucher already used', detail: 'This voucher was already used.' }),
    });
    renderDesk(fetch);
    await waitFor(() => expect(rows()).toHaveLength(25));
    const u = userEvent.setup();
    await u.click(within(rows()[0]).getByTestId('voucher-cancel'));
    await u.click(await screen.findByTestId('cancel-voucher-confirm'));
    const conflict = await screen.findByTestId('cancel-voucher-conflict');
    expect(conflict).toHaveTextContent('Cannot be cancelled');
    expect(conflict).toHaveTextContent('This voucher has already been redeemed and can no longer be cancelled.');
    expect(screen.queryByTestId('cancel-voucher-confirm')).not.toBeInTheDocument();
    await waitFor(() => expect(reads).toBe(2));
    expect(screen.queryByTestId('voucher-cancelled-notice')).not.toBeInTheDocument();
    // the dialog's own "Close" (the modal's × is named "Close" too)
    await u.click(within(screen.getByTestId('cancel-voucher-dialog')).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByTestId('cancel-voucher-dialog')).not.toBeInTheDocument());
  });
});
