import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AcquisitionReport, ShopChannel, SpendCell, SpendInput, ValueSettings } from '../../../api';
import { AppRoutes } from '../../../App';
import { todayIn } from '../../../format';
import { field, json, mockFetch, problem, renderApp, user, type RecordedCall, type Reply } from '../../../test/render';
import { addMonths, formatMonth } from '../months';

const SHOP = '/api/v1/shops/shop-1';
const CHANNELS_URL = `${SHOP}/acquisition-channels`;
const SPEND = `${SHOP}/marketing-spend`;
const REPORT = `${SHOP}/analytics/acquisition`;
const SETTINGS = `${SHOP}/analytics/settings`;
const NOW = todayIn('Europe/Berlin').slice(0, 7);
const PREV = addMonths(NOW, -1);

const CHANNELS: ShopChannel[] = [
  { code: 'IN_STORE', name: null, builtIn: true, customers: 120 },
  { code: 'SOCIAL_MEDIA', name: null, builtIn: true, customers: 30 },
  { code: 'WEBSITE', name: 'Onlineshop', builtIn: true, customers: 12 },
  { code: 'FLYER_AM_MARKT', name: 'Flyer am Markt', builtIn: false, customers: 4 },
];
const CELLS: SpendCell[] = [
  { channel: 'IN_STORE', month: PREV, amount: '100.00' },
  { channel: 'SOCIAL_MEDIA', month: NOW, amount: '250.00' },
];
const REPORT_BODY: AcquisitionReport = {
  from: addMonths(NOW, -11),
  to: NOW,
  currency: 'EUR',
  channels: [
    { channel: 'IN_STORE', name: null, builtIn: true, spend: '100.00', acquired: 10, cac: '10.00', averageClv: '45.00', ltvToCac: '4.50', paybackMonths: '3.5' },
    { channel: 'SOCIAL_MEDIA', name: null, builtIn: true, spend: '250.00', acquired: 0, cac: null, averageClv: null, ltvToCac: null, paybackMonths: null },
    { channel: 'FLYER_AM_MARKT', name: 'Flyer am Markt', builtIn: false, spend: '50.00', acquired: 5, cac: '10.00', averageClv: '8.00', ltvToCac: '0.80', paybackMonths: null },
    { channel: 'WEBSITE', name: 'Onlineshop', builtIn: true, spend: '0.00', acquired: 2, cac: '0.00', averageClv: null, ltvToCac: null, paybackMonths: '0.0' },
  ],
  spend: '400.00',
  acquired: 17,
  blendedCac: '23.53',
  averageClv: '30.00',
  ltvToCac: '1.27',
};
const SETTINGS_BODY: ValueSettings = { grossMarginPercent: 30, annualDiscountRatePercent: 10, horizonMonths: 36 };

const PUT_SPEND = `PUT ${SPEND}` as const;
const POST_CHANNEL = `POST ${CHANNELS_URL}` as const;
const IMPORT_SPEND = `POST ${SHOP}/imports/marketing-spend` as const;
const PUT_SETTINGS = `PUT ${SETTINGS}` as const;

interface Options {
  putSpend?: (call: RecordedCall) => Reply<typeof PUT_SPEND>;
  addChannel?: () => Reply<typeof POST_CHANNEL>;
  importSpend?: () => Reply<typeof IMPORT_SPEND>;
  putSettings?: (call: RecordedCall) => Reply<typeof PUT_SETTINGS>;
}

