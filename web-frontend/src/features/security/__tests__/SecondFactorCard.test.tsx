import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SecondFactorStatus } from '../../../api';
import { AppRoutes } from '../../../App';
import { field, json, mockFetch, noContent, problem, renderApp, user } from '../../../test/render';

const CODE_LABEL = 'Code from your authenticator app';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DP';
const CODES = Array.from({ length: 10 }, (_, i) => `abcd${i}-${i}2345`);

/** The account API of one person; `status` changes as the calls do. */
function backend(initial: Partial<SecondFactorStatus> = {}) {
  let status: SecondFactorStatus = { enabled: false, required: false, recoveryCodesLeft: 0, ...initial };
  const mock = mockFetch({
    'GET /api/v1/account/second-factor': () => json(200, status),
    'POST /api/v1/account/second-factor/setup': () =>
      json(200, { secret: SECRET, otpauthUri: `otpauth://totp/Stammkunde:maria%40example.com?secret=${SECRET}&issuer=Stammkunde` }),
    'POST /api/v1/account/second-factor': (call) => {
      if ((call.body as { code: string }).code !== '246810') {
        return problem(422, {
          type: 'https://stammkunde.de/problems/bad-second-factor',
          title: 'Bad second factor',
          errors: [{ field: 'code', message: 'wrong code' }],
        });
      }
      status = { enabled: true, required: status.required, enabledAt: '2026-11-23T10:00:00Z', recoveryCodesLeft: 10 };
      return json(200, { recoveryCodes: CODES });
    },
    'POST /api/v1/account/second-factor/recovery-codes': () => {
      status = { ...status, recoveryCodesLeft: 10 };
      return json(200, { recoveryCodes: CODES.map((c) => c.replace('abcd', 'wxyz')) });
    },
    'POST /api/v1/account/second-factor/disable': (call) => {
      if ((call.body as { password: string }).password !== 'secret-password') {
        return problem(422, {
          type: 'https://stammkunde.de/problems/password-wrong',
          title: 'Wrong password',
          errors: [{ field: 'password', message: 'The password is not correct.' }],
        });
      }
      status = { enabled: false, required: false, recoveryCodesLeft: 0 };
      return noContent();
    },
    'GET /api/v1/auth/session': () => json(200, { authenticated: true, user: user('OWNER') }),
  });
  return mock;
}

function account(mock: ReturnType<typeof backend>, language: 'en' | 'de' = 'en') {
  renderApp(<AppRoutes />, {
    fetch: mock.fetch,
    session: { authenticated: true, user: user('OWNER') },
    path: '/admin/account',
    language,
  });
}

