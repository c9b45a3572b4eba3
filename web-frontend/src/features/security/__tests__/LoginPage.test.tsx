import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { field, json, mockFetch, problem, renderApp, user } from '../../../test/render';
import { LoginPage } from '../LoginPage';
import { PortalLoginPage } from '../PortalLoginPage';

async function fillAndSubmit(password = 'secret-password') {
  const u = userEvent.setup();
  await u.type(field('E-mail'), 'maria@example.com');
  await u.type(field('Password'), password);
  await u.click(screen.getByRole('button', { name: 'Log in' }));
  return u;
}

describe('staff login', () => {
  it('prefills the shop from ?shop= and logs in', async () => {
    const { fetch, calls } = mockFetch({
      'POST /api/v1/auth/login': () => json(200, { authenticated: true, user: user('OWNER') }),
    });
    renderApp(<LoginPage />, { fetch, path: '/login?shop=baeckerei', routePath: '/login' });
    expect(field('Shop')).toHaveValue('baeckerei');
    await fillAndSubmit();
    expect(await screen.findByTestId('location')).toHaveTextContent('/admin/customers');
    expect(calls[0].body).toEqual({ shop: 'baeckerei', email: 'maria@example.com', password: 'secret-password' });
    expect(calls[0].headers['x-xsrf-token']).toBe('csrf-1');
    expect(calls[0].headers['accept-language']).toBe('en');
  });

  it('shows a field error from a problem response next to the right input', async () => {
    const { fetch } = mockFetch({
      'POST /api/v1/auth/login': () =>
        problem(400, {
          code: 'validation',
          title: 'Invalid input',
          errors: [{ field: 'email', message: 'must be a well-formed email address' }],
        }),
    });
    renderApp(<LoginPage />, { fetch, path: '/login?shop=baeckerei', routePath: '/login' });
    await fillAndSubmit();
    const email = field('E-mail');
    await waitFor(() => expect(email).toHaveAccessibleDescription(/must be a well-formed email address/));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(field('Password')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Please check your input.');
  });

  it('explains wrong credentials (401) and clears the password', async () => {
    const { fetch } = mockFetch({
      'POST /api/v1/auth/login': () => problem(401, { code: 'bad-credentials', title: 'Bad credentials' }),
    });
    renderApp(<LoginPage />, { fetch, path: '/login?shop=baeckerei', routePath: '/login' });
    await fillAndSubmit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Shop, e-mail or password is not correct.');
    expect(field('Password')).toHaveValue('');
  });

  it('explains too many attempts (429) in German', async () => {
    const { fetch } = mockFetch({
      'POST /api/v1/auth/login': () =>
        problem(429, { code: 'too-many-attempts', title: 'Zu viele Versuche', detail: 'Erneut in 5 Minuten.' }),
    });
    renderApp(<LoginPage />, { fetch, path: '/login?shop=baeckerei', routePath: '/login', language: 'de' });
    const u = userEvent.setup();
    await u.type(field('E-Mail'), 'maria@example.com');
    await u.type(field('Passwort'), 'whatever-pass');
    await u.click(screen.getByRole('button', { name: 'Anmelden' }));
    const alert = await screen.findByRole('alert');
    // the same limit guards signup, password resets and confirmation mails: the text names no login
    expect(alert).toHaveTextContent('Zu viele Versuche. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.');
    expect(alert).not.toHaveTextContent('Anmeldeversuche');
    expect(alert).toHaveTextContent('Erneut in 5 Minuten.');
  });

  it('validates required fields without calling the server', async () => {
    const { fetch, calls } = mockFetch({});
    renderApp(<LoginPage />, { fetch, path: '/login', routePath: '/login' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Log in' }));
    expect(field('Shop')).toHaveAccessibleDescription(/Please fill in this field/);
    expect(calls).toHaveLength(0);
  });
});

describe('customer login', () => {
  it('uses the portal endpoint and goes to /portal', async () => {
    const { fetch, calls } = mockFetch({
      'POST /api/v1/portal/auth/login': () => json(200, { authenticated: true, user: user('CUSTOMER') }),
    });
    renderApp(<PortalLoginPage />, { fetch, path: '/portal/login?shop=baeckerei', routePath: '/portal/login' });
    await fillAndSubmit();
    expect(await screen.findByTestId('location')).toHaveTextContent('/portal');
    expect(calls[0].url).toBe('/api/v1/portal/auth/login');
  });
});
