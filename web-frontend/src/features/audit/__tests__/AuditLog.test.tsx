import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuditEntry, AuditLogPage } from '../../../api';
import { AppRoutes } from '../../../App';
import { auditEntry } from '../../../test/fixtures';
import { json, mockFetch, problem, renderApp, user, type Handler, type RecordedCall } from '../../../test/render';

const PATH = '/api/v1/shops/shop-1/audit-log';
const OWNER = { authenticated: true as const, user: user('OWNER') };

/** The lines of the log as a shop might have them, latest first. */
const LINES: AuditEntry[] = [
  auditEntry({
    seq: 9,
    action: 'login.failed',
    security: true,
    occurredAt: '2026-11-23T23:30:00Z',
    actor: { kind: 'ANONYMOUS' },
    targetType: 'staff',
    targetId: '',
    details: { realm: 'staff', email: 'jonas@example.com', reason: 'unknown-account', shop: 'baeckerei', address: '203.0.113.7' },
  }),
  auditEntry({
    seq: 8,
    action: 'access.refused',
    security: true,
    actor: { kind: 'STAFF', id: 'staff-2', name: 'Jonas Weber' },
    targetType: 'request',
    targetId: '',
    details: { request: 'GET /api/v1/shops/shop-1/audit-log', code: 'forbidden', role: 'AGENT', address: '203.0.113.8' },
  }),
  auditEntry({
    seq: 7,
    action: 'sessions.ended',
    security: true,
    targetType: 'staff',
    targetId: 'staff-2',
    details: { count: '2', reason: 'deactivated', address: '198.51.100.4' },
  }),
  auditEntry({
    seq: 6,
    action: 'login.failed',
    security: true,
    actor: { kind: 'CUSTOMER', id: 'cust-1' },
    targetType: 'customer',
    targetId: 'cust-1',
    details: { realm: 'customer', email: 'anna@example.com', reason: 'wrong-password', shop: 'baeckerei', address: '203.0.113.9' },
  }),
  auditEntry({
    seq: 5,
    action: 'points.adjusted',
    actor: { kind: 'STAFF', id: 'user-1', name: 'Maria Müller' },
    targetType: 'customer',
    targetId: 'cust-1',
    details: { points: '10', reason: 'Goodwill', entry: 'le-1', address: '203.0.113.1' },
  }),
  auditEntry({
    seq: 4,
    action: 'api-key.issued',
    security: true,
    actor: { kind: 'STAFF', id: 'user-1', name: 'Maria Müller' },
    targetType: 'api-key',
    targetId: 'key-1',
    details: { name: 'Kasse 1', address: '203.0.113.1' },
  }),
  auditEntry({
    seq: 3,
    action: 'voucher.teleported',
    actor: { kind: 'API_KEY', id: 'key-1' },
    targetType: 'voucher',
    targetId: 'v-1',
    details: { code: 'ABCD-EFGH', till: 'Kasse 1' },
  }),
  auditEntry({
    seq: 2,
    action: 'tier.created',
    actor: { kind: 'STAFF', id: 'staff-gone' },
    targetType: 'tier',
    targetId: 'tier-1',
    details: { name: 'Gold', threshold: '500.00', multiplier: '1.5' },
  }),
];

const query = (call: RecordedCall) => Object.fromEntries(new URL(call.url, 'http://x').searchParams);
const logCalls = (calls: RecordedCall[]) => calls.filter((c) => c.url.split('?')[0] === PATH).map(query);

function backend(answer: Handler<'GET /api/v1/shops/shop-1/audit-log'>) {
  return mockFetch({ 'GET /api/v1/shops/shop-1/audit-log': answer });
}

/** What each line shows: [who, what, from where, badge]. */
function shownLines() {
  return screen.getAllByTestId('audit-entry').map((row) => [
    within(row).getByTestId('audit-actor').textContent,
    within(row).getByTestId('audit-text').textContent,
    within(row).queryByTestId('audit-address')?.textContent ?? null,
    within(row).queryByTestId('audit-badge')?.textContent ?? null,
  ]);
}

const row = (action: string, index = 0) =>
  screen.getAllByTestId('audit-entry').filter((r) => r.dataset.action === action)[index];

