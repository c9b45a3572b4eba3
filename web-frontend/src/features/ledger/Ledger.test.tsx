import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../api';
import { mockFetch, renderApp } from '../../test/render';
import { LedgerList, LedgerTable } from './Ledger';

const purchase = (amount: string, reference: string | null = null) => ({ id: `p-${amount}`, amount, currency: 'EUR', reference, pointsPending: 0 });

const entries: LedgerEntry[] = [
  // newest first, as the server sends them
  { id: 'w', type: 'BIRTHDAY_BONUS', availableDelta: 50, pendingDelta: 0, owedDelta: 0, breakdown: [], occurredAt: '2026-11-25T09:00:00Z' },
  { id: 's', type: 'SHORTFALL_SETTLEMENT', availableDelta: -5, pendingDelta: 0, owedDelta: -5, breakdown: [], occurredAt: '2026-11-24T12:53:00Z' },
  {
    id: 'rel',
    type: 'RELEASE',
    availableDelta: 13,
    pendingDelta: -13,
    owedDelta: 0,
    breakdown: [],
    occurredAt: '2026-11-24T12:53:00Z',
    purchase: purchase('13.44', 'Bon 8973'),
  },
  { id: 'ret', type: 'RETURN', availableDelta: -5, pendingDelta: 0, owedDelta: 5, breakdown: [], occurredAt: '2026-11-23T15:00:00Z', purchase: purchase('25.00') },
  { id: 'retp', type: 'RETURN', availableDelta: 0, pendingDelta: -4, owedDelta: 0, breakdown: [], occurredAt: '2026-11-23T14:00:00Z', purchase: purchase('4.08') },
  { id: 'ret1', type: 'RETURN', availableDelta: -2, pendingDelta: -3, owedDelta: 1, breakdown: [], occurredAt: '2026-11-23T13:00:00Z', purchase: purchase('9.00') },
  { id: 'earn', type: 'PURCHASE_EARN', availableDelta: 0, pendingDelta: 13, owedDelta: 0, breakdown: [], occurredAt: '2026-11-10T12:53:00Z', purchase: purchase('13.44', 'Bon 8973') },
  { id: 'red', type: 'REDEMPTION', availableDelta: -20, pendingDelta: 0, owedDelta: 0, breakdown: [], occurredAt: '2026-11-09T10:00:00Z', reason: 'Kaffee gratis' },
];

const byType = () => {
  const rows = screen.getAllByTestId('ledger-entry');
  return (id: string) => rows[entries.findIndex((e) => e.id === id)];
};

/** Text of the points cell lines of one entry, e.g. ["+13 available", "-13 pending"]. */
function pointLines(row: HTMLElement): string[] {
  return ['ledger-points', 'ledger-pending', 'ledger-owed'].flatMap((id) =>
    within(row)
      .queryAllByTestId(id)
      .map((el) => el.textContent ?? ''),
  );
}