function backend(o: Options = {}) {
  let channels = [...CHANNELS];
  let cells = [...CELLS];
  return mockFetch({
    [`GET ${CHANNELS_URL}`]: () => json(200, { items: channels }),
    [POST_CHANNEL]: (call) => {
      if (o.addChannel) return o.addChannel();
      const added = { code: 'PLAKAT', name: (call.body as { name: string }).name, builtIn: false, customers: 0 };
      channels = [...channels, added];
      return json(201, added);
    },
    [`PUT ${CHANNELS_URL}/SOCIAL_MEDIA`]: (call) => {
      const name = (call.body as { name: string }).name || null;
      channels = channels.map((c) => (c.code === 'SOCIAL_MEDIA' ? { ...c, name } : c));
      return json(200, channels[1]);
    },
    [`GET ${SPEND}`]: (call) => {
      const q = new URL(call.url, 'http://x').searchParams;
      return json(200, { currency: 'EUR', from: q.get('from')!, to: q.get('to')!, cells });
    },
    [PUT_SPEND]: (call) => {
      if (o.putSpend) return o.putSpend(call);
      const sent = (call.body as SpendInput).cells;
      for (const s of sent) {
        cells = cells.filter((c) => c.channel !== s.channel || c.month !== s.month);
        if (Number(s.amount) !== 0) cells.push({ ...s, amount: Number(s.amount).toFixed(2) });
      }
      return json(200, { cells: sent.length });
    },
    [IMPORT_SPEND]: () => (o.importSpend ? o.importSpend() : json(200, { cells: 3 })),
    [`GET ${REPORT}`]: () => json(200, REPORT_BODY),
    [`GET ${SETTINGS}`]: () => json(200, SETTINGS_BODY),
    [PUT_SETTINGS]: (call) => {
      if (o.putSettings) return o.putSettings(call);
      const b = call.body as { grossMarginPercent: string; annualDiscountRatePercent: string; horizonMonths: number };
      return json(200, { grossMarginPercent: Number(b.grossMarginPercent), annualDiscountRatePercent: Number(b.annualDiscountRatePercent), horizonMonths: b.horizonMonths });
    },
  });
}

function open(fetch: typeof globalThis.fetch, language: 'de' | 'en' = 'en') {
  renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/acquisition', language });
}

const cell = (channel: string, month: string, language = 'en') =>
  language === 'de'
    ? screen.getByLabelText(`Ausgaben für ${channel} im ${formatMonth(month, 'de', true)}`)
    : screen.getByLabelText(`Spend for ${channel} in ${formatMonth(month, 'en', true)}`);

