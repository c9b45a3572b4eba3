import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BusinessHours, BusinessHoursInput, Role } from '../../../api';
import { AppRoutes } from '../../../App';
import { programme } from '../../../test/fixtures';
import { json, mockFetch, problem, renderApp, user, type Reply } from '../../../test/render';

const HOURS_PATH = '/api/v1/shops/shop-1/business-hours';
const PUT = `PUT ${HOURS_PATH}` as const;

/** The defaults: Monday–Friday 09:00–18:00, Saturday 09:00–14:00; closed now (a Sunday), opening on Monday. */
const DEFAULT: BusinessHours = {
  days: [
    ...(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const).map((day) => ({ day, opens: '09:00', closes: '18:00' })),
    { day: 'SATURDAY', opens: '09:00', closes: '14:00' },
  ],
  timeZone: 'Europe/Berlin',
  openNow: false,
  nextOpening: '2026-11-30T08:00:00Z',
};

function backend(put?: (body: BusinessHoursInput) => Reply<typeof PUT>) {
  return mockFetch({
    'GET /api/v1/shops/shop-1/programme': () => json(200, programme()),
    [`GET ${HOURS_PATH}`]: () => json(200, DEFAULT),
    [PUT]: (call) => {
      const body = call.body as BusinessHoursInput;
      return put ? put(body) : json(200, { ...DEFAULT, days: body.days, openNow: true, nextOpening: null });
    },
    'GET /api/v1/shops/shop-1/mail-status': () => problem(403, { code: 'forbidden' }),
  });
}

function open(fetch: typeof globalThis.fetch, role: Role = 'OWNER', language: 'de' | 'en' = 'en') {
  renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user(role) }, path: '/admin/programme', language });
}

const day = (name: string) => screen.getByRole('group', { name });

describe('business hours (programme page)', () => {
  it('shows when the shop opens next, in the shop’s zone', async () => {
    const { fetch } = backend();
    open(fetch, 'OWNER', 'de');
    const now = await screen.findByTestId('hours-now');
    expect(now).toHaveTextContent('Jetzt geschlossen');
    expect(within(now).getByTestId('hours-next')).toHaveTextContent('Öffnet wieder am 30.11.2026, 09:00');
    expect(now).toHaveTextContent('Zeiten in Europe/Berlin');
  });

  it('lets the owner close a day and open another, and sends the open days', async () => {
    const { fetch, calls } = backend();
    open(fetch);
    const u = userEvent.setup();
    await screen.findByTestId('hours-form');
    expect(within(day('Monday')).getByLabelText('Opens')).toHaveValue('09:00');
    expect(within(day('Sunday')).getByLabelText('Closed')).toBeChecked();
    expect(within(day('Sunday')).queryByLabelText('Opens')).not.toBeInTheDocument();

    await u.click(within(day('Saturday')).getByLabelText('Closed'));
    await u.click(within(day('Sunday')).getByLabelText('Closed'));
    const opens = within(day('Sunday')).getByLabelText('Opens');
    const closes = within(day('Sunday')).getByLabelText('Closes');
    await u.clear(opens);
    await u.type(opens, '10:00');
    await u.clear(closes);
    await u.type(closes, '09:30');
    await u.click(screen.getByRole('button', { name: 'Save business hours' }));
    expect(closes).toHaveAccessibleDescription('Closing must be after opening, on the same day.');
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    await u.clear(closes);
    await u.type(closes, '12:30');
    await u.click(screen.getByRole('button', { name: 'Save business hours' }));
    expect(await screen.findByTestId('hours-saved')).toHaveTextContent('The business hours were saved.');
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({
      days: [
        { day: 'MONDAY', opens: '09:00', closes: '18:00' },
        { day: 'TUESDAY', opens: '09:00', closes: '18:00' },
        { day: 'WEDNESDAY', opens: '09:00', closes: '18:00' },
        { day: 'THURSDAY', opens: '09:00', closes: '18:00' },
        { day: 'FRIDAY', opens: '09:00', closes: '18:00' },
        { day: 'SUNDAY', opens: '10:00', closes: '12:30' },
      ],
    });
    expect(screen.getByTestId('hours-now')).toHaveTextContent('Open now');
    expect(within(day('Saturday')).getByLabelText('Closed')).toBeChecked();
  });

  it('shows the server’s field error at the weekday it names (days[i] of the open days sent)', async () => {
    const { fetch } = backend(() =>
      problem(422, {
        code: 'business-hours-order',
        title: 'Closing before opening',
        errors: [{ field: 'days[5].closes', message: 'Closes after it opens' }],
      }),
    );
    open(fetch);
    const u = userEvent.setup();
    await screen.findByTestId('hours-form');
    await u.click(screen.getByRole('button', { name: 'Save business hours' }));
    await waitFor(() => expect(within(day('Saturday')).getByLabelText('Closes')).toHaveAccessibleDescription('Closes after it opens'));
  });

  it('shows the hours read-only to agents', async () => {
    const { fetch } = backend();
    open(fetch, 'AGENT');
    const list = await screen.findByTestId('hours-list');
    expect(screen.queryByTestId('hours-form')).not.toBeInTheDocument();
    expect(screen.getByTestId('hours-read-only')).toHaveTextContent('Only the owner can change the business hours.');
    const days = within(list).getAllByTestId('hours-day');
    expect(days[0]).toHaveTextContent('Monday09:00–18:00');
    expect(days[5]).toHaveTextContent('Saturday09:00–14:00');
    expect(days[6]).toHaveTextContent('SundayClosed');
  });
});
