import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SecondFactorStatus } from '../../../api';
import { AppRoutes } from '../../../App';
import { field, json, mockFetch, noContent, problem, renderApp, user } from '../../../test/render';
import { AdjustPointsForm } from '../../ledger/AdjustPointsForm';
import { StepUpProvider } from '../StepUp';

const CODE_LABEL = 'Code from your authenticator app';
const SECRET = 'JBSWY3DPEHPK3PXP';

describe('an owner whose shop requires two-factor login and who has not set it up', () => {
  it('sees only the setup and logout; once the recovery codes are saved the admin opens', async () => {
    let status: SecondFactorStatus = { enabled: false, required: true, recoveryCodesLeft: 0 };
    const mustSetUp = { ...user('OWNER'), secondFactorEnabled: false, secondFactorSetupRequired: true };
    const { fetch, calls } = mockFetch({
      'GET /api/v1/account/second-factor': () => json(200, status),
      'POST /api/v1/account/second-factor/setup': () =>
        json(200, { secret: SECRET, otpauthUri: `otpauth://totp/Stammkunde:maria?secret=${SECRET}` }),
      'POST /api/v1/account/second-factor': () => {
        status = { enabled: true, required: true, enabledAt: '2026-11-23T10:00:00Z', recoveryCodesLeft: 10 };
        return json(200, { recoveryCodes: Array.from({ length: 10 }, (_, i) => `aaaa${i}-bbbb${i}`) });
      },
      'GET /api/v1/auth/session': () => json(200, { authenticated: true, user: user('OWNER') }),
      'GET /api/v1/shops/shop-1/customers': () => json(200, { items: [], page: 0, size: 25, total: 0 }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: mustSetUp }, path: '/admin/customers' });

    const gate = await screen.findByTestId('second-factor-setup-required');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Set up two-factor login');
    expect(gate).toHaveTextContent('Bäckerei Müller requires owners to log in with two factors.');
    expect(await within(gate).findByTestId('second-factor-required')).toHaveTextContent(
      'Your shop requires two-factor login for owners. Turn it on to continue.',
    );
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
    // no owner API is asked while the setup is missing (the server would refuse them)
    expect(calls.some((c) => c.url.includes('/shops/'))).toBe(false);

    const u = userEvent.setup();
    await u.click(within(gate).getByRole('button', { name: 'Turn on' }));
    await u.type(await screen.findByLabelText(new RegExp(`^${CODE_LABEL}`)), '123456');
    await u.click(within(gate).getByRole('button', { name: 'Confirm' }));
    expect(await within(gate).findAllByTestId('recovery-code')).toHaveLength(10);
    // the codes stay until they are saved, even though the setup is done
    expect(calls.some((c) => c.url === '/api/v1/auth/session')).toBe(false);
    await u.click(within(gate).getByLabelText('I have saved my recovery codes'));
    await u.click(within(gate).getByRole('button', { name: 'Done' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(screen.queryByTestId('second-factor-setup-required')).not.toBeInTheDocument();
  });

  it('logs out from the setup screen', async () => {
    const mustSetUp = { ...user('OWNER'), secondFactorEnabled: false, secondFactorSetupRequired: true };
    const { fetch } = mockFetch({
      'GET /api/v1/account/second-factor': () => json(200, { enabled: false, required: true, recoveryCodesLeft: 0 }),
      'POST /api/v1/auth/logout': () => noContent(),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: mustSetUp }, path: '/admin/account', language: 'de' });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Abmelden' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Anmeldung für Mitarbeiter');
    expect(field('Laden')).toHaveValue('baeckerei');
  });
});

describe('sensitive owner actions ask for the code again (403 second-factor-recheck-required)', () => {
  it('issuing an API key: the code is confirmed, the request sent once more and the secret shown', async () => {
    let checked = false;
    let checks = 0;
    const { fetch, calls } = mockFetch({
      'GET /api/v1/shops/shop-1/api-keys': () => json(200, { items: [] }),
      'POST /api/v1/shops/shop-1/api-keys': () =>
        checked
          ? json(201, { id: 'k1', name: 'Kasse 1', hint: 'abcd', createdAt: '2026-11-23T10:00:00Z', secret: 'stk_secret' })
          : problem(403, { type: 'https://stammkunde.de/problems/second-factor-recheck-required', title: 'Confirm it is you' }),
      'POST /api/v1/account/second-factor/check': () => {
        if (++checks === 1) {
          return problem(422, {
            type: 'https://stammkunde.de/problems/bad-second-factor',
            title: 'Bad second factor',
            errors: [{ field: 'code', message: 'wrong code' }],
          });
        }
        checked = true;
        return noContent();
      },
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/api-keys' });
    const u = userEvent.setup();
    await u.type(await screen.findByTestId('api-key-name'), 'Kasse 1');
    await u.click(screen.getByTestId('api-key-issue'));

    const dialog = await screen.findByRole('dialog', { name: 'Confirm with your code' });
    await u.type(within(dialog).getByLabelText(new RegExp(`^${CODE_LABEL}`)), '111111');
    await u.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText(new RegExp(`^${CODE_LABEL}`))).toHaveAccessibleDescription(/That code is not right/),
    );
    await u.clear(within(dialog).getByLabelText(new RegExp(`^${CODE_LABEL}`)));
    await u.type(within(dialog).getByLabelText(new RegExp(`^${CODE_LABEL}`)), '222222');
    await u.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByTestId('api-key-secret')).toHaveTextContent('stk_secret');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.filter((c) => c.method === 'POST').map((c) => `${c.url} ${JSON.stringify(c.body)}`)).toEqual([
      '/api/v1/shops/shop-1/api-keys {"name":"Kasse 1"}',
      '/api/v1/account/second-factor/check {"code":"111111"}',
      '/api/v1/account/second-factor/check {"code":"222222"}',
      '/api/v1/shops/shop-1/api-keys {"name":"Kasse 1"}',
    ]);
  });

  it('adjusting points: cancelling the dialog leaves the refusal in the form, nothing is sent again', async () => {
    const { fetch, calls } = mockFetch({
      'POST /api/v1/shops/shop-1/customers/c1/adjustments': () =>
        problem(403, {
          type: 'https://stammkunde.de/problems/second-factor-recheck-required',
          title: 'Confirm it is you',
          detail: 'Adjustments above 500 points need your code again.',
        }),
    });
    renderApp(
      <StepUpProvider>
        <AdjustPointsForm customerId="c1" available={0} onAdjusted={() => undefined} />
      </StepUpProvider>,
      { fetch, session: { authenticated: true, user: user('OWNER') } },
    );
    const u = userEvent.setup();
    await u.type(screen.getByLabelText(/^Points/), '+600');
    await u.type(screen.getByLabelText(/^Reason/), 'Goodwill');
    await u.click(screen.getByRole('button', { name: 'Adjust points' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm with your code' });
    await u.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByTestId('form-error')).toHaveTextContent('Confirm it is you');
    expect(calls.filter((c) => c.url.endsWith('/adjustments'))).toHaveLength(1);
    expect(calls.some((c) => c.url.endsWith('/check'))).toBe(false);
  });
});
