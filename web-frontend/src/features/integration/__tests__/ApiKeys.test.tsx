import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ApiKey } from '../../../api';
import { AppRoutes } from '../../../App';
import { field, json, mockFetch, noContent, problem, renderApp, user } from '../../../test/render';

const PATH = '/api/v1/shops/shop-1/api-keys';

function backend() {
  const keys: ApiKey[] = [];
  const mock = mockFetch({
    [`GET ${PATH}`]: () => json(200, { items: keys }),
    [`POST ${PATH}`]: (call) => {
      const key = { id: 'k1', name: (call.body as { name: string }).name, hint: 'abcd', createdAt: '2026-11-23T10:00:00Z' };
      keys.push(key);
      return json(201, { ...key, secret: 'stk_secret123abcd' });
    },
    [`DELETE ${PATH}/k1`]: () => {
      keys[0] = { ...keys[0], revokedAt: '2026-11-23T11:00:00Z' };
      return noContent();
    },
  });
  return mock;
}

describe('API keys', () => {
  it('shows a new secret only once, lists the key by its hint and revokes it after confirmation', async () => {
    const { fetch, calls } = backend();
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/api-keys', language: 'de' });
    expect(await screen.findByTestId('api-keys-empty')).toBeInTheDocument();
    const u = userEvent.setup();
    await u.type(screen.getByTestId('api-key-name'), 'Kasse 1');
    await u.click(screen.getByTestId('api-key-issue'));
    expect(await screen.findByTestId('api-key-secret')).toHaveTextContent('stk_secret123abcd');
    expect(screen.getByTestId('api-key-once')).toHaveTextContent('wird nur jetzt angezeigt');
    expect(within(screen.getByTestId('api-key-secret-box')).getByRole('button', { name: 'Kopieren' })).toBeInTheDocument();
    const row = await screen.findByTestId('api-key-row');
    expect(row).toHaveTextContent('Kasse 1');
    expect(row).toHaveTextContent('…abcd');
    expect(row).not.toHaveTextContent('stk_secret123abcd');

    await u.click(screen.getByTestId('api-key-done'));
    expect(screen.queryByTestId('api-key-secret')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('stk_secret123abcd');

    await u.click(within(row).getByRole('button', { name: 'Kasse 1 widerrufen' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('„Kasse 1“');
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    await u.click(within(dialog).getByTestId('api-key-revoke-confirm'));
    await waitFor(() => expect(screen.getByTestId('api-key-row')).toHaveAttribute('data-revoked', 'true'));
    expect(screen.getByTestId('api-key-row')).toHaveTextContent('Widerrufen');
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual([`${PATH}/k1`]);
  });

  it('says why no key is issued while the shop’s address is not confirmed (409), in the server’s words', async () => {
    const { fetch, calls } = mockFetch({
      [`GET ${PATH}`]: () => json(200, { items: [] }),
      [`POST ${PATH}`]: () =>
        problem(409, {
          code: 'email-not-verified',
          title: 'E-Mail-Adresse noch nicht bestätigt',
          detail: 'Bestätigen Sie zuerst die E-Mail-Adresse des Shops: Öffnen Sie den Link aus unserer E-Mail.',
        }),
    });
    renderApp(<AppRoutes />, {
      fetch,
      session: { authenticated: true, user: user('OWNER', false) },
      path: '/admin/api-keys',
      language: 'de',
    });
    expect(await screen.findByTestId('api-keys-empty')).toBeInTheDocument();
    const u = userEvent.setup();
    await u.type(screen.getByTestId('api-key-name'), 'Kasse 1');
    await u.click(screen.getByTestId('api-key-issue'));

    const alert = await screen.findByTestId('form-error');
    expect(within(alert).getByText('E-Mail-Adresse noch nicht bestätigt')).toBeInTheDocument();
    expect(alert).toHaveTextContent('Öffnen Sie den Link aus unserer E-Mail.');
    expect(alert).not.toHaveTextContent('Widerspruch'); // not the generic conflict text
    expect(screen.queryByTestId('api-key-secret')).not.toBeInTheDocument();
    expect(field('Name')).toHaveValue('Kasse 1'); // kept for after the confirmation
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('is for the owner only', async () => {
    const { fetch } = mockFetch({
      'GET /api/v1/shops/shop-1/customers': () => json(200, { items: [], page: 0, size: 25, total: 0 }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/api-keys' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'API keys' })).not.toBeInTheDocument();
  });
});
