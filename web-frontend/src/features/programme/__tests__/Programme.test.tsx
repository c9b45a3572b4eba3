import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BusinessHours, Programme, Role } from '../../../api';
import { AppRoutes } from '../../../App';
import { programme as programmeOf } from '../../../test/fixtures';
import { field, json, mockFetch, problem, renderApp, user, type RecordedCall, type Reply } from '../../../test/render';

const PROGRAMME = '/api/v1/shops/shop-1/programme';
const HOURS: BusinessHours = { days: [], timeZone: 'Europe/Berlin', openNow: false };

function backend(put?: (body: Partial<Programme>) => Reply<`PUT ${typeof PROGRAMME}`>) {
  let programme = programmeOf({ returnWindowDays: 14 });
  return mockFetch({
    'GET /api/v1/shops/shop-1/business-hours': () => json(200, HOURS),
    [`GET ${PROGRAMME}`]: () => json(200, programme),
    [`PUT ${PROGRAMME}`]: (call) => {
      // the settings the page sent, as the server keeps them
      const body = call.body as Partial<Programme>;
      if (put) return put(body);
      programme = { ...programme, ...body, basePointsPerUnit: Number(body.basePointsPerUnit).toFixed(4) };
      return json(200, programme);
    },
  });
}

function renderProgramme(fetch: typeof globalThis.fetch, role: Role = 'OWNER', language: 'de' | 'en' = 'en') {
  renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user(role) }, path: '/admin/programme', language });
}

const puts = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'PUT');

describe('programme page: return window', () => {
  it('lets the owner edit the return window next to the earning rate', async () => {
    const { fetch, calls } = backend();
    renderProgramme(fetch);
    await waitFor(() => expect(field('Return window (days)')).toHaveValue('14'));
    expect(field('Points per €1.00')).toHaveValue('1');
    expect(screen.getByTestId('programme-window-hint')).toHaveTextContent('0 = points are available at once.');
    expect(screen.getByTestId('programme-window-example')).toHaveTextContent('Points from purchases become available after 14 days.');

    const u = userEvent.setup();
    await u.clear(field('Return window (days)'));
    await u.type(field('Return window (days)'), '0');
    expect(screen.getByTestId('programme-window-example')).toHaveTextContent('Points from purchases are available at once.');
    await u.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('programme-saved')).toHaveTextContent('The programme was saved.');
    expect(puts(calls).map((c) => c.body)).toEqual([{ basePointsPerUnit: '1', returnWindowDays: 0 }]);
    expect(field('Return window (days)')).toHaveValue('0');
    expect(screen.getByRole('button', { name: 'Check ledger' })).toBeInTheDocument();
  });

  it('accepts 0 to 365 whole days only', async () => {
    const { fetch, calls } = backend();
    renderProgramme(fetch);
    await waitFor(() => expect(field('Return window (days)')).toHaveValue('14'));
    const u = userEvent.setup();
    for (const input of ['366', '1.5', '-1', '']) {
      await u.clear(field('Return window (days)'));
      if (input) await u.type(field('Return window (days)'), input);
      await u.click(screen.getByRole('button', { name: 'Save' }));
      expect(field('Return window (days)')).toHaveAccessibleDescription(/Please enter a whole number from 0 to 365\./);
    }
    await u.clear(field('Return window (days)'));
    await u.type(field('Return window (days)'), '365');
    await u.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByTestId('programme-saved');
    expect(puts(calls)).toHaveLength(1);
  });

  it('shows the server’s field error at the return window (German)', async () => {
    const { fetch } = backend(() =>
      problem(422, {
        code: 'invalid-return-window',
        title: 'Ungültige Rückgabefrist',
        detail: 'Zwischen 0 und 365 Tagen',
        errors: [{ field: 'returnWindowDays', message: 'Zwischen 0 und 365 Tagen' }],
      }),
    );
    renderProgramme(fetch, 'OWNER', 'de');
    await waitFor(() => expect(field('Rückgabefrist (Tage)')).toHaveValue('14'));
    expect(field('Punkte pro 1,00 €')).toHaveValue('1');
    expect(screen.getByTestId('programme-window-hint')).toHaveTextContent('0 = Punkte sofort verfügbar.');
    const u = userEvent.setup();
    await u.clear(field('Rückgabefrist (Tage)'));
    await u.type(field('Rückgabefrist (Tage)'), '30');
    await u.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(field('Rückgabefrist (Tage)')).toHaveAccessibleDescription(/Zwischen 0 und 365 Tagen/));
    expect(field('Rückgabefrist (Tage)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('programme-saved')).not.toBeInTheDocument();
  });

  it('shows agents the programme read-only, without the ledger check', async () => {
    const { fetch, calls } = backend();
    renderProgramme(fetch, 'AGENT');
    await waitFor(() => expect(field('Return window (days)')).toHaveValue('14'));
    expect(field('Return window (days)')).toHaveAttribute('readonly');
    expect(field('Points per €1.00')).toHaveAttribute('readonly');
    expect(screen.getByTestId('programme-read-only')).toHaveTextContent('Only the owner can change the programme.');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Check ledger' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Programme' })).toBeInTheDocument();
    expect(calls.some((c) => c.url.includes('ledger-check'))).toBe(false);
  });
});