describe('two-factor login on the account page', () => {
  it('turns it on: QR code and grouped secret, a wrong code refused, the recovery codes once, then "On"', async () => {
    const mock = backend();
    account(mock);
    const card = await screen.findByTestId('second-factor-card');
    expect(within(card).getByRole('heading', { name: 'Two-factor login' })).toBeInTheDocument();
    await waitFor(() => expect(within(card).getByTestId('second-factor-status')).toHaveTextContent('Off'));
    const u = userEvent.setup();
    await u.click(within(card).getByRole('button', { name: 'Turn on' }));

    const qr = await within(card).findByRole('img', { name: 'QR code for adding Stammkunde to your authenticator app' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(within(card).getByTestId('second-factor-secret')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP');
    expect(within(card).getByRole('button', { name: 'Copy' })).toBeInTheDocument();

    await u.type(field(CODE_LABEL), '12345');
    await u.click(within(card).getByRole('button', { name: 'Confirm' }));
    expect(field(CODE_LABEL)).toHaveAccessibleDescription(/Enter the 6-digit code from your app/);

    await u.clear(field(CODE_LABEL));
    await u.type(field(CODE_LABEL), '111111');
    await u.click(within(card).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(field(CODE_LABEL)).toHaveAccessibleDescription(/That code is not right/));
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();

    await u.clear(field(CODE_LABEL));
    await u.type(field(CODE_LABEL), '246 810');
    await u.click(within(card).getByRole('button', { name: 'Confirm' }));
    const codes = await within(card).findByTestId('recovery-codes');
    expect(within(codes).getAllByTestId('recovery-code').map((c) => c.textContent)).toEqual(CODES);
    expect(within(codes).getByRole('button', { name: 'Copy all' })).toBeInTheDocument();
    expect(within(codes).getByRole('button', { name: 'Download' })).toBeInTheDocument();
    const done = within(codes).getByRole('button', { name: 'Done' });
    expect(done).toBeDisabled();
    await u.click(within(codes).getByLabelText('I have saved my recovery codes'));
    await u.click(done);

    await waitFor(() => expect(within(card).getByTestId('second-factor-status')).toHaveTextContent('On'));
    expect(within(card).getByTestId('second-factor-since')).toHaveTextContent('On since 23 Nov 2026, 11:00.');
    expect(within(card).getByTestId('recovery-codes-left')).toHaveTextContent('10 recovery codes left.');
    expect(within(card).queryByTestId('recovery-code')).not.toBeInTheDocument();
    const posts = mock.calls.filter((c) => c.method === 'POST').map((c) => [c.url, c.body]);
    expect(posts).toEqual([
      ['/api/v1/account/second-factor/setup', undefined],
      ['/api/v1/account/second-factor', { code: '111111' }],
      ['/api/v1/account/second-factor', { code: '246810' }],
    ]);
    // the session is loaded again (secondFactorEnabled)
    expect(mock.calls.some((c) => c.url === '/api/v1/auth/session')).toBe(true);
  });

  it('gives new recovery codes for a code, and turns it off with password and code', async () => {
    const mock = backend({ enabled: true, enabledAt: '2026-11-20T10:00:00Z', recoveryCodesLeft: 2 });
    account(mock);
    const card = await screen.findByTestId('second-factor-card');
    const left = await within(card).findByTestId('recovery-codes-left');
    expect(left).toHaveTextContent('2 recovery codes left. Create new ones before they run out.');
    const u = userEvent.setup();
    await u.click(within(card).getByRole('button', { name: 'New recovery codes' }));
    await u.type(field(CODE_LABEL), '135790');
    await u.click(within(card).getByRole('button', { name: 'Create new codes' }));
    expect(await within(card).findAllByTestId('recovery-code')).toHaveLength(10);
    await u.click(within(card).getByLabelText('I have saved my recovery codes'));
    await u.click(within(card).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(within(card).getByTestId('recovery-codes-left')).toHaveTextContent('10 recovery codes left.'));

    await u.click(within(card).getByRole('button', { name: 'Turn off' }));
    await u.type(field('Your password'), 'wrong-password');
    await u.type(field(CODE_LABEL), '135791');
    await u.click(within(card).getByRole('button', { name: 'Turn off' }));
    await waitFor(() => expect(field('Your password')).toHaveAccessibleDescription(/The password is not correct/));
    await u.clear(field('Your password'));
    await u.type(field('Your password'), 'secret-password');
    await u.click(within(card).getByRole('button', { name: 'Turn off' }));
    await waitFor(() => expect(within(card).getByTestId('second-factor-status')).toHaveTextContent('Off'));
    expect(mock.calls.filter((c) => c.url.endsWith('/disable')).map((c) => c.body)).toEqual([
      { password: 'wrong-password', code: '135791' },
      { password: 'secret-password', code: '135791' },
    ]);
  });

  it('offers no "Turn off" while the shop requires it, and says why (German)', async () => {
    const mock = backend({ enabled: true, required: true, enabledAt: '2026-11-20T10:00:00Z', recoveryCodesLeft: 8 });
    account(mock, 'de');
    const card = await screen.findByTestId('second-factor-card');
    expect(await within(card).findByTestId('second-factor-required')).toHaveTextContent(
      'Ihr Laden verlangt die Zwei-Faktor-Anmeldung für Inhaber, deshalb lässt sie sich nicht ausschalten.',
    );
    expect(within(card).getByTestId('second-factor-status')).toHaveTextContent('An');
    expect(within(card).getByTestId('recovery-codes-left')).toHaveTextContent('Noch 8 Wiederherstellungscodes.');
    expect(within(card).queryByRole('button', { name: 'Ausschalten' })).not.toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Neue Wiederherstellungscodes' })).toBeInTheDocument();
  });
});
