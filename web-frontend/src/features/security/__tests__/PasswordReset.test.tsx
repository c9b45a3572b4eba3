import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../../App';
import { accepted, field, json, mockFetch, noContent, problem, renderApp } from '../../../test/render';

const STAFF = '/api/v1/auth/password-reset';
const PORTAL = '/api/v1/portal/auth/password-reset';

describe('asking for a password reset', () => {
  it('goes from the staff login to the form with the shop typed there, and confirms neutrally', async () => {
    const { fetch, calls } = mockFetch({ [`POST ${STAFF}`]: () => accepted() });
    renderApp(<AppRoutes />, { fetch, path: '/login' });
    const u = userEvent.setup();
    await u.type(field('Shop'), 'Baeckerei');
    await u.click(screen.getByRole('link', { name: 'Forgot your password?' }));

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Forgot your password?');
    expect(field('Shop')).toHaveValue('baeckerei');
    await u.type(field('E-mail'), ' maria@example.com ');
    await u.click(screen.getByRole('button', { name: 'Send link' }));

    const sent = await screen.findByTestId('reset-requested');
    expect(sent).toHaveTextContent('Please check your e-mail');
    expect(sent).toHaveTextContent(
      'If an account exists for maria@example.com at this shop, we have sent it a link to choose a new password. The link works once, for 30 minutes.',
    );
    expect(calls).toHaveLength(1);
    expect(calls[0].body).toEqual({ shop: 'baeckerei', email: 'maria@example.com' });
    expect(calls[0].headers['x-xsrf-token']).toBe('csrf-1');
    expect(screen.getByRole('link', { name: 'Back to login' })).toHaveAttribute('href', '/login?shop=baeckerei');
  });

  it('checks the address before asking the server', async () => {
    const { fetch, calls } = mockFetch({ [`POST ${STAFF}`]: () => accepted() });
    renderApp(<AppRoutes />, { fetch, path: '/forgot-password' });
    const u = userEvent.setup();
    await u.type(field('E-mail'), 'maria@');
    await u.click(screen.getByRole('button', { name: 'Send link' }));
    expect(field('Shop')).toHaveAccessibleDescription(/Please fill in this field/);
    expect(field('E-mail')).toHaveAccessibleDescription(/Please enter a valid e-mail address/);
    expect(calls).toHaveLength(0);
  });

  it('says when it was asked too often (429), in German, and keeps the form', async () => {
    const { fetch } = mockFetch({
      [`POST ${STAFF}`]: () =>
        problem(429, { code: 'too-many-attempts', title: 'Zu viele Anmeldeversuche', detail: 'Bitte warten Sie 12 Minuten.' }),
    });
    renderApp(<AppRoutes />, { fetch, path: '/forgot-password?shop=baeckerei', language: 'de' });
    const u = userEvent.setup();
    await u.type(field('E-Mail'), 'maria@example.com');
    await u.click(screen.getByRole('button', { name: 'Link senden' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Zu viele Anfragen für ein neues Passwort');
    expect(alert).toHaveTextContent('Bitte warten Sie 12 Minuten.');
    expect(alert).not.toHaveTextContent('Anmeldeversuche');
    expect(screen.queryByTestId('reset-requested')).not.toBeInTheDocument();
    expect(field('E-Mail')).toHaveValue('maria@example.com');
  });

  it('uses the portal endpoint from the customer login and leads back there', async () => {
    const { fetch, calls } = mockFetch({ [`POST ${PORTAL}`]: () => accepted() });
    renderApp(<AppRoutes />, { fetch, path: '/portal/login?shop=baeckerei' });
    const u = userEvent.setup();
    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute(
      'href',
      '/portal/forgot-password?shop=baeckerei',
    );
    await u.click(screen.getByRole('link', { name: 'Forgot your password?' }));
    await u.type(await screen.findByLabelText(/^E-mail/), 'kim@example.com');
    await u.click(screen.getByRole('button', { name: 'Send link' }));
    expect(await screen.findByTestId('reset-requested')).toHaveTextContent(
      'If a customer account exists for kim@example.com at this shop, we have sent it a link',
    );
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([`POST ${PORTAL}`]);
    expect(screen.getByRole('link', { name: 'Back to login' })).toHaveAttribute('href', '/portal/login?shop=baeckerei');
  });
});

describe('setting a new password through the mailed link', () => {
  it('shows whose password it is, checks the repetition, sets it and leads to the staff login', async () => {
    const { fetch, calls } = mockFetch({
      [`GET ${STAFF}/tok-1`]: () => json(200, { shopName: 'Bäckerei Müller', email: 'maria@example.com' }),
      [`POST ${STAFF}/tok-1`]: () => noContent(),
    });
    renderApp(<AppRoutes />, { fetch, path: '/reset-password/tok-1' });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Choose a new password');
    expect(screen.getByText('For your account at Bäckerei Müller.')).toBeInTheDocument();
    expect(field('E-mail')).toHaveValue('maria@example.com');

    const u = userEvent.setup();
    await u.type(field('New password'), 'new-secret-pass');
    await u.type(field('Repeat password'), 'new-secret-pasS');
    await u.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(field('Repeat password')).toHaveAccessibleDescription(/The passwords do not match/);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await u.clear(field('Repeat password'));
    await u.type(field('Repeat password'), 'new-secret-pass');
    await u.click(screen.getByRole('button', { name: 'Save new password' }));
    const done = await screen.findByTestId('password-reset-done');
    expect(done).toHaveTextContent('Your new password is set');
    expect(done).toHaveTextContent('Log in with your new password.');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ password: 'new-secret-pass' });
    await u.click(screen.getByRole('link', { name: 'Go to login' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Staff login');
  });

  it('shows a password rule of the server at the input', async () => {
    const { fetch } = mockFetch({
      [`GET ${PORTAL}/tok-2`]: () => json(200, { shopName: 'Bäckerei Müller', email: 'kim@example.com' }),
      [`POST ${PORTAL}/tok-2`]: () =>
        problem(422, {
          code: 'password-too-long',
          title: 'Password too long',
          detail: 'Use at most 72 bytes (umlauts count twice).',
          errors: [{ field: 'password', message: 'Use at most 72 bytes (umlauts count twice).' }],
        }),
    });
    renderApp(<AppRoutes />, { fetch, path: '/portal/reset-password/tok-2' });
    const u = userEvent.setup();
    await u.type(await screen.findByLabelText(/^New password/), 'ä'.repeat(40));
    await u.type(field('Repeat password'), 'ä'.repeat(40));
    await u.click(screen.getByRole('button', { name: 'Save new password' }));
    await waitFor(() => expect(field('New password')).toHaveAccessibleDescription(/Use at most 72 bytes/));
    expect(screen.getByRole('alert')).toHaveTextContent('Password too long');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Use at most 72 bytes');
  });

  it('says when the link is no longer valid (404) and offers a new one — staff', async () => {
    const { fetch } = mockFetch({
      [`GET ${STAFF}/old`]: () => problem(404, { code: 'not-found', title: 'Not found' }),
    });
    renderApp(<AppRoutes />, { fetch, path: '/reset-password/old' });
    expect(await screen.findByRole('alert')).toHaveTextContent('This link is no longer valid');
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
    expect(screen.getByRole('link', { name: 'Go to login' })).toHaveAttribute('href', '/login');
    expect(screen.queryByLabelText(/^New password/)).not.toBeInTheDocument();
  });

  it('says when the link is no longer valid (404) and offers a new one — customers, in German', async () => {
    const { fetch } = mockFetch({
      [`GET ${PORTAL}/old`]: () => problem(404, { code: 'not-found', title: 'Nicht gefunden' }),
    });
    renderApp(<AppRoutes />, { fetch, path: '/portal/reset-password/old', language: 'de' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Dieser Link ist nicht mehr gültig');
    expect(screen.getByRole('link', { name: 'Neuen Link anfordern' })).toHaveAttribute('href', '/portal/forgot-password');
    expect(screen.getByRole('link', { name: 'Zur Anmeldung' })).toHaveAttribute('href', '/portal/login');
  });

  it('says so when the link was used up while the form was open', async () => {
    const { fetch } = mockFetch({
      [`GET ${PORTAL}/tok-3`]: () => json(200, { shopName: 'Bäckerei Müller', email: 'kim@example.com' }),
      [`POST ${PORTAL}/tok-3`]: () => problem(404, { code: 'not-found', title: 'Not found' }),
    });
    renderApp(<AppRoutes />, { fetch, path: '/portal/reset-password/tok-3' });
    const u = userEvent.setup();
    await u.type(await screen.findByLabelText(/^New password/), 'new-secret-pass');
    await u.type(field('Repeat password'), 'new-secret-pass');
    await u.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByTestId('link-invalid')).toHaveTextContent('This link is no longer valid');
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/portal/forgot-password');
    expect(screen.queryByTestId('password-reset-done')).not.toBeInTheDocument();
  });
});

describe('an activation link that is no longer valid', () => {
  it('offers to have a new one sent', async () => {
    const { fetch } = mockFetch({
      'GET /api/v1/portal/auth/activations/old': () => problem(404, { code: 'not-found', title: 'Not found' }),
    });
    renderApp(<AppRoutes />, { fetch, path: '/portal/activate/old' });
    expect(await screen.findByRole('alert')).toHaveTextContent('This activation link is not valid');
    expect(screen.getByRole('link', { name: 'Send me a new link' })).toHaveAttribute('href', '/portal/forgot-password');
  });
});