describe('audit log', () => {
  it('tells the owner in English who did what, when and from where, failures and security events marked', async () => {
    const { fetch, calls } = backend(() => json(200, { items: LINES }));
    renderApp(<AppRoutes />, { fetch, session: OWNER, path: '/admin/audit-log' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log' })).toBeInTheDocument();
    await screen.findByTestId('audit-list');

    expect(shownLines()).toEqual([
      ['Someone not signed in', 'Failed login (no such account) for jonas@example.com', 'from 203.0.113.7', 'Failed'],
      ['Jonas Weber', 'Refused: not allowed for agents — GET /api/v1/shops/shop-1/audit-log', 'from 203.0.113.8', 'Refused'],
      ['System', 'Sessions ended: 2 (deactivated)', 'from 198.51.100.4', 'Security'],
      ['Customer', 'Failed portal login (wrong password) for anna@example.com', 'from 203.0.113.9', 'Failed'],
      ['Maria Müller', 'Points adjusted: +10 (Goodwill)', 'from 203.0.113.1', null],
      ['Maria Müller', 'API key “Kasse 1” issued', 'from 203.0.113.1', 'Security'],
      ['Till', 'Event voucher.teleported', null, null],
      ['Former staff member', 'Tier “Gold” created (from €500.00, 1.5×)', null, null],
    ]);
    // the time in the shop's time zone (Europe/Berlin: 23:30 UTC is 00:30 the next day)
    expect(within(row('login.failed')).getByTestId('audit-time')).toHaveTextContent('24 Nov 2026, 00:30');
    expect(screen.getAllByTestId('audit-entry').map((r) => r.dataset.tone)).toEqual([
      'failure', 'failure', 'security', 'failure', 'normal', 'security', 'normal', 'normal',
    ]);
    expect(within(row('voucher.teleported')).getByTestId('audit-text')).toHaveAttribute('data-known', 'false');
    expect(logCalls(calls)).toEqual([{ category: 'ALL', limit: '50' }]);
    expect(document.title).toBe('Audit log · Stammkunde');
  });

  it('says the same in German', async () => {
    const { fetch } = backend(() => json(200, { items: LINES }));
    renderApp(<AppRoutes />, { fetch, session: OWNER, path: '/admin/audit-log', language: 'de' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Protokoll' })).toBeInTheDocument();
    await screen.findByTestId('audit-list');

    expect(shownLines()).toEqual([
      ['Jemand ohne Anmeldung', 'Fehlgeschlagene Anmeldung (unbekanntes Konto) für jonas@example.com', 'von 203.0.113.7', 'Fehlgeschlagen'],
      ['Jonas Weber', 'Abgewiesen: für Mitarbeiter nicht erlaubt — GET /api/v1/shops/shop-1/audit-log', 'von 203.0.113.8', 'Abgewiesen'],
      ['System', 'Sitzungen beendet: 2 (deaktiviert)', 'von 198.51.100.4', 'Sicherheit'],
      ['Kunde', 'Fehlgeschlagene Anmeldung im Kundenportal (falsches Passwort) für anna@example.com', 'von 203.0.113.9', 'Fehlgeschlagen'],
      ['Maria Müller', 'Punkte korrigiert: +10 (Goodwill)', 'von 203.0.113.1', null],
      ['Maria Müller', 'API-Schlüssel „Kasse 1“ ausgestellt', 'von 203.0.113.1', 'Sicherheit'],
      ['Kasse', 'Ereignis voucher.teleported', null, null],
      ['Ehemaliges Teammitglied', 'Stufe „Gold“ angelegt (ab 500,00\u00a0€, 1,5×)', null, null],
    ]);
    expect(within(row('login.failed')).getByTestId('audit-time')).toHaveTextContent('24.11.2026, 00:30');
    expect(screen.getByRole('link', { name: 'Protokoll' })).toHaveAttribute('data-active', 'true');
  });

  it('shows the details the sentence does not tell on demand, and all of them for an unknown event', async () => {
    const { fetch } = backend(() => json(200, { items: LINES }));
    renderApp(<AppRoutes />, { fetch, session: OWNER, path: '/admin/audit-log' });
    await screen.findByTestId('audit-list');
    const u = userEvent.setup();

    const failed = row('login.failed');
    const toggle = within(failed).getByRole('button', { name: 'Details of line 9' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(failed).queryByTestId('audit-details')).not.toBeInTheDocument();
    await u.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const details = within(failed).getByTestId('audit-details');
    // the shop tried is not in the sentence; e-mail, reason and address are, so they are not repeated
    expect(details).toHaveTextContent(/^Eventlogin\.failedShopbaeckereiLine no\.9$/);
    expect(details).not.toHaveTextContent('jonas@example.com');
    expect(details).not.toHaveTextContent('203.0.113.7');
    await u.click(toggle);
    expect(within(failed).queryByTestId('audit-details')).not.toBeInTheDocument();

    const unknown = row('voucher.teleported');
    await u.click(within(unknown).getByRole('button', { name: 'Details of line 3' }));
    const all = within(unknown).getByTestId('audit-details');
    expect(all).toHaveTextContent('Eventvoucher.teleported');
    expect(all).toHaveTextContent('CodeABCD-EFGH');
    expect(all).toHaveTextContent('tillKasse 1'); // a detail the UI has no label for keeps its name
    expect(all).toHaveTextContent('Concernsvoucher v-1');
    expect(all).toHaveTextContent('By (ID)key-1');
  });

  it('asks for the security events only, and says when there are none', async () => {
    const { fetch, calls } = backend((call) =>
      json(200, { items: query(call).category === 'SECURITY' ? [] : LINES.slice(4, 5) }),
    );
    renderApp(<AppRoutes />, { fetch, session: OWNER, path: '/admin/audit-log' });
    await waitFor(() => expect(screen.getAllByTestId('audit-entry')).toHaveLength(1));
    const everything = screen.getByRole('radio', { name: 'Everything' });
    expect(everything).toBeChecked();

    await userEvent.setup().click(screen.getByRole('radio', { name: 'Security events only' }));
    expect(await screen.findByTestId('audit-empty')).toHaveTextContent('No security events have been recorded yet.');
    expect(screen.queryByTestId('audit-entry')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Security events only' })).toBeChecked();
    expect(logCalls(calls)).toEqual([
      { category: 'ALL', limit: '50' },
      { category: 'SECURITY', limit: '50' },
    ]);
  });

  it('opens with the security events when the address asks for them', async () => {
    const { fetch, calls } = backend(() => json(200, { items: LINES.slice(0, 1) }));
    renderApp(<AppRoutes />, { fetch, session: OWNER, path: '/admin/audit-log?category=SECURITY' });
    await screen.findByTestId('audit-entry');
    expect(screen.getByRole('radio', { name: 'Security events only' })).toBeChecked();
    expect(logCalls(calls)).toEqual([{ category: 'SECURITY', limit: '50' }]);
  });

  it('loads older lines with the cursor of the last page, until there are no more', async () => {
    const pages: Record<string, AuditLogPage> = {
      first: { items: LINES.slice(0, 4), nextBefore: 6 },
      '6': { items: LINES.slice(4, 7), nextBefore: 3 },
      '3': { items: LINES.slice(7), nextBefore: null },
    };
    const { fetch, calls } = backend((call) => json(200, pages[query(call).before ?? 'first']));
    renderApp(<AppRoutes />, { fetch, session: OWNER, path: '/admin/audit-log?category=SECURITY' });
    await waitFor(() => expect(screen.getAllByTestId('audit-entry')).toHaveLength(4));
    const u = userEvent.setup();

    await u.click(screen.getByRole('button', { name: 'Load older' }));
    await waitFor(() => expect(screen.getAllByTestId('audit-entry')).toHaveLength(7));
    await u.click(screen.getByRole('button', { name: 'Load older' }));
    await waitFor(() => expect(screen.getAllByTestId('audit-entry')).toHaveLength(8));
    expect(screen.getAllByTestId('audit-entry').map((r) => r.querySelector('[aria-controls]')?.getAttribute('aria-controls'))).toEqual(
      [9, 8, 7, 6, 5, 4, 3, 2].map((seq) => `audit-details-${seq}`),
    );
    expect(screen.queryByRole('button', { name: 'Load older' })).not.toBeInTheDocument();
    expect(logCalls(calls)).toEqual([
      { category: 'SECURITY', limit: '50' },
      { category: 'SECURITY', before: '6', limit: '50' },
      { category: 'SECURITY', before: '3', limit: '50' },
    ]);
  });

  it('keeps the lines shown when older ones cannot be loaded, and tries again', async () => {
    let older = 0;
    const { fetch, calls } = backend((call) => {
      if (!query(call).before) return json(200, { items: LINES.slice(0, 2), nextBefore: 8 });
      older += 1;
      return older === 1 ? problem(503, { title: 'Service Unavailable' }) : json(200, { items: LINES.slice(2, 3) });
    });
    renderApp(<AppRoutes />, { fetch, session: OWNER, path: '/admin/audit-log' });
    await waitFor(() => expect(screen.getAllByTestId('audit-entry')).toHaveLength(2));
    const u = userEvent.setup();

    await u.click(screen.getByRole('button', { name: 'Load older' }));
    expect(await screen.findByTestId('form-error')).toHaveTextContent('The server had a problem. Please try again later.');
    expect(screen.getAllByTestId('audit-entry')).toHaveLength(2);
    await u.click(screen.getByRole('button', { name: 'Load older' }));
    await waitFor(() => expect(screen.getAllByTestId('audit-entry')).toHaveLength(3));
    expect(screen.queryByTestId('form-error')).not.toBeInTheDocument();
    expect(logCalls(calls).map((q) => q.before)).toEqual([undefined, '8', '8']);
  });

  it('says when nothing was recorded', async () => {
    const { fetch } = backend(() => json(200, { items: [] }));
    renderApp(<AppRoutes />, { fetch, session: OWNER, path: '/admin/audit-log' });
    expect(await screen.findByTestId('audit-empty')).toHaveTextContent('Nothing has been recorded yet.');
    expect(screen.queryByRole('button', { name: 'Load older' })).not.toBeInTheDocument();
  });

  it('shows a load error with "Retry", which loads the log again', async () => {
    let attempts = 0;
    const { fetch, calls } = backend(() => (++attempts === 1 ? problem(500, { title: 'Internal Server Error' }) : json(200, { items: LINES.slice(0, 1) })));
    renderApp(<AppRoutes />, { fetch, session: OWNER, path: '/admin/audit-log' });
    expect(await screen.findByTestId('form-error')).toHaveTextContent('The server had a problem. Please try again later.');
    expect(screen.queryByTestId('audit-list')).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByTestId('retry'));
    expect(await screen.findByTestId('audit-entry')).toHaveTextContent('Failed login (no such account) for jonas@example.com');
    expect(screen.queryByTestId('form-error')).not.toBeInTheDocument();
    expect(logCalls(calls)).toHaveLength(2);
  });

  it('says so when the server refuses (403)', async () => {
    const { fetch } = backend(() => problem(403, { code: 'forbidden', title: 'Forbidden' }));
    renderApp(<AppRoutes />, { fetch, session: OWNER, path: '/admin/audit-log' });
    expect(await screen.findByTestId('form-error')).toHaveTextContent('You are not allowed to do this.');
  });

  it('is for the owner only: agents have no navigation entry and are sent to the customers', async () => {
    const { fetch, calls } = mockFetch({
      'GET /api/v1/shops/shop-1/customers': () => json(200, { items: [], page: 0, size: 25, total: 0 }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/audit-log' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Audit log' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Customers' })).toBeInTheDocument();
    expect(calls.some((c) => c.url.startsWith(PATH))).toBe(false);
  });

  it('is in the owner’s navigation', async () => {
    const { fetch } = mockFetch({
      'GET /api/v1/shops/shop-1/customers': () => json(200, { items: [], page: 0, size: 25, total: 0 }),
      [`GET ${PATH}`]: () => json(200, { items: [] }),
    });
    renderApp(<AppRoutes />, { fetch, session: OWNER, path: '/admin/customers' });
    await userEvent.setup().click(await screen.findByRole('link', { name: 'Audit log' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log' })).toBeInTheDocument();
    expect(await screen.findByTestId('audit-empty')).toBeInTheDocument();
  });
});
