import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../../App';
import { todayIn } from '../../../format';
import { json, mockFetch, problem, renderApp, SHOP, user } from '../../../test/render';
import { shiftDate } from '../../service/ServicePage';
import type { Dashboard, ModelFit, Run, SegmentCustomerPage } from '../types';
import {
  ACQUISITION,
  ANALYTICS,
  DASHBOARD,
  FIT,
  query,
  reply,
  run,
  segmentCustomer,
  withPending,
  type PendingRoutes,
} from './fixtures';

const DASHBOARD_URL = `${ANALYTICS}/dashboard`;
const RUNS_URL = `${ANALYTICS}/clv/runs`;
const CUSTOMERS_URL = `${ANALYTICS}/clv/customers`;
const MODEL_URL = `${ANALYTICS}/clv/model`;

function segmentPage(segment: string | null, offset: number, total: number): SegmentCustomerPage {
  const count = Math.max(0, Math.min(50, total - offset));
  return {
    total,
    items: Array.from({ length: count }, (_, i) =>
      segmentCustomer(offset + i + 1, {
        segment: (segment ?? 'AT_RISK') as 'AT_RISK',
        name: `${segment === 'LIKELY_LOST' ? 'Verloren' : 'Kunde'} ${offset + i + 1}`,
      }),
    ),
  };
}

function page(
  opts: {
    dashboard?: () => Dashboard;
    runs?: () => Run[];
    model?: () => Response;
    pending?: PendingRoutes;
    language?: 'en' | 'de';
    /** customers in every segment (a short list unless a test pages) */
    segmentTotal?: number;
  } = {},
) {
  const dashboard = opts.dashboard ?? (() => DASHBOARD);
  const runs = opts.runs ?? (() => [run()]);
  const mock = mockFetch(
    withPending(
      {
        'GET /api/v1/shops/shop-1/analytics/acquisition': () => json(200, ACQUISITION),
      },
      {
        [`GET ${DASHBOARD_URL}`]: () => reply(200, dashboard()),
        [`GET ${RUNS_URL}`]: () => reply(200, { items: runs() }),
        [`GET ${CUSTOMERS_URL}`]: (call) => {
          const q = query(call.url);
          return reply(200, segmentPage(q.get('segment'), Number(q.get('offset')), opts.segmentTotal ?? 3));
        },
        [`GET ${MODEL_URL}`]: () => opts.model?.() ?? reply(200, FIT),
        ...opts.pending,
      },
    ),
  );
  renderApp(<AppRoutes />, {
    fetch: mock.fetch,
    session: { authenticated: true, user: user() },
    path: '/admin/value',
    language: opts.language ?? 'en',
  });
  return mock;
}

