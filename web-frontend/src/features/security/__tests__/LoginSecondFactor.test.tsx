import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { field, json, mockFetch, problem, renderApp, user } from '../../../test/render';
import { LoginPage } from '../LoginPage';
import { PortalLoginPage } from '../PortalLoginPage';

const CODE_LABEL = 'Code from your authenticator app';
/** The password was accepted, the code is awaited. */
const CODE_AWAITED = { authenticated: false, stage: 'second-factor' } as const;

async function password(u = userEvent.setup()) {
  await u.type(field('E-mail'), 'maria@example.com');
  await u.type(field('Password'), 'secret-password');
  await u.click(screen.getByRole('button', { name: 'Log in' }));
  return u;
}

describe('staff login with two factors', () => {
  it('asks for the code after the password, tells a wrong code at the input and logs in with the right one', async () => {
    let tries = 0;
    const { fetch, calls } = mockFetch({
      'POST /api/v1/auth/login': () => json(200, CODE_AWAITED),
      'POST /api/v1/auth/login/second-factor': () =>
        ++tries === 1
          ? problem(401, { type: 'https://stammkunde.de/problems/bad-second-factor', title: 'Bad second factor' })
          : json(200, { authenticated: true, user: user('OWNER') }),
    });
    renderApp(<LoginPage />, { fetch, path: '/login?shop=baeckerei', routePath: '/login' });
    const u = await password();

    const code = await screen.findByLabelText(new RegExp(`^${CODE_LABEL}`));
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(screen.getByText('No phone at hand? One of your recovery codes works too.')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Password/)).not.toBeInTheDocument();

    // not six digits nor a recovery code: not sent
    await u.type(code, '12345');
    await u.click(screen.getByRole('button', { name: 'Log in' }));
    expect(code).toHaveAccessibleDescription(/Enter the 6-digit code from your app or a recovery code/);
    expect(calls.filter((c) => c.url.endsWith('/second-factor'))).toHaveLength(0);

    await u.clear(code);
    await u.type(code, '123 456');
    await u.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(field(CODE_LABEL)).toHaveAccessibleDescription(/That code is not right/));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(field(CODE_LABEL)).toHaveValue('');

    await u.type(field(CODE_LABEL), '654321');
    await u.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/admin/customers');
    const sent = calls.filter((c) => c.url === '/api/v1/auth/login/second-factor');
    expect(sent.map((c) => c.body)).toEqual([{ code: '123456' }, { code: '654321' }]);
    expect(sent[1].headers['x-xsrf-token']).toBe('csrf-1');
  });

  it('takes a recovery code (lower case, dash added) on a normal keyboard', async () => {
    const { fetch, calls } = mockFetch({
      'POST /api/v1/auth/login': () => json(200, CODE_AWAITED),
      'POST /api/v1/auth/login/second-factor': () => json(200, { authenticated: true, user: user('AGENT') }),
    });
    renderApp(<LoginPage />, { fetch, path: '/login?shop=baeckerei', routePath: '/login' });
    const u = await password();
    await u.click(await screen.findByRole('button', { name: 'Use a recovery code' }));
    const code = field('Recovery code');
    expect(code).toHaveAttribute('inputmode', 'text');
    await u.type(code, 'ABCDE12345 fghij-k6789 mnpqr');
    await u.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/admin/customers');
    expect(calls[1].body).toEqual({ code: 'abcde-12345-fghij-k6789-mnpqr' });
  });

  it('goes back to the password when the pending login expired, and with "Back"', async () => {
    const { fetch } = mockFetch({
      'POST /api/v1/auth/login': () => json(200, CODE_AWAITED),
      'POST /api/v1/auth/login/second-factor': () =>
        problem(401, { type: 'https://stammkunde.de/problems/second-factor-login-expired', title: 'Expired' }),
    });
    renderApp(<LoginPage />, { fetch, path: '/login?shop=baeckerei', routePath: '/login' });
    const u = await password();
    await u.type(await screen.findByLabelText(new RegExp(`^${CODE_LABEL}`)), '123456');
    await u.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByTestId('second-factor-expired')).toHaveTextContent(
      'The time for entering the code has run out. Enter your password again.',
    );
    expect(field('Shop')).toHaveValue('baeckerei');
    expect(field('E-mail')).toHaveValue('maria@example.com');
    expect(field('Password')).toHaveValue('');

    await u.type(field('Password'), 'secret-password');
    await u.click(screen.getByRole('button', { name: 'Log in' }));
    await u.click(await screen.findByTestId('second-factor-back'));
    expect(field('Password')).toBeInTheDocument();
  });

  it('shows the code step again after a reload while the server still waits for the code; Back stays back', async () => {
    const { fetch } = mockFetch({});
    renderApp(<LoginPage />, { fetch, path: '/login?shop=baeckerei', routePath: '/login', session: CODE_AWAITED });
    expect(await screen.findByLabelText(new RegExp(`^${CODE_LABEL}`))).toBeInTheDocument();
    await userEvent.setup().click(screen.getByTestId('second-factor-back'));
    expect(field('Password')).toBeInTheDocument();
  });

  it('explains too many attempts (429) at the code', async () => {
    const { fetch } = mockFetch({
      'POST /api/v1/auth/login': () => json(200, CODE_AWAITED),
      'POST /api/v1/auth/login/second-factor': () =>
        problem(429, { code: 'too-many-attempts', title: 'Too many', detail: 'Try again in 5 minutes.' }),
    });
    renderApp(<LoginPage />, { fetch, path: '/login?shop=baeckerei', routePath: '/login', language: 'de' });
    const u = userEvent.setup();
    await u.type(field('E-Mail'), 'maria@example.com');
    await u.type(field('Passwort'), 'secret-password');
    await u.click(screen.getByRole('button', { name: 'Anmelden' }));
    await u.type(await screen.findByLabelText(/^Code aus Ihrer Authenticator-App/), '123456');
    await u.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Zu viele Versuche');
  });
});

describe('portal login with two factors', () => {
  it('sends the code to the portal and opens the portal', async () => {
    const { fetch, calls } = mockFetch({
      'POST /api/v1/portal/auth/login': () => json(200, CODE_AWAITED),
      'POST /api/v1/portal/auth/login/second-factor': () => json(200, { authenticated: true, user: user('CUSTOMER') }),
    });
    renderApp(<PortalLoginPage />, { fetch, path: '/portal/login?shop=baeckerei', routePath: '/portal/login' });
    const u = await password();
    await u.type(await screen.findByLabelText(new RegExp(`^${CODE_LABEL}`)), '123456');
    await u.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/portal');
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /api/v1/portal/auth/login',
      'POST /api/v1/portal/auth/login/second-factor',
    ]);
  });
});