describe('ledger history with pending points, returns and shortfalls', () => {
  it('shows the new entry types with each moved bucket in the staff table (English)', () => {
    renderApp(<LedgerTable entries={entries} timeZone="Europe/Berlin" />, { fetch: mockFetch({}).fetch });
    const row = byType();
    expect(row('rel')).toHaveTextContent('Released');
    expect(pointLines(row('rel'))).toEqual(['+13 available', '-13 pending']);
    expect(row('rel')).toHaveTextContent('Now available: purchase of €13.44 · Bon 8973');

    expect(row('ret')).toHaveTextContent('Return');
    expect(pointLines(row('ret'))).toEqual(['-5 available', '5 points owed to the shop']);
    expect(row('ret')).toHaveTextContent('Return on the purchase of €25.00');
    expect(pointLines(row('retp'))).toEqual(['-4 pending']);
    expect(pointLines(row('ret1'))).toEqual(['-2 available', '-3 pending', '1 point owed to the shop']);

    expect(row('s')).toHaveTextContent('Point debt paid off');
    expect(pointLines(row('s'))).toEqual(['-5 available', '5 points of debt paid off']);
    expect(row('s')).toHaveTextContent('New points pay off the point debt from a return');

    // entries that only move available points keep the bare number
    expect(pointLines(row('red'))).toEqual(['-20']);
    expect(pointLines(row('earn'))).toEqual(['+13 pending']);
    expect(row('earn')).toHaveTextContent('Purchase');
  });

  it('keeps a readable fallback for types the UI does not know yet', () => {
    renderApp(<LedgerTable entries={entries} timeZone="Europe/Berlin" />, { fetch: mockFetch({}).fetch });
    const row = byType()('w');
    expect(row).toHaveTextContent('Birthday bonus');
    expect(pointLines(row)).toEqual(['+50']);
  });

  it('shows the same in the portal list (German)', () => {
    renderApp(<LedgerList entries={entries} timeZone="Europe/Berlin" />, { fetch: mockFetch({}).fetch, language: 'de' });
    const row = byType();
        expect(pointLines(row('rel'))).toEqual(['+13 verfügbar', '-13 vorgemerkt']);
    expect(within(row('rel')).getByTestId('ledger-detail')).toHaveTextContent('Jetzt verfügbar: Einkauf über 13,44 € · Bon 8973');

    expect(within(row('ret')).getByTestId('ledger-detail')).toHaveTextContent('Rückgabe zum Einkauf über 25,00');
    expect(pointLines(row('ret'))).toEqual(['-5 verfügbar', '5 Punkte Schuld']);
    expect(pointLines(row('ret1'))).toEqual(['-2 verfügbar', '-3 vorgemerkt', '1 Punkt Schuld']);

        expect(pointLines(row('s'))).toEqual(['-5 verfügbar', '5 Punkte Schuld getilgt']);
    expect(within(row('s')).getByTestId('ledger-detail')).toHaveTextContent('Neue Punkte tilgen die Punkteschuld aus einer Rückgabe');

    expect(within(row('w')).getByText('Birthday bonus')).toBeInTheDocument();
    expect(pointLines(row('earn'))).toEqual(['+13 vorgemerkt']);
  });

  it('copes with entries of a server that does not send owedDelta', () => {
    // deliberately not what docs/openapi.json describes (owedDelta and breakdown are required there)
    const old = [{ id: 'x', type: 'PURCHASE_EARN', availableDelta: 25, pendingDelta: 0, occurredAt: '2026-11-10T12:53:00Z' }];
    renderApp(<LedgerTable entries={old as LedgerEntry[]} timeZone="Europe/Berlin" />, { fetch: mockFetch({}).fetch });
    expect(pointLines(screen.getByTestId('ledger-entry'))).toEqual(['+25']);
  });

  it('describes every kind of entry as a readable line (English and German)', () => {
    const all: LedgerEntry[] = [
      {
        id: 'buy',
        type: 'PURCHASE_EARN',
        availableDelta: 58,
        pendingDelta: 0,
        owedDelta: 0,
        occurredAt: '2026-11-26T10:00:00Z',
        purchase: purchase('10.00'),
        breakdown: [
          { rule: 'base', label: '2', points: 20 },
          { rule: 'tier', label: 'Silber', points: 10 },
          { rule: 'promotion', label: 'Kaffee-Wochen', points: 6 },
        ],
      },
      { id: 'wel', type: 'WELCOME_BONUS', availableDelta: 50, pendingDelta: 0, owedDelta: 0, occurredAt: '2026-11-20T10:00:00Z', breakdown: [{ rule: 'welcome', label: 'welcome', points: 50 }] },
      { id: 'ref', type: 'REFERRAL_BONUS', availableDelta: 30, pendingDelta: 0, owedDelta: 0, occurredAt: '2026-11-20T10:00:00Z', breakdown: [{ rule: 'referral', label: 'Anna Müller', points: 30 }] },
      { id: 'red', type: 'REDEMPTION', availableDelta: -20, pendingDelta: 0, owedDelta: 0, occurredAt: '2026-11-21T10:00:00Z', breakdown: [], reason: 'Gratis Kaffee' },
      { id: 'adj', type: 'ADJUSTMENT', availableDelta: -3, pendingDelta: 0, owedDelta: 0, occurredAt: '2026-11-21T10:00:00Z', breakdown: [], reason: 'Doppelt gebucht' },
      { id: 'exp', type: 'EXPIRY', availableDelta: -7, pendingDelta: 0, owedDelta: 0, occurredAt: '2026-11-22T03:00:00Z', breakdown: [], reason: 'AFTER_EARNING' },
      { id: 'ina', type: 'EXPIRY', availableDelta: -9, pendingDelta: 0, owedDelta: 0, occurredAt: '2026-11-22T03:00:00Z', breakdown: [], reason: 'AFTER_INACTIVITY' },
      {
        id: 'gw',
        type: 'GOODWILL',
        availableDelta: 100,
        pendingDelta: 0,
        owedDelta: 0,
        occurredAt: '2026-11-23T10:00:00Z',
        reason: '#12 Torte zerdrückt',
        breakdown: [{ rule: 'goodwill', label: '#12 Torte zerdrückt', points: 100 }],
      },
    ];
    const lines = () =>
      Object.fromEntries(
        screen.getAllByTestId('ledger-entry').map((row, i) => [
          all[i].id,
          [within(row).queryByTestId('ledger-detail')?.textContent, within(row).queryByTestId('ledger-breakdown')?.textContent],
        ]),
      );
    const { unmount } = renderApp(<LedgerList entries={all} timeZone="Europe/Berlin" />, { fetch: mockFetch({}).fetch });
    expect(lines()).toEqual({
      buy: ['Purchase of €10.00', "20 base points + 10 extra for tier Silber + 6 from the promotion 'Kaffee-Wochen'"],
      wel: ['Welcome bonus for joining', undefined],
      ref: ['Referral bonus (recommendation with Anna Müller)', '30 for the referral with Anna Müller'],
      red: ["Redeemed for 'Gratis Kaffee'", undefined],
      adj: ['Correction by the shop: Doppelt gebucht', undefined],
      exp: ['Expired: points credited too long ago', undefined],
      ina: ['Expired: no purchase for too long', undefined],
      gw: ['Goodwill for case #12 Torte zerdrückt', '100 goodwill for case #12 Torte zerdrückt'],
    });
    unmount();
    renderApp(<LedgerTable entries={all} timeZone="Europe/Berlin" />, { fetch: mockFetch({}).fetch, language: 'de' });
    expect(lines()).toEqual({
      buy: ['Einkauf über 10,00\u00a0€', '20 Basispunkte + 10 extra für die Stufe Silber + 6 aus der Aktion „Kaffee-Wochen“'],
      wel: ['Willkommensbonus zur Anmeldung', undefined],
      ref: ['Empfehlungsbonus (Empfehlung mit Anna Müller)', '30 für die Empfehlung mit Anna Müller'],
      red: ['Eingelöst für „Gratis Kaffee“', undefined],
      adj: ['Korrektur durch das Geschäft: Doppelt gebucht', undefined],
      exp: ['Verfallen: zu lange zurückliegende Gutschriften', undefined],
      ina: ['Verfallen: zu lange kein Einkauf', undefined],
      gw: ['Kulanz zum Fall #12 Torte zerdrückt', '100 Kulanz zum Fall #12 Torte zerdrückt'],
    });
  });
});
