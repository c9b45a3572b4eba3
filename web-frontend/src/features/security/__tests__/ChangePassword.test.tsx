import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../../App';
import { PORTAL_CUSTOMER } from '../../../test/fixtures';
import { field, json, mockFetch, noContent, problem, renderApp, SHOP, user, type Reply, type Routes } from '../../../test/render';

const PUT = 'PUT /api/v1/account/password';

async function fill(current: string, next: string, repeat = next) {
  const u = userEvent.setup();
  if (current) await u.type(field('Current password'), current);
  if (next) await u.type(field('New password'), next);
  if (repeat) await u.type(field('Repeat new password'), repeat);
  await u.click(screen.getByRole('button', { name: 'Save password' }));
  return u;
}

/** Two-factor login is off (the account page shows its status). */
const SECOND_FACTOR_OFF = {
  'GET /api/v1/account/second-factor': () => json(200, { enabled: false, required: false, recoveryCodesLeft: 0 }),
} satisfies Routes<'GET /api/v1/account/second-factor'>;

function staffAccount(answer: () => Reply<typeof PUT>) {
  const mock = mockFetch({ ...SECOND_FACTOR_OFF, [PUT]: answer });
  renderApp(<AppRoutes />, { fetch: mock.fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/account' });
  return mock;
}

describe('staff change their password on /admin/account', () => {
  it('is reachable from the navigation and shows who is logged in', async () => {
    const { fetch } = mockFetch({
      ...SECOND_FACTOR_OFF,
      'GET /api/v1/shops/shop-1/customers': () => json(200, { items: [], page: 0, size: 25, total: 0 }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/customers' });
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    await userEvent.setup().click(within(nav).getByRole('link', { name: 'My account' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();
    const details = screen.getByTestId('account-details');
    expect(details).toHaveTextContent('Maria Müller');
    expect(details).toHaveTextContent('maria@example.com');
    expect(details).toHaveTextContent('Agent');
    expect(details).toHaveTextContent('Bäckerei Müller (baeckerei)');
    expect(screen.getByRole('heading', { level: 2, name: 'Change password' })).toBeInTheDocument();
  });

  it('sends current and new password, confirms and empties the form', async () => {
    const { calls } = staffAccount(() => noContent());
    await fill('old-secret-pass', 'new-secret-pass');
    const done = await screen.findByTestId('password-changed');
    expect(done).toHaveTextContent('Password changed');
    expect(done).toHaveTextContent('You have been logged out on your other devices.');
    const puts = calls.filter((c) => c.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0].url).toBe('/api/v1/account/password');
    expect(puts[0].body).toEqual({ currentPassword: 'old-secret-pass', newPassword: 'new-secret-pass' });
    expect(puts[0].headers['x-xsrf-token']).toBe('csrf-1');
    expect(field('Current password')).toHaveValue('');
    expect(field('New password')).toHaveValue('');
    expect(field('Repeat new password')).toHaveValue('');
  });

  it('checks the new password and its repetition before asking the server', async () => {
    const { calls } = staffAccount(() => noContent());
    const u = await fill('', 'short');
    expect(field('Current password')).toHaveAccessibleDescription(/Please fill in this field/);
    expect(field('New password')).toHaveAccessibleDescription(/At least 10 characters/);
    await u.type(field('Current password'), 'old-secret-pass');
    await u.type(field('New password'), '-but-longer');
    await u.click(screen.getByRole('button', { name: 'Save password' }));
    expect(field('Repeat new password')).toHaveAccessibleDescription(/The passwords do not match/);
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it('shows a wrong current password at that input (422 password-wrong)', async () => {
    staffAccount(() =>
      problem(422, {
        code: 'password-wrong',
        title: 'Wrong password',
        detail: 'The current password is not correct.',
        errors: [{ field: 'currentPassword', message: 'The current password is not correct.' }],
      }),
    );
    await fill('not-my-password', 'new-secret-pass');
    await waitFor(() => expect(field('Current password')).toHaveAccessibleDescription('The current password is not correct.'));
    expect(field('New password')).toHaveAccessibleDescription('At least 10 characters.');
    const alert = screen.getByTestId('form-error');
    expect(alert).toHaveTextContent('Wrong password');
    expect(alert).not.toHaveTextContent('not correct');
    expect(screen.queryByTestId('password-changed')).not.toBeInTheDocument();
  });

  it('shows an unchanged password at the new one (422 password-unchanged)', async () => {
    staffAccount(() =>
      problem(422, {
        code: 'password-unchanged',
        title: 'Same password',
        errors: [{ field: 'newPassword', message: 'Choose a password other than the current one.' }],
      }),
    );
    await fill('old-secret-pass', 'old-secret-pass');
    await waitFor(() =>
      expect(field('New password')).toHaveAccessibleDescription(/Choose a password other than the current one\./),
    );
    expect(field('Current password')).not.toHaveAccessibleDescription();
  });

  it('shows a password rule named "password" at the new password, in German', async () => {
    const mock = mockFetch({
      ...SECOND_FACTOR_OFF,
      [PUT]: () =>
        problem(422, {
          code: 'password-too-long',
          title: 'Passwort zu lang',
          errors: [{ field: 'password', message: 'Höchstens 72 Bytes (Umlaute zählen doppelt).' }],
        }),
    });
    renderApp(<AppRoutes />, {
      fetch: mock.fetch,
      session: { authenticated: true, user: user('OWNER') },
      path: '/admin/account',
      language: 'de',
    });
    const u = userEvent.setup();
    await u.type(field('Aktuelles Passwort'), 'old-secret-pass');
    await u.type(field('Neues Passwort'), 'ä'.repeat(40));
    await u.type(field('Neues Passwort wiederholen'), 'ä'.repeat(40));
    await u.click(screen.getByRole('button', { name: 'Passwort speichern' }));
    await waitFor(() => expect(field('Neues Passwort')).toHaveAccessibleDescription(/Höchstens 72 Bytes/));
    expect(screen.getByTestId('form-error')).toHaveTextContent('Passwort zu lang');
    expect(screen.getByTestId('form-error')).not.toHaveTextContent('Höchstens');
  });
});

describe('customers change their password in the portal', () => {
  it('opens the form in the account section and changes the password', async () => {
    const { fetch, calls } = mockFetch({
      'GET /api/v1/portal/me': () => json(200, { customer: PORTAL_CUSTOMER, shop: SHOP, balance: { available: 5, pending: 0, owed: 0 } }),
      'GET /api/v1/portal/ledger': () => json(200, { items: [] }),
      'GET /api/v1/portal/requests': () => json(200, { items: [] }),
      'GET /api/v1/portal/rewards': () => json(200, { items: [] }),
      'GET /api/v1/portal/vouchers': () => json(200, { items: [] }),
      [PUT]: () => noContent(),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('CUSTOMER') }, path: '/portal?tab=account' });
    const account = await screen.findByTestId('portal-account');
    expect(account).toHaveTextContent('Your account');
    expect(account).toHaveTextContent('Logged in as maria@example.com');
    expect(within(account).queryByLabelText(/^Current password/)).not.toBeInTheDocument();

    await userEvent.setup().click(within(account).getByRole('button', { name: 'Change password' }));
    await fill('old-secret-pass', 'new-secret-pass');
    expect(await within(account).findByTestId('password-changed')).toHaveTextContent('Password changed');
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([
      { currentPassword: 'old-secret-pass', newPassword: 'new-secret-pass' },
    ]);
  });
});
