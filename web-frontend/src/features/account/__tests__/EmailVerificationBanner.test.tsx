import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role, Session } from '../../../api';
import { AppRoutes } from '../../../App';
import { json, mockFetch, problem, renderApp, user, type Reply } from '../../../test/render';

const CUSTOMERS = '/api/v1/shops/shop-1/customers';
const RESEND = '/api/v1/shops/shop-1/email-verification';
const SESSION = '/api/v1/auth/session';

type ResendReply = Reply<`POST ${typeof RESEND}`>;

function backend(resend: () => ResendReply, sessionAfter: Session = { authenticated: true, user: user('OWNER', true) }) {
  return mockFetch({
    [`GET ${CUSTOMERS}`]: () => json(200, { items: [], page: 0, size: 25, total: 0 }),
    [`POST ${RESEND}`]: resend,
    [`GET ${SESSION}`]: () => json(200, sessionAfter),
  });
}

function renderAdmin(fetch: typeof globalThis.fetch, role: Role, shopVerified: boolean, language: 'de' | 'en' = 'en') {
  renderApp(<AppRoutes />, {
    fetch,
    session: { authenticated: true, user: user(role, shopVerified) },
    path: '/admin/customers',
    language,
  });
}

describe('admin banner of a shop whose e-mail address is not confirmed', () => {
  it('tells the owner where the link went and what waits for it, above the page', async () => {
    const { fetch, calls } = backend(() => json(202, { mailedTo: 'maria@example.com', expiresAt: '2026-11-26T14:00:00Z' }));
    renderAdmin(fetch, 'OWNER', false);
    const banner = await screen.findByTestId('verify-banner');
    expect(banner).toHaveAttribute('data-role', 'owner');
    expect(within(banner).getByText('Please confirm your e-mail address')).toBeInTheDocument();
    expect(banner).toHaveTextContent(
      'We sent a link to maria@example.com. Until then, your shop sends no e-mails to customers or staff and cannot connect a till.',
    );
    expect(within(banner).getByRole('button', { name: 'Send the link again' })).toBeInTheDocument();
    // the page itself is still there, below the banner
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false); // nothing is sent by just showing it
  });

  it('sends the link again and says where to and until when, in the shop’s time zone (German)', async () => {
    const { fetch, calls } = backend(() => json(202, { mailedTo: 'maria@example.com', expiresAt: '2026-11-26T14:00:00Z' }));
    renderAdmin(fetch, 'OWNER', false, 'de');
    const banner = await screen.findByTestId('verify-banner');
    expect(within(banner).getByText('Bitte bestätigen Sie Ihre E-Mail-Adresse')).toBeInTheDocument();
    await userEvent.setup().click(within(banner).getByRole('button', { name: 'Link erneut senden' }));

    // 14:00 UTC is 15:00 in Berlin
    expect(await within(banner).findByTestId('verify-resent')).toHaveTextContent(
      'Gesendet an maria@example.com, gültig bis 26.11.2026, 15:00. Frühere Links funktionieren nicht mehr.',
    );
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => c.url)).toEqual([RESEND]);
    expect(posts[0].headers['x-xsrf-token']).toBe('csrf-1');
    expect(screen.getByTestId('verify-banner')).toBeInTheDocument(); // still unconfirmed
    expect(calls.some((c) => c.url === SESSION)).toBe(false);
  });

  it('reloads the session when the address was confirmed meanwhile (409), and the banner goes', async () => {
    const { fetch, calls } = backend(() =>
      problem(409, { code: 'already-verified', title: 'Address already confirmed', detail: 'The shop’s e-mail address is confirmed already.' }),
    );
    renderAdmin(fetch, 'OWNER', false);
    const banner = await screen.findByTestId('verify-banner');
    await userEvent.setup().click(within(banner).getByRole('button', { name: 'Send the link again' }));

    await waitFor(() => expect(screen.queryByTestId('verify-banner')).not.toBeInTheDocument());
    expect(calls.map((c) => `${c.method} ${c.url.split('?')[0]}`)).toEqual(
      expect.arrayContaining([`POST ${RESEND}`, `GET ${SESSION}`]),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
  });

  it('shows the server’s refusal when asked too often (429) and keeps the banner', async () => {
    const { fetch, calls } = backend(() =>
      problem(429, { code: 'too-many-attempts', title: 'Too many attempts', detail: 'Please wait 42 minutes and try again.' }),
    );
    renderAdmin(fetch, 'OWNER', false);
    const banner = await screen.findByTestId('verify-banner');
    await userEvent.setup().click(within(banner).getByRole('button', { name: 'Send the link again' }));

    const alert = await within(banner).findByTestId('form-error');
    expect(alert).toHaveTextContent('Too many new links requested');
    expect(alert).toHaveTextContent('Please wait 42 minutes and try again.');
    expect(within(banner).queryByTestId('verify-resent')).not.toBeInTheDocument();
    expect(calls.some((c) => c.url === SESSION)).toBe(false);
    expect(screen.getByTestId('verify-banner')).toBeInTheDocument();
  });

  it('gives agents a short note without a button', async () => {
    const { fetch, calls } = backend(() => json(202, { mailedTo: 'x@example.com', expiresAt: '2026-11-26T14:00:00Z' }));
    renderAdmin(fetch, 'AGENT', false, 'de');
    const banner = await screen.findByTestId('verify-banner');
    expect(banner).toHaveAttribute('data-role', 'agent');
    expect(banner).toHaveTextContent('E-Mail-Adresse noch nicht bestätigt');
    expect(banner).toHaveTextContent(
      'Der Inhaber muss die E-Mail-Adresse des Ladens noch mit dem zugeschickten Link bestätigen.',
    );
    expect(banner).not.toHaveTextContent('maria@example.com');
    expect(within(banner).queryByRole('button')).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Kunden' })).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it.each<Role>(['OWNER', 'AGENT'])('is not shown to %s of a confirmed shop', async (role) => {
    const { fetch } = backend(() => json(202, { mailedTo: 'x@example.com', expiresAt: '2026-11-26T14:00:00Z' }));
    renderAdmin(fetch, role, true);
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    expect(screen.queryByTestId('verify-banner')).not.toBeInTheDocument();
    expect(screen.queryByText('Please confirm your e-mail address')).not.toBeInTheDocument();
  });

  it('looks again when the window gets the focus back (confirmed in the mail’s tab) and goes', async () => {
    const { fetch, calls } = backend(() => json(202, { mailedTo: 'x@example.com', expiresAt: '2026-11-26T14:00:00Z' }));
    renderAdmin(fetch, 'OWNER', false);
    await screen.findByTestId('verify-banner');
    expect(calls.some((c) => c.url === SESSION)).toBe(false);
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    await waitFor(() => expect(screen.queryByTestId('verify-banner')).not.toBeInTheDocument());
    expect(calls.filter((c) => c.url === SESSION)).toHaveLength(1);
  });
});
