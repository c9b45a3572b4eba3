import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ComplianceReport, ServiceReport, ServiceStandard } from '../../../api';
import { AppRoutes } from '../../../App';
import { field, json, mockFetch, noContent, problem, renderApp, user, type Reply } from '../../../test/render';
import { parseTarget, shiftDate, thresholdParts } from '../ServicePage';

const SHOP = '/api/v1/shops/shop-1';
const STANDARDS = `${SHOP}/service-standards`;
const query = (url: string) => new URL(url, 'http://localhost').searchParams;

const PHONE: ServiceStandard = {
  id: 'std-1',
  name: 'Telefon schnell',
  metric: 'FIRST_RESPONSE',
  channel: 'PHONE',
  thresholdMinutes: 2,
  targetPercent: '90',
};
const RESOLVE: ServiceStandard = {
  id: 'std-2',
  name: 'Reklamation in zwei Tagen',
  metric: 'RESOLUTION',
  thresholdMinutes: 2880,
  targetPercent: '80',
};
const HANDLE: ServiceStandard = { id: 'std-3', name: 'Kurz halten', metric: 'HANDLING', thresholdMinutes: 90, targetPercent: '75' };

const COMPLIANCE: ComplianceReport = {
  from: '2026-10-31',
  to: '2026-11-29',
  standards: [
    {
      standard: PHONE,
      overall: { measured: 30, within: 26, percent: '86.7' },
      met: false,
      byChannel: [{ channel: 'PHONE', share: { measured: 30, within: 26, percent: '86.7' } }],
      byAgent: [
        { agentId: 'user-2', agentName: 'Jonas Weber', share: { measured: 20, within: 19, percent: '95' } },
        { share: { measured: 10, within: 7, percent: '70' } },
      ],
    },
    {
      standard: RESOLVE,
      overall: { measured: 10, within: 9, percent: '90' },
      met: true,
      byChannel: [],
      byAgent: [],
    },
    { standard: HANDLE, overall: { measured: 0, within: 0 }, byChannel: [], byAgent: [] },
  ],
};

const REPORT: ServiceReport = {
  from: '2026-10-31',
  to: '2026-11-29',
  monthlyBudget: '300.00',
  months: [
    { month: '2026-10', opened: 4, closed: 3, satisfaction: '4.25', effort: '2.5', answers: 2, goodwill: '150.00' },
    { month: '2026-11', opened: 7, closed: 5, answers: 0, goodwill: '330.00' },
  ],
  verdicts: { DISSATISFIED: 1, SATISFIED: 2, HIGHLY_SATISFIED: 1 },
  byCategory: { PRODUCT_QUALITY: 6, DELIVERY: 2, BILLING: 0 },
  byCustomerType: { GRUMBLER: 3, NONE: 1 },
  handoffs: { cases: 8, total: 6, perCase: '0.75', none: 4, once: 2, twiceOrMore: 2 },
};

type StandardsReply = Reply<'GET /api/v1/shops/shop-1/service-standards'>;

type AddReply = Reply<'POST /api/v1/shops/shop-1/service-standards'>;

function page(opts: { list?: () => StandardsReply; add?: () => AddReply; language?: 'en' | 'de' } = {}) {
  const list: () => StandardsReply = opts.list ?? (() => json(200, { items: [PHONE, RESOLVE] }));
  const add: () => AddReply = opts.add ?? (() => json(201, HANDLE));
  const language = opts.language ?? 'en';
  const mock = mockFetch({
    'GET /api/v1/shops/shop-1/service-standards': list,
    'POST /api/v1/shops/shop-1/service-standards': add,
    'DELETE /api/v1/shops/shop-1/service-standards/std-1': () => noContent(),
    'GET /api/v1/shops/shop-1/service-standards/report': () => json(200, COMPLIANCE),
    'GET /api/v1/shops/shop-1/service-report': () => json(200, REPORT),
  });
  renderApp(<AppRoutes />, { fetch: mock.fetch, session: { authenticated: true, user: user() }, path: '/admin/service', language });
  return mock;
}

describe('helpers', () => {
  it('shift dates, pick the unit and read a target', () => {
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDate('2026-11-29', -29)).toBe('2026-10-31');
    expect(thresholdParts(2)).toEqual({ unit: 'MINUTES', count: 2 });
    expect(thresholdParts(120)).toEqual({ unit: 'HOURS', count: 2 });
    expect(thresholdParts(2880)).toEqual({ unit: 'DAYS', count: 2 });
    expect(parseTarget('90')).toBe('90');
    expect(parseTarget('99,9')).toBe('99.9');
    expect(parseTarget('100')).toBeUndefined();
    expect(parseTarget('0.5')).toBeUndefined();
  });
});