describe('the customer value page', () => {
  // the page is loaded lazily (it brings the charts): have its module ready, as a browser would after the first visit
  beforeAll(async () => {
    await import('../ValuePage');
  }, 30_000);
  afterEach(() => vi.unstubAllGlobals());

  it('is in the owner’s navigation after service quality, with its title', async () => {
    page();
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    const labels = within(nav)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(labels.indexOf('Customer value')).toBe(labels.indexOf('Service quality') + 1);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Customer value');
    await waitFor(() => expect(document.title).toBe('Customer value · Stammkunde'));
  });

  it('is not in an agent’s navigation, and the address leads agents home', async () => {
    const { fetch } = mockFetch({
      'GET /api/v1/shops/shop-1/customers': () => json(200, { items: [], page: 0, size: 25, total: 0 }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/value' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('link', { name: 'Customer value' })).not.toBeInTheDocument();
  });

  it('says in words that it is loading', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    page({ pending: { [`GET ${DASHBOARD_URL}`]: async () => (await held, reply(200, DASHBOARD)) } });
    expect(await screen.findByText('Loading the figures …')).toBeInTheDocument();
    release();
    expect(await screen.findByTestId('value-members')).toHaveTextContent('1,234');
    expect(screen.queryByText('Loading the figures …')).not.toBeInTheDocument();
  });

  it('shows the tiles, the lifetime value and which model is used and why', async () => {
    page();
    expect(await screen.findByTestId('value-members')).toHaveTextContent('Members1,234');
    expect(screen.getByTestId('value-active-members')).toHaveTextContent('456');
    expect(screen.getByTestId('value-active-members')).toHaveTextContent('bought in the last 90 days (37% of the members)');
    expect(screen.getByTestId('value-buyers')).toHaveTextContent('980');
    expect(screen.getByTestId('value-liability')).toHaveTextContent('€1,250.00');
    expect(screen.getByTestId('value-liability')).toHaveTextContent('125,000 points not yet redeemed');
    expect(screen.getByTestId('value-redemption-rate')).toHaveTextContent('42%');
    expect(screen.getByTestId('value-clv-total')).toHaveTextContent('€123,456.78');
    expect(screen.getByTestId('value-clv-total')).toHaveTextContent('980 customers');
    expect(screen.getByTestId('value-clv-average')).toHaveTextContent('€125.98');
    expect(screen.getByTestId('value-clv-median')).toHaveTextContent('€80.00');
    // 02:15 UTC is 03:15 in the shop's zone (Europe/Berlin)
    expect(screen.getByTestId('value-computed-at')).toHaveTextContent('30 Nov 2026, 03:15');
    const statement = screen.getByTestId('value-model-statement');
    expect(statement).toHaveTextContent('Model used: BG/NBD with Gamma-Gamma');
    expect(statement).toHaveTextContent('how likely they still are a customer (P(alive))');
    expect(within(statement).getByTestId('value-model-reason')).toHaveTextContent(
      'BG/NBD and Gamma-Gamma fitted on 1,234 customers, 560 with repeat purchases',
    );
    expect(statement).not.toHaveTextContent('switches to BG/NBD by itself');
  });

  it('speaks German with German number formats', async () => {
    page({ language: 'de' });
    expect(await screen.findByTestId('value-members')).toHaveTextContent('1.234');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Kundenwert');
    expect(screen.getByTestId('value-clv-total')).toHaveTextContent('123.456,78 €');
    expect(screen.getByTestId('value-redemption-rate')).toHaveTextContent('42 %');
    expect(screen.getByTestId('value-liability')).toHaveTextContent('125.000 Punkte noch nicht eingelöst');
    expect(screen.getByTestId('value-model-statement')).toHaveTextContent('Verwendetes Modell: BG/NBD mit Gamma-Gamma');
  });

  it('explains a fallback model and says when nothing is computed yet', async () => {
    const retention = { ...DASHBOARD, clv: { ...DASHBOARD.clv!, model: 'RETENTION' as const, reason: 'Only 40 customers bought twice.' } };
    page({ dashboard: () => retention });
    const statement = await screen.findByTestId('value-model-statement');
    expect(statement).toHaveTextContent('Model used: Retention model (fallback)');
    expect(statement).toHaveTextContent('There is not enough repeat-purchase history for BG/NBD yet');
    expect(statement).toHaveTextContent('Only 40 customers bought twice.');
    expect(statement).toHaveTextContent('the next computation switches to BG/NBD by itself');
  });

  it('says when lifetime values have not been computed yet', async () => {
    page({ dashboard: () => ({ ...DASHBOARD, clv: null, redemptionRate: null }) });
    const statement = await screen.findByTestId('value-model-statement');
    expect(statement).toHaveTextContent('Not computed yet');
    expect(screen.queryByTestId('value-clv-total')).not.toBeInTheDocument();
    expect(screen.getByTestId('value-redemption-rate')).toHaveTextContent('not computable yet: no points earned');
    expect(screen.getByTestId('value-recompute')).toBeEnabled();
  });

  it('points to the import when there are no purchases yet', async () => {
    const { calls } = page({
      dashboard: () => ({ ...DASHBOARD, buyers: 0, activeMembers: 0, clv: null, segments: [], cohorts: [] }),
    });
    const empty = await screen.findByTestId('value-empty');
    expect(empty).toHaveTextContent('No purchases yet');
    expect(within(empty).getByRole('link', { name: 'Import the purchase history' })).toHaveAttribute('href', '/admin/imports');
    expect(screen.getByTestId('value-members')).toHaveTextContent('1,234');
    expect(screen.queryByTestId('value-segment-list')).not.toBeInTheDocument();
    expect(calls.map((c) => c.url)).toEqual([DASHBOARD_URL]);
  });

  it('recomputes on request, shows the progress while it runs and then the new figures', async () => {
    let runs = [run()];
    let polls = 0;
    const { calls } = page({
      runs: () => {
        if (runs[0].status === 'RUNNING' && ++polls >= 2) runs = [run({ id: 'run-2', status: 'DONE' }), ...runs.slice(1)];
        return runs;
      },
      pending: {
        [`POST ${RUNS_URL}`]: () => {
          runs = [run({ id: 'run-2', status: 'RUNNING', progress: 0.4, finishedAt: null }), run()];
          return reply(202, { id: 'run-2', status: 'QUEUED', href: `${RUNS_URL}/run-2` });
        },
      },
    });
    const button = await screen.findByTestId('value-recompute');
    await waitFor(() => expect(calls.filter((c) => c.url === RUNS_URL)).toHaveLength(1));
    expect(screen.queryByTestId('value-run-progress')).not.toBeInTheDocument();
    await userEvent.setup().click(button);

    const progress = await screen.findByTestId('value-run-progress');
    expect(progress).toHaveTextContent('Computing … 40% done');
    expect(within(progress).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');
    expect(button).toBeDisabled();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe(RUNS_URL);
    expect(post?.body).toBeUndefined();

    // polled every second until done, then the dashboard is read again
    await waitFor(() => expect(screen.queryByTestId('value-run-progress')).not.toBeInTheDocument(), { timeout: 5000 });
    await waitFor(() => expect(calls.filter((c) => c.url === DASHBOARD_URL)).toHaveLength(2));
    expect(screen.getByTestId('value-recompute')).toBeEnabled();
  });

  it('shows a failed computation with its reason', async () => {
    page({ runs: () => [run({ status: 'FAILED', failure: 'The worker stopped.', finishedAt: '2026-11-30T09:00:00Z' })] });
    const failed = await screen.findByTestId('value-run-failed');
    expect(failed).toHaveTextContent('The last computation failed');
    expect(failed).toHaveTextContent('Computation of 30 Nov 2026, 10:00: The worker stopped.');
  });

  it('shows the segments and pages through the list to act on, at-risk customers first', async () => {
    const { calls } = page({ segmentTotal: 120 });
    const segments = await screen.findByTestId('value-segments');
    expect(segments).toHaveTextContent('Active');
    expect(segments).toHaveTextContent('600 customers (61%)');
    expect(segments).toHaveTextContent('€21,000.00');

    const list = screen.getByTestId('value-segment-list');
    // (queries by role stay within small parts: the list is long)
    const tabs = within(list.querySelector<HTMLElement>('[role="tablist"]')!);
    expect(tabs.getByRole('tab', { name: 'At risk' })).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(within(list).getAllByTestId('value-segment-row')).toHaveLength(50));
    expect(within(list).getByTestId('value-segment-total')).toHaveTextContent('120 customers');
    const first = within(list).getAllByTestId('value-segment-row')[0];
    expect(within(first).getByRole('link', { name: 'Kunde 1' })).toHaveAttribute('href', '/admin/customers/cust-1');
    expect(first).toHaveTextContent('€150.00');
    expect(first).toHaveTextContent('40%');
    expect(first).toHaveTextContent('14 Aug 2026');
    expect(within(list).getByTestId('value-segment-csv')).toHaveAttribute('href', `${CUSTOMERS_URL}.csv?segment=AT_RISK`);

    const u = userEvent.setup();
    await u.click(within(within(list).getByTestId('value-segment-pages')).getByRole('button', { name: '3' }));
    await waitFor(() => expect(within(list).getAllByTestId('value-segment-row')).toHaveLength(20));
    expect(within(list).getByText('Kunde 101').closest('a')).toHaveAttribute('href', '/admin/customers/cust-101');

    await u.click(tabs.getByRole('tab', { name: 'Likely lost' }));
    expect((await within(list).findByText('Verloren 1')).closest('a')).toHaveAttribute('href', '/admin/customers/cust-1');
    expect(within(list).getByTestId('value-segment-csv')).toHaveAttribute('href', `${CUSTOMERS_URL}.csv?segment=LIKELY_LOST`);

    const asked = calls.filter((c) => c.url.startsWith(`${CUSTOMERS_URL}?`)).map((c) => Object.fromEntries(query(c.url)));
    expect(asked).toEqual([
      { segment: 'AT_RISK', limit: '50', offset: '0' },
      { segment: 'AT_RISK', limit: '50', offset: '100' },
      { segment: 'LIKELY_LOST', limit: '50', offset: '0' },
    ]);
  });

  it('exports a table as CSV, guarded against formulas', async () => {
    let blob: Blob | undefined;
    vi.stubGlobal(
      'URL',
      Object.assign(Object.create(URL), {
        createObjectURL: (b: Blob) => {
          blob = b;
          return 'blob:top';
        },
        revokeObjectURL: () => undefined,
      }),
    );
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    page();
    const top = await screen.findByTestId('value-top');
    expect(within(top).getByRole('link', { name: 'Anna Schmidt' })).toHaveAttribute('href', '/admin/customers/cust-1');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download “Top customers by lifetime value” as CSV' }));
    expect(names).toEqual([`value-top-${todayIn(SHOP.timeZone)}.csv`]);
    const text = new TextDecoder().decode(new Uint8Array(await blob!.arrayBuffer()).slice(3));
    expect(text).toBe(
      [
        'No.,Name,Lifetime value,P(alive),Segment',
        '10042,Anna Schmidt,1520.40,0.93,Active',
        '10043,"Müller, Jo",1210.00,0.41,At risk',
        `10044,"'=HYPERLINK(""x"")",990.10,,Likely lost`,
        '',
      ].join('\r\n'),
    );
  });

  it('shows LTV:CAC and payback per channel with a link to the acquisition page', async () => {
    const { calls } = page();
    const section = await screen.findByTestId('value-acquisition');
    expect(within(section).getByRole('link', { name: 'Marketing spend and the full table per channel' })).toHaveAttribute(
      'href',
      '/admin/acquisition',
    );
    const table = await within(section).findByTestId('value-acquisition-table');
    const rows = within(table).getAllByRole('row');
    // channels without any figure (no spend) are left out
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Social media');
    expect(rows[1]).toHaveTextContent('€30.00');
    expect(rows[1]).toHaveTextContent('4.2 : 1');
    expect(rows[1]).toHaveTextContent('3.5 months');
    expect(rows[2]).toHaveTextContent('Flyer am Markt');
    expect(rows[2]).toHaveTextContent('0.8 : 1');
    expect(rows[2]).toHaveTextContent('14 months');
    const today = todayIn(SHOP.timeZone);
    const ask = calls.find((c) => c.url.startsWith(`${ANALYTICS}/acquisition`))!;
    expect(query(ask.url).get('to')).toBe(today.slice(0, 7));
    expect(query(ask.url).get('from')).toMatch(/^\d{4}-\d{2}$/);
  });

  it('draws the retention cohorts as a heat map with the share written in each cell', async () => {
    page();
    const table = await screen.findByTestId('value-cohorts');
    const rows = within(table).getAllByTestId('value-cohort');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Sept 2026');
    const cells = rows[0].querySelectorAll('td[data-share]');
    expect([...cells].map((c) => c.textContent)).toEqual(['100%', '45%', '30%']);
    expect((cells[0] as HTMLElement).style.backgroundColor).toBe('rgb(56, 217, 169)');
    expect((cells[0] as HTMLElement).style.color).toBe('rgb(33, 37, 41)');
    // months not observed yet stay empty
    expect(rows[2].querySelectorAll('td[data-share]')).toHaveLength(1);
    expect(within(rows[2]).getAllByLabelText('not observed yet')).toHaveLength(2);
  });

  it('compares goodwill recipients with the other customers', async () => {
    page();
    const section = await screen.findByTestId('value-goodwill');
    const rows = within(section).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Customers12968');
    expect(rows[2]).toHaveTextContent('Goodwill spent€240.00–');
    expect(rows[3]).toHaveTextContent('Average lifetime value€310.00€122.00');
    expect(rows[4]).toHaveTextContent('Average revenue after the gesture€95.50–');
  });

  it('fits the model on a calibration period and checks it against the holdout', async () => {
    const { calls } = page();
    const section = await screen.findByRole('region', { name: 'Model quality (holdout test)' });
    const today = todayIn(SHOP.timeZone);
    expect(within(section).getByLabelText('Holdout end')).toHaveValue(today);
    expect(within(section).getByLabelText('Calibration end')).toHaveValue(shiftDate(today, -182));
    expect(calls.some((c) => c.url.startsWith(MODEL_URL))).toBe(false);

    const u = userEvent.setup();
    const calibration = within(section).getByLabelText('Calibration end');
    await u.clear(calibration);
    await u.type(calibration, '2026-06-01');
    await u.click(within(section).getByRole('button', { name: 'Fit and check' }));

    expect(await within(section).findByTestId('value-holdout-chart')).toBeInTheDocument();
    const ask = calls.find((c) => c.url.startsWith(MODEL_URL))!;
    expect(Object.fromEntries(query(ask.url))).toEqual({ calibrationEnd: '2026-06-01', holdoutEnd: today });
    expect(within(section).getByTestId('value-fit-result')).toHaveTextContent(
      'Fitted on the purchases until 1 Jun 2026: 900 customers, 410 of them with a repeat purchase.',
    );
    expect(within(section).getByTestId('value-holdout-summary')).toHaveTextContent(
      'In the 26 holdout weeks the model expected 26 repeat purchases; 23 happened.',
    );
    const params = within(section).getByTestId('value-fit-parameters');
    expect(params).toHaveTextContent('r0.243');
    expect(params).toHaveTextContent('α4.414');
    expect(params).toHaveTextContent('Convergedyes');
    expect(params).toHaveTextContent('q3.74');
    const frequency = within(within(section).getByTestId('value-holdout-frequency')).getAllByRole('row');
    expect(frequency.map((r) => r.textContent)).toEqual([
      'Repeat purchasesCustomersExpectedActual',
      '04900.210.18',
      '12000.620.7',
      '7+154.13.9',
    ]);
  });

  it('says why there is no model, and refuses a calibration end after the holdout end', async () => {
    const noModel: ModelFit = { ...FIT, bgnbd: null, gammaGamma: null, holdout: null, reason: 'Only 8 weeks of history.' };
    const { calls } = page({ model: () => reply(200, noModel) });
    const section = await screen.findByRole('region', { name: 'Model quality (holdout test)' });
    const u = userEvent.setup();
    const calibration = within(section).getByLabelText('Calibration end');
    await u.clear(calibration);
    await u.type(calibration, '2099-01-01');
    expect(within(section).getByText('The calibration end must be a date before the holdout end.')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Fit and check' })).toBeDisabled();
    await u.clear(calibration);
    await u.type(calibration, '2026-06-01');
    await u.click(within(section).getByRole('button', { name: 'Fit and check' }));
    expect(await within(section).findByTestId('value-fit-reason')).toHaveTextContent('Only 8 weeks of history.');
    expect(within(section).queryByTestId('value-holdout-chart')).not.toBeInTheDocument();
    expect(within(section).queryByTestId('value-fit-parameters')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.url.startsWith(MODEL_URL))).toHaveLength(1);
  });

  it('shows a refused fit as an error', async () => {
    page({ model: () => problem(422, { code: 'validation', title: 'Invalid', detail: 'The holdout must not end in the future.' }) });
    const section = await screen.findByRole('region', { name: 'Model quality (holdout test)' });
    await userEvent.setup().click(within(section).getByRole('button', { name: 'Fit and check' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('The holdout must not end in the future.');
  });
});