describe('programme page: earning rules and tiers', () => {
  it('sends only the changed rounding, bonus and grace settings', async () => {
    const { fetch, calls } = mockFetch({
      'GET /api/v1/shops/shop-1/business-hours': () => json(200, HOURS),
      [`GET ${PROGRAMME}`]: () =>
        json(
          200,
          programmeOf({
            basePointsPerUnit: '1.0000',
            rounding: 'DOWN',
            returnWindowDays: 14,
            welcomeBonusPoints: 0,
            referralBonusReferrer: 0,
            referralBonusReferee: 0,
            tierGraceDays: 30,
          }),
        ),
      [`PUT ${PROGRAMME}`]: (call) => json(200, programmeOf({ returnWindowDays: 14, ...(call.body as Partial<Programme>) })),
    });
    renderProgramme(fetch, 'OWNER', 'de');
    await waitFor(() => expect(field('Willkommensbonus (Punkte)')).toHaveValue('0'));
    expect(screen.getByText(/12,49 € ergeben 12 Punkte/)).toBeInTheDocument();
    const u = userEvent.setup();
    await u.click(screen.getByLabelText('Kaufmännisch runden'));
    await u.clear(field('Willkommensbonus (Punkte)'));
    await u.type(field('Willkommensbonus (Punkte)'), '50');
    await u.clear(field('Empfehlungsbonus für Werbende'));
    await u.type(field('Empfehlungsbonus für Werbende'), '1000001');
    await u.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(field('Empfehlungsbonus für Werbende')).toHaveAccessibleDescription(/von 0 bis 1\.000\.000/);
    await u.clear(field('Empfehlungsbonus für Werbende'));
    await u.type(field('Empfehlungsbonus für Werbende'), '100');
    await u.click(screen.getByRole('button', { name: 'Speichern' }));
    await screen.findByTestId('programme-saved');
    expect(puts(calls).map((c) => c.body)).toEqual([
      { basePointsPerUnit: '1', returnWindowDays: 14, rounding: 'HALF_UP', welcomeBonusPoints: 50, referralBonusReferrer: 100 },
    ]);
  });
});

describe('programme page: errors next to their fields, in words', () => {
  it('refuses more than 1,000 points per € before sending, at the field, and focuses it', async () => {
    const { fetch, calls } = backend();
    renderProgramme(fetch);
    await waitFor(() => expect(field('Points per €1.00')).toHaveValue('1'));
    const u = userEvent.setup();
    await u.clear(field('Points per €1.00'));
    await u.type(field('Points per €1.00'), '1,500');
    await u.click(screen.getByRole('button', { name: 'Save' }));
    expect(field('Points per €1.00')).toHaveAccessibleDescription(
      'Please enter 0 to 1,000 points with at most 4 decimals, e.g. 1 or 0.5.',
    );
    await waitFor(() => expect(field('Points per €1.00')).toHaveFocus());
    expect(puts(calls)).toHaveLength(0);
    await u.clear(field('Points per €1.00'));
    await u.type(field('Points per €1.00'), '1,000');
    await u.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByTestId('programme-saved');
    expect(puts(calls)[0].body).toMatchObject({ basePointsPerUnit: '1000' });
  });

  it.each([
    ['en' as const, 'Welcome bonus', 'Save', 'must be less than or equal to 1000000', 'At most 1,000,000 points.'],
    ['de' as const, 'Willkommensbonus', 'Speichern', 'muss kleiner-gleich 1000000 sein', 'Höchstens 1.000.000 Punkte.'],
  ])(
    'shows the server’s limit at its field in the shop’s words (%s), focused, and drops it when the field is edited',
    async (language, label, save, serverText, words) => {
      const { fetch } = backend(() =>
        problem(400, {
          code: 'validation',
          title: 'Invalid input',
          errors: [{ field: 'welcomeBonusPoints', message: serverText }],
        }),
      );
      renderProgramme(fetch, 'OWNER', language);
      const input = await screen.findByRole('textbox', { name: new RegExp(`^${label}`) });
      await waitFor(() => expect(input).toHaveValue('0'));
      const u = userEvent.setup();
      await u.clear(input);
      await u.type(input, '5');
      await u.click(screen.getByRole('button', { name: save }));
      await waitFor(() => expect(input).toHaveAccessibleDescription(new RegExp(words.replace(/\./g, '\\.'))));
      expect(document.body).not.toHaveTextContent(serverText);
      expect(input).toHaveFocus();
      await u.type(input, '0');
      expect(input).not.toHaveAttribute('aria-invalid', 'true');
      expect(screen.queryByTestId('form-error')).not.toBeInTheDocument();
    },
  );
});