describe('the service quality page', () => {
  it('is in the owner’s navigation right after goodwill', async () => {
    page();
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    const labels = within(nav)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(labels.indexOf('Service quality')).toBe(labels.indexOf('Goodwill') + 1);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Service quality');
    await waitFor(() => expect(document.title).toBe('Service quality · Stammkunde'));
  });

  it('lists the standards in words', async () => {
    page();
    const rows = await screen.findAllByTestId('standard');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Telefon schnell');
    expect(rows[0]).toHaveTextContent('First response within 2 minutes, Phone, target 90%');
    expect(rows[1]).toHaveTextContent('Resolution of complaints within 2 days, all channels, target 80%');
  });

  it('adds a standard with the threshold converted to minutes', async () => {
    const { calls } = page();
    await screen.findAllByTestId('standard');
    const u = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Add a standard' });
    await u.type(within(form).getByLabelText(/^Name/), 'Lösung zügig');
    await u.selectOptions(within(form).getByLabelText('What is measured'), 'RESOLUTION');
    await u.selectOptions(within(form).getByLabelText('Channel'), 'EMAIL');
    await u.type(within(form).getByLabelText(/^Within/), '4');
    await u.selectOptions(within(form).getByLabelText('Unit'), 'HOURS');
    const target = within(form).getByLabelText(/^Target share/);
    await u.clear(target);
    await u.type(target, '95,5');
    await u.click(within(form).getByRole('button', { name: 'Add standard' }));
    expect(await screen.findByTestId('standard-added')).toHaveTextContent('Standard added.');
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe(STANDARDS);
    expect(post?.body).toEqual({ name: 'Lösung zügig', metric: 'RESOLUTION', channel: 'EMAIL', thresholdMinutes: 240, targetPercent: '95.5' });
    // the list and the compliance report follow
    await waitFor(() => expect(calls.filter((c) => c.method === 'GET' && c.url === STANDARDS)).toHaveLength(2));
    await waitFor(() => expect(calls.filter((c) => c.url.startsWith(`${STANDARDS}/report`))).toHaveLength(2));
  });

  it('sends no channel for all channels and checks the fields first', async () => {
    const { calls } = page();
    await screen.findAllByTestId('standard');
    const u = userEvent.setup();
    await u.type(field('Within'), '61');
    await u.selectOptions(screen.getByLabelText('Unit'), 'DAYS');
    await u.click(screen.getByRole('button', { name: 'Add standard' }));
    expect(screen.getByText('Enter a whole number: at most 60 days (86,400 minutes).')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    await u.type(field('Name'), 'Alles');
    await u.clear(field('Within'));
    await u.type(field('Within'), '1');
    await u.click(screen.getByRole('button', { name: 'Add standard' }));
    await screen.findByTestId('standard-added');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Alles',
      metric: 'FIRST_RESPONSE',
      thresholdMinutes: 1440,
      targetPercent: '90',
    });
  });

  it('shows a 422 at its field', async () => {
    page({
      add: () =>
        problem(422, {
          code: 'standard-threshold',
          title: 'Invalid threshold',
          errors: [{ field: 'thresholdMinutes', message: 'The threshold must be 1 to 86,400 minutes.' }],
        }),
    });
    await screen.findAllByTestId('standard');
    const u = userEvent.setup();
    await u.type(field('Name'), 'X');
    await u.type(field('Within'), '5');
    await u.click(screen.getByRole('button', { name: 'Add standard' }));
    await waitFor(() => expect(field('Within')).toHaveAccessibleDescription('The threshold must be 1 to 86,400 minutes.'));
    const input = field('Within');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('standard-added')).not.toBeInTheDocument();
  });

  it('removes a standard by its named button', async () => {
    let items = [PHONE, RESOLVE];
    const { calls } = page({ list: () => json(200, { items }) });
    await screen.findAllByTestId('standard');
    items = [RESOLVE];
    await userEvent.setup().click(screen.getByRole('button', { name: 'Remove standard Telefon schnell' }));
    await waitFor(() => expect(screen.getAllByTestId('standard')).toHaveLength(1));
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual([`${STANDARDS}/std-1`]);
  });

  it('reports compliance in words and bars for the last 30 days', async () => {
    const { calls } = page();
    const cards = await screen.findAllByTestId('compliance');
    expect(cards).toHaveLength(3);
    expect(within(cards[0]).getByTestId('compliance-status')).toHaveTextContent('86.7% within – target 90% – missed');
    expect(within(cards[1]).getByTestId('compliance-status')).toHaveTextContent('90% within – target 80% – met');
    expect(within(cards[2]).getByTestId('compliance-status')).toHaveTextContent('nothing measured');
    expect(within(cards[0]).getByRole('progressbar', { name: 'Telefon schnell: 86.7% within (26 of 30)' })).toHaveAttribute(
      'aria-valuenow',
      '86.7',
    );
    const rows = within(cards[0]).getAllByTestId('share-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Phone86.7% (26 of 30)',
      'Jonas Weber95% (19 of 20)',
      'Nobody assigned70% (7 of 10)',
    ]);
    const report = calls.find((c) => c.url.startsWith(`${STANDARDS}/report`))!;
    const q = query(report.url);
    expect(shiftDate(q.get('to')!, -29)).toBe(q.get('from'));
    expect(q.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('asks both reports again for a chosen period', async () => {
    const { calls } = page();
    await screen.findAllByTestId('compliance');
    fireEvent.change(field('From'), { target: { value: '2026-01-01' } });
    fireEvent.change(field('To'), { target: { value: '2026-03-31' } });
    await waitFor(() => {
      const last = calls.filter((c) => c.url.includes('/service-report')).at(-1)!;
      expect(query(last.url).get('from')).toBe('2026-01-01');
      expect(query(last.url).get('to')).toBe('2026-03-31');
    });
    const lastCompliance = calls.filter((c) => c.url.startsWith(`${STANDARDS}/report`)).at(-1)!;
    expect(query(lastCompliance.url).get('from')).toBe('2026-01-01');
    fireEvent.change(field('From'), { target: { value: '2026-05-01' } });
    expect(screen.getByText('Choose a start on or before the end.')).toBeInTheDocument();
    expect(screen.queryByTestId('compliance')).not.toBeInTheDocument();
  });

  it('shows the service report’s numbers', async () => {
    page();
    const months = await screen.findAllByTestId('report-month');
    expect(months).toHaveLength(2);
    expect(months[0]).toHaveTextContent('October 2026');
    expect(months[0]).toHaveTextContent('Complaints opened4');
    expect(months[0]).toHaveTextContent('Complaints closed3');
    expect(months[0]).toHaveTextContent('Satisfaction (CSAT)4.3 of 5');
    expect(months[0]).toHaveTextContent('Customer effort2.5 of 7');
    expect(months[0]).toHaveTextContent('Survey answers2');
    expect(within(months[0]).getByTestId('month-goodwill')).toHaveTextContent('Goodwill €150.00 of €300.00 budget (50%)');
    expect(within(months[1]).getByTestId('month-goodwill')).toHaveTextContent('Goodwill €330.00 of €300.00 budget (110%) – over budget');
    expect(months[1]).toHaveTextContent('Satisfaction (CSAT)–');
    expect(within(months[1]).getByRole('progressbar', { name: 'Goodwill against the budget in November 2026' })).toHaveAttribute(
      'aria-valuenow',
      '100',
    );
    const verdicts = within(screen.getByTestId('verdicts')).getAllByTestId('count-row');
    expect(verdicts.map((r) => r.textContent)).toEqual(['Dissatisfied1 (25%)', 'Satisfied2 (50%)', 'Highly satisfied1 (25%)']);
    expect(screen.getByRole('progressbar', { name: 'Satisfied: 2 (50%)' })).toHaveAttribute('aria-valuenow', '50');
    const categories = within(screen.getByTestId('by-category')).getAllByTestId('count-row');
    expect(categories.map((r) => r.textContent)).toEqual(['Product quality6 (75%)', 'Delivery2 (25%)', 'Billing0 (0%)']);
    const types = within(screen.getByTestId('by-customer-type')).getAllByTestId('count-row');
    expect(types.map((r) => r.textContent)).toEqual(['Grumbler3 (75%)', 'No type noted1 (25%)']);
    const handoffs = screen.getByTestId('handoffs');
    expect(handoffs).toHaveTextContent('Cases8');
    expect(handoffs).toHaveTextContent('Hand-offs6');
    expect(handoffs).toHaveTextContent('Average per case0.75');
    expect(within(handoffs).getAllByTestId('count-row').map((r) => r.textContent)).toEqual([
      'Never handed on4 (50%)',
      'Handed on once2 (25%)',
      'Handed on twice or more2 (25%)',
    ]);
  });

  it('speaks German', async () => {
    page({ language: 'de' });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Servicequalität');
    const rows = await screen.findAllByTestId('standard');
    expect(rows[0]).toHaveTextContent('Erste Antwort innerhalb von 2 Minuten, Telefon, Ziel 90 %');
    const cards = await screen.findAllByTestId('compliance');
    expect(within(cards[0]).getByTestId('compliance-status')).toHaveTextContent('86,7 % rechtzeitig – Ziel 90 % – verfehlt');
    expect(within(cards[1]).getByTestId('compliance-status')).toHaveTextContent('erfüllt');
    expect(within(cards[2]).getByTestId('compliance-status')).toHaveTextContent('nichts gemessen');
    expect(screen.getByRole('button', { name: 'Standard hinzufügen' })).toBeInTheDocument();
    expect(field('Von')).toBeInTheDocument();
    const months = await screen.findAllByTestId('report-month');
    expect(months[0]).toHaveTextContent('Oktober 2026');
    expect(months[0]).toHaveTextContent('Reklamationen eröffnet4');
  });
});