describe('acquisition channels', () => {
  it('are listed with their labels and customers, in the owner’s navigation', async () => {
    const { fetch } = backend();
    open(fetch);
    expect(await screen.findByRole('heading', { level: 1, name: 'Acquisition & marketing spend' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Acquisition & spend' })).toHaveAttribute('href', '/admin/acquisition');
    const rows = await screen.findAllByTestId('channel-row');
    expect(rows.map((r) => within(r).getByTestId('channel-label').textContent)).toEqual([
      'In store',
      'Social media',
      'Onlineshop',
      'Flyer am Markt',
    ]);
    expect(rows[2]).toHaveTextContent('(default: Website)');
    expect(within(rows[0]).getByTestId('channel-customers')).toHaveTextContent('120');
    expect(rows[3]).toHaveTextContent('own');
  });

  it('renames a channel inline', async () => {
    const { fetch, calls } = backend();
    open(fetch);
    const u = userEvent.setup();
    await screen.findAllByTestId('channel-row');
    await u.click(screen.getByRole('button', { name: 'Rename Social media' }));
    const input = field('New name for Social media');
    expect(input).toHaveAccessibleDescription('Leave empty to use the default label “Social media”.');
    await u.type(input, 'Instagram');
    await u.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getAllByTestId('channel-label').map((l) => l.textContent)).toContain('Instagram'),
    );
    expect(calls.filter((c) => c.method === 'PUT').map((c) => [c.url, c.body])).toEqual([
      [`${CHANNELS_URL}/SOCIAL_MEDIA`, { name: 'Instagram' }],
    ]);
    // the grid names the channel the new way
    expect(cell('Instagram', NOW)).toBeInTheDocument();
  });

  it('adds a channel of the shop’s own, and says when the name is taken', async () => {
    let taken = true;
    const { fetch } = backend({
      addChannel: () => {
        if (!taken) return json(201, { code: 'PLAKAT', name: 'Plakat', builtIn: false, customers: 0 });
        taken = false;
        return problem(409, {
          code: 'channel-name-taken',
          title: 'Name taken',
          detail: 'There is already a channel named Flyer am Markt',
          errors: [{ field: 'name', message: 'There is already a channel named Flyer am Markt' }],
        });
      },
    });
    open(fetch);
    const u = userEvent.setup();
    await screen.findAllByTestId('channel-row');
    await u.type(field('Name'), 'Flyer am Markt');
    await u.click(screen.getByRole('button', { name: 'Add channel' }));
    await waitFor(() => expect(field('Name')).toHaveAccessibleDescription('There is already a channel named Flyer am Markt'));
    await u.clear(field('Name'));
    await u.type(field('Name'), 'Plakat');
    await u.click(screen.getByRole('button', { name: 'Add channel' }));
    expect(await screen.findByTestId('channel-added')).toHaveTextContent('Channel “Plakat” added (code PLAKAT).');
  });
});

describe('the spend grid', () => {
  it('shows the spend with totals, and saves only the changed cells', async () => {
    const { fetch, calls } = backend();
    open(fetch);
    const u = userEvent.setup();
    await screen.findByTestId('spend-grid');
    const spendCall = calls.find((c) => c.url.startsWith(SPEND))!;
    expect(new URL(spendCall.url, 'http://x').searchParams.get('from')).toBe(addMonths(NOW, -11));
    expect(new URL(spendCall.url, 'http://x').searchParams.get('to')).toBe(NOW);
    expect(screen.getAllByTestId('spend-row')).toHaveLength(4);
    expect(cell('In store', PREV)).toHaveValue('100.00');
    expect(cell('Social media', NOW)).toHaveValue('250.00');
    expect(cell('Flyer am Markt', NOW)).toHaveValue('');
    expect(screen.getByTestId('grand-total')).toHaveTextContent('€350.00');
    expect(screen.getByTestId('spend-save')).toBeDisabled();

    await u.type(cell('In store', NOW), '50');
    await u.clear(cell('Social media', NOW));
    await u.type(cell('Flyer am Markt', PREV), '1,234.5');
    // typed back to what it was: no change
    await u.clear(cell('In store', PREV));
    await u.type(cell('In store', PREV), '100');
    const monthTotals = screen.getAllByTestId('month-total');
    expect(monthTotals.at(-1)).toHaveTextContent('€50.00');
    expect(monthTotals.at(-2)).toHaveTextContent('€1,334.50');
    expect(screen.getAllByTestId('row-total')[0]).toHaveTextContent('€150.00');
    expect(screen.getByTestId('grand-total')).toHaveTextContent('€1,384.50');
    expect(screen.getByTestId('spend-changes')).toHaveTextContent('3 changed cells');

    await u.click(screen.getByTestId('spend-save'));
    expect(await screen.findByTestId('spend-saved')).toHaveTextContent('3 cells saved.');
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([
      {
        cells: [
          { channel: 'IN_STORE', month: NOW, amount: '50' },
          { channel: 'SOCIAL_MEDIA', month: NOW, amount: '0' },
          { channel: 'FLYER_AM_MARKT', month: PREV, amount: '1234.5' },
        ],
      },
    ]);
    // reloaded: the grid holds what was saved, the report is asked again
    await waitFor(() => expect(cell('Flyer am Markt', PREV)).toHaveValue('1234.50'));
    expect(cell('Social media', NOW)).toHaveValue('');
    expect(screen.getByTestId('spend-changes')).toHaveTextContent('0 changed cells');
    await waitFor(() => expect(calls.filter((c) => c.url.startsWith(REPORT))).toHaveLength(2));
  });

  it('shows the server’s refusal of a cell next to it', async () => {
    const { fetch } = backend({
      putSpend: () =>
        problem(422, {
          code: 'spend-amount-invalid',
          title: 'Invalid amount',
          detail: '20000000 is not an amount like 250.00',
          errors: [{ field: 'cells[1].amount', message: '20000000 is not an amount like 250.00' }],
        }),
    });
    open(fetch);
    const u = userEvent.setup();
    await screen.findByTestId('spend-grid');
    await u.type(cell('Flyer am Markt', NOW), '5');
    await u.type(cell('Onlineshop', PREV), '20000000');
    await u.type(cell('In store', NOW), 'abc');
    expect(cell('In store', NOW)).toHaveAccessibleDescription('Not an amount');
    expect(screen.getByTestId('spend-save')).toBeDisabled();
    await u.clear(cell('In store', NOW));
    await u.click(screen.getByTestId('spend-save'));
    await waitFor(() => expect(cell('Onlineshop', PREV)).toHaveAccessibleDescription('20000000 is not an amount like 250.00'));
    expect(cell('Flyer am Markt', NOW)).not.toHaveAccessibleDescription();
    // the message is at the cell, not repeated above the grid
    expect(screen.getByTestId('form-error')).not.toHaveTextContent('20000000');
    expect(cell('Onlineshop', PREV)).toHaveValue('20000000');
  });

  it('imports spend from a CSV file and names the lines it refuses', async () => {
    let refuse = true;
    const { fetch, calls } = backend({
      importSpend: () => {
        if (!refuse) return json(200, { cells: 3 });
        refuse = false;
        return problem(422, {
          code: 'unknown-channel',
          title: 'Unknown channel',
          detail: 'There is no channel TIKTOK',
          errors: [{ field: 'line 4: channel', message: 'There is no channel TIKTOK' }],
        });
      },
    });
    open(fetch);
    const u = userEvent.setup();
    await screen.findByTestId('spend-grid');
    const file = new File(['channel,month,amount\nIN_STORE,2026-01,10\n'], 'spend.csv', { type: 'text/csv' });
    await u.upload(screen.getByTestId('spend-file'), file);
    const error = await screen.findByTestId('spend-import-error');
    expect(error).toHaveTextContent('The file was not imported');
    expect(error).toHaveTextContent('Line 4 (channel): There is no channel TIKTOK');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url).toBe(`${SHOP}/imports/marketing-spend`);
    expect(post.headers['content-type']).toBe('text/csv');
    expect(post.body).toBe(file);

    await u.upload(screen.getByTestId('spend-file'), file);
    expect(await screen.findByTestId('spend-imported')).toHaveTextContent('3 cells imported.');
    expect(screen.queryByTestId('spend-import-error')).not.toBeInTheDocument();
  });

  it('speaks German', async () => {
    const { fetch } = backend();
    open(fetch, 'de');
    expect(await screen.findByRole('heading', { level: 1, name: 'Akquise & Marketingausgaben' })).toBeInTheDocument();
    await screen.findByTestId('spend-grid');
    expect(cell('Im Laden', PREV, 'de')).toHaveValue('100,00');
    expect(screen.getByTestId('grand-total')).toHaveTextContent('350,00 €');
  });
});

describe('the CAC table', () => {
  it('shows CAC, lifetime value and LTV:CAC in words, a dash with the reason where a figure is missing', async () => {
    const { fetch } = backend();
    open(fetch);
    const rows = await screen.findAllByTestId('acquisition-row');
    expect(rows[0]).toHaveTextContent('In store€100.0010€10.00€45.004.5good3.5 months');
    expect(within(rows[0]).getByTestId('ltv-rating')).toHaveTextContent('good');
    expect(within(rows[1]).getByTestId('cac')).toHaveTextContent('–');
    expect(within(within(rows[1]).getByTestId('cac')).getByTestId('missing')).toHaveAttribute('data-reason', 'noCustomers');
    expect(within(rows[1]).getByTestId('cac')).toHaveTextContent(
      'No customers acquired through this channel in the period',
    );
    expect(within(within(rows[1]).getByTestId('average-clv')).getByTestId('missing')).toHaveAttribute('data-reason', 'noValues');
    expect(rows[2]).toHaveTextContent('Flyer am Markt');
    expect(within(rows[2]).getByTestId('ltv-rating')).toHaveTextContent('loss');
    expect(within(within(rows[2]).getByTestId('payback')).getByTestId('missing')).toHaveAttribute('data-reason', 'noPurchases');
    expect(rows[3]).toHaveTextContent('Onlineshop');
    expect(within(within(rows[3]).getByTestId('ltv-to-cac')).getByTestId('missing')).toHaveAttribute('data-reason', 'noValues');
    const total = screen.getByTestId('acquisition-total');
    expect(total).toHaveTextContent('All channels€400.0017€23.53€30.001.27ok');
  });

  it('exports the table as CSV with comma and decimal points', async () => {
    const { fetch } = backend();
    open(fetch);
    const link = await screen.findByTestId('acquisition-csv');
    expect(link).toHaveAttribute('download', `acquisition-${addMonths(NOW, -11)}_${NOW}.csv`);
    const href = link.getAttribute('href')!;
    expect(href.startsWith('data:text/csv;charset=utf-8,%EF%BB%BF')).toBe(true);
    const text = decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, ''));
    expect(text.split('\r\n')).toEqual([
      '\uFEFFchannel,name,currency,spend,acquired,cac,average_clv,ltv_to_cac,payback_months',
      'IN_STORE,In store,EUR,100.00,10,10.00,45.00,4.50,3.5',
      'SOCIAL_MEDIA,Social media,EUR,250.00,0,,,,',
      'FLYER_AM_MARKT,Flyer am Markt,EUR,50.00,5,10.00,8.00,0.80,',
      'WEBSITE,Onlineshop,EUR,0.00,2,0.00,,,0.0',
      'TOTAL,All channels,EUR,400.00,17,23.53,30.00,1.27,',
      '',
    ]);
  });
});

describe('the value settings', () => {
  it('are saved as decimal strings, and a refused value shows at its field', async () => {
    let refuse = true;
    const { fetch, calls } = backend({
      putSettings: (call) => {
        if (refuse) {
          refuse = false;
          return problem(422, {
            code: 'value-settings-invalid',
            title: 'Invalid settings',
            detail: 'The horizon is between 1 and 120 months',
            errors: [{ field: 'horizonMonths', message: 'The horizon is between 1 and 120 months' }],
          });
        }
        const b = call.body as { grossMarginPercent: string; annualDiscountRatePercent: string; horizonMonths: number };
        return json(200, { grossMarginPercent: Number(b.grossMarginPercent), annualDiscountRatePercent: Number(b.annualDiscountRatePercent), horizonMonths: b.horizonMonths });
      },
    });
    open(fetch, 'de');
    const u = userEvent.setup();
    const margin = await screen.findByLabelText(/^Rohertragsmarge/);
    expect(margin).toHaveValue('30');
    await u.clear(margin);
    await u.type(margin, '42,5');
    await u.clear(field('Jährlicher Abzinsungssatz'));
    await u.type(field('Jährlicher Abzinsungssatz'), '0');
    await u.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));
    await waitFor(() => expect(field('Zeithorizont (Monate)')).toHaveAccessibleDescription(/The horizon is between 1 and 120 months/));
    await u.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));
    expect(await screen.findByTestId('settings-saved')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PUT' && c.url === SETTINGS).map((c) => c.body)).toEqual([
      { grossMarginPercent: '42.5', annualDiscountRatePercent: '0', horizonMonths: 36 },
      { grossMarginPercent: '42.5', annualDiscountRatePercent: '0', horizonMonths: 36 },
    ]);
  });

  it('checks the values before sending them', async () => {
    const { fetch, calls } = backend();
    open(fetch);
    const u = userEvent.setup();
    const horizon = await screen.findByLabelText(/^Horizon \(months\)/);
    await u.clear(horizon);
    await u.type(horizon, '121');
    await u.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('A whole number of months from 1 to 120.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });
});
