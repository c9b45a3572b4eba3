import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PendingInvitation } from '../../../api';
import { AppRoutes } from '../../../App';
import { field, json, mockFetch, noContent, problem, renderApp, user } from '../../../test/render';

const PATH = '/api/v1/shops/shop-1/staff';

const owner = { id: 'user-1', name: 'Maria Müller', email: 'maria@example.com', role: 'OWNER', active: true, secondFactor: true };
const anna: PendingInvitation = { id: 'inv-1', email: 'anna@example.com', role: 'AGENT', expiresAt: '2026-11-30T10:00:00Z' };
const ben: PendingInvitation = { id: 'inv-2', email: 'ben@example.com', role: 'AGENT', expiresAt: '2026-12-01T10:00:00Z' };

/** A staff list with two open invitations; `deleteAnswer` decides how the DELETE of Anna's invitation goes. */
function backend(deleteAnswer: 'ok' | 'gone') {
  let invitations = [anna, ben];
  return mockFetch({
    [`GET ${PATH}`]: () => json(200, { items: [owner], invitations }),
    [`DELETE ${PATH}/invitations/inv-1`]: () => {
      invitations = invitations.filter((i) => i.id !== 'inv-1');
      if (deleteAnswer === 'gone') return problem(404, { code: 'not-found', title: 'Not found' });
      return noContent();
    },
  });
}

function rows() {
  return screen.queryAllByTestId('invitation-row');
}

describe('revoking a staff invitation', () => {
  it('asks first, sends the DELETE and takes the invitation off the list', async () => {
    const { fetch, calls } = backend('ok');
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/staff' });
    await waitFor(() => expect(rows()).toHaveLength(2));
    const u = userEvent.setup();

    await u.click(within(rows()[0]).getByRole('button', { name: 'Revoke invitation for anna@example.com' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('“anna@example.com”');
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);

    // cancel keeps it
    await u.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);

    await u.click(within(rows()[0]).getByRole('button', { name: 'Revoke invitation for anna@example.com' }));
    await u.click(within(await screen.findByRole('dialog')).getByTestId('invitation-revoke-confirm'));

    expect(await screen.findByTestId('invitation-revoked')).toHaveTextContent('The invitation for anna@example.com was revoked.');
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual([`${PATH}/invitations/inv-1`]);
    expect(calls.filter((c) => c.method === 'DELETE')[0].headers['x-xsrf-token']).toBe('csrf-1');
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent('ben@example.com');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByTestId('form-error')).not.toBeInTheDocument();
  });

  it('says so and reloads when the invitation is no longer open (404)', async () => {
    const { fetch, calls } = backend('gone');
    renderApp(<AppRoutes />, {
      fetch,
      session: { authenticated: true, user: user('OWNER') },
      path: '/admin/staff',
      language: 'de',
    });
    await waitFor(() => expect(rows()).toHaveLength(2));
    const u = userEvent.setup();
    await u.click(within(rows()[0]).getByRole('button', { name: 'Einladung für anna@example.com zurückziehen' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('invitation-revoke-confirm')).toHaveTextContent('Zurückziehen');
    await u.click(within(dialog).getByTestId('invitation-revoke-confirm'));

    expect(await screen.findByTestId('invitation-gone')).toHaveTextContent('ist nicht mehr offen');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('ben@example.com');
    expect(calls.filter((c) => c.method === 'GET' && c.url === PATH)).toHaveLength(2);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('keeps the dialog open with the error when revoking fails otherwise', async () => {
    const { fetch } = mockFetch({
      [`GET ${PATH}`]: () => json(200, { items: [owner], invitations: [anna] }),
      [`DELETE ${PATH}/invitations/inv-1`]: () => problem(500, { code: 'server-error', title: 'Boom' }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/staff' });
    await waitFor(() => expect(rows()).toHaveLength(1));
    const u = userEvent.setup();
    await u.click(within(rows()[0]).getByTestId('invitation-revoke'));
    const dialog = await screen.findByRole('dialog');
    await u.click(within(dialog).getByTestId('invitation-revoke-confirm'));
    expect(await within(dialog).findByTestId('form-error')).toBeInTheDocument();
    expect(rows()).toHaveLength(1);
    expect(screen.queryByTestId('invitation-revoked')).not.toBeInTheDocument();
  });

  it('is not offered to agents: the staff page is for the owner only', async () => {
    const { fetch, calls } = mockFetch({
      'GET /api/v1/shops/shop-1/customers': () => json(200, { items: [], page: 0, size: 25, total: 0 }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/staff' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    expect(screen.queryByTestId('invitation-revoke')).not.toBeInTheDocument();
    expect(calls.some((c) => c.url.startsWith(PATH))).toBe(false);
  });
});

describe('off-boarding staff', () => {
  const jonas = { id: 'staff-2', name: 'Jonas Becker', email: 'jonas@example.com', role: 'AGENT', active: true, secondFactor: false };

  function offboarding(answer: 'ok' | 'last-owner') {
    let members = [owner, jonas];
    return mockFetch({
      [`GET ${PATH}`]: () => json(200, { items: members, invitations: [] }),
      [`PATCH ${PATH}/staff-2`]: (call) => {
        if (answer === 'last-owner')
          return problem(409, { code: 'last-owner', title: 'The last owner', detail: 'A shop needs an active owner: jonas@example.com is the last one.' });
        const active = (call.body as { active: boolean }).active;
        members = members.map((m) => (m.id === 'staff-2' ? { ...m, active } : m));
        return json(200, { ...jonas, active });
      },
      [`DELETE ${PATH}/staff-2`]: () => {
        members = members.filter((m) => m.id !== 'staff-2');
        return noContent();
      },
    });
  }

  function row(email: string) {
    return screen.getAllByTestId('staff-row').find((r) => r.textContent?.includes(email))!;
  }

  it("deactivates an agent after asking, shows it and offers to reactivate; the owner's own row has no actions", async () => {
    const { fetch, calls } = offboarding('ok');
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/staff' });
    await waitFor(() => expect(screen.getAllByTestId('staff-row')).toHaveLength(2));
    expect(within(row('maria@example.com')).queryByRole('button')).not.toBeInTheDocument();
    const u = userEvent.setup();

    await u.click(within(row('jonas@example.com')).getByRole('button', { name: 'Deactivate jonas@example.com' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('jonas@example.com is logged out everywhere at once');
    await u.click(within(dialog).getByTestId('staff-deactivate-confirm'));

    expect(await screen.findByTestId('staff-access-changed')).toHaveTextContent(
      'jonas@example.com is deactivated and logged out everywhere.',
    );
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([{ active: false }]);
    await waitFor(() => expect(within(row('jonas@example.com')).getByTestId('staff-status')).toHaveTextContent('Deactivated'));

    await u.click(within(row('jonas@example.com')).getByRole('button', { name: 'Reactivate jonas@example.com' }));
    await waitFor(() => expect(within(row('jonas@example.com')).getByTestId('staff-status')).toHaveTextContent('Active'));
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([{ active: false }, { active: true }]);
  });

  it('removes an agent after asking', async () => {
    const { fetch, calls } = offboarding('ok');
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/staff' });
    await waitFor(() => expect(screen.getAllByTestId('staff-row')).toHaveLength(2));
    const u = userEvent.setup();

    await u.click(within(row('jonas@example.com')).getByRole('button', { name: 'Remove jonas@example.com' }));
    await u.click(within(await screen.findByRole('dialog')).getByTestId('staff-remove-confirm'));

    expect(await screen.findByTestId('staff-access-changed')).toHaveTextContent('jonas@example.com was removed.');
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual([`${PATH}/staff-2`]);
    await waitFor(() => expect(screen.getAllByTestId('staff-row')).toHaveLength(1));
  });

  it('shows the refusal when the account is the last owner', async () => {
    const { fetch } = offboarding('last-owner');
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/staff' });
    await waitFor(() => expect(screen.getAllByTestId('staff-row')).toHaveLength(2));
    const u = userEvent.setup();

    await u.click(within(row('jonas@example.com')).getByRole('button', { name: 'Deactivate jonas@example.com' }));
    await u.click(within(await screen.findByRole('dialog')).getByTestId('staff-deactivate-confirm'));

    expect(await screen.findByTestId('form-error')).toHaveTextContent('A shop needs an active owner: jonas@example.com is the last one.');
    expect(screen.queryByTestId('staff-access-changed')).not.toBeInTheDocument();
  });
});

describe('inviting an agent', () => {
  it('says the invitation went out by mail, with its validity, and shows no link', async () => {
    let invitations: PendingInvitation[] = [];
    const { fetch, calls } = mockFetch({
      [`GET ${PATH}`]: () => json(200, { items: [owner], invitations }),
      [`POST ${PATH}/invitations`]: () => {
        invitations = [anna];
        return json(201, { id: 'inv-1', email: 'anna@example.com', role: 'AGENT', expiresAt: '2026-11-30T10:00:00Z' });
      },
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/staff' });
    await screen.findByTestId('staff-table');
    const u = userEvent.setup();
    await u.type(field('Invite an agent by e-mail'), ' anna@example.com');
    await u.click(screen.getByRole('button', { name: 'Invite' }));

    expect(await screen.findByTestId('invitation-mailed')).toHaveTextContent(
      'Invitation mailed to anna@example.com, valid until 30 Nov 2026, 11:00.',
    );
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ email: 'anna@example.com', role: 'AGENT' });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(field('Invite an agent by e-mail')).toHaveValue('');
    expect(screen.queryByText(/\/invite\//)).not.toBeInTheDocument();
    expect(screen.queryByTestId('invite-link')).not.toBeInTheDocument();
    expect(screen.queryByTestId('invitation-held')).not.toBeInTheDocument();
  });

  it('says the invitation waits until the shop address is confirmed', async () => {
    const { fetch } = mockFetch({
      [`GET ${PATH}`]: () => json(200, { items: [owner], invitations: [] }),
      [`POST ${PATH}/invitations`]: () =>
        json(201, { id: 'inv-1', email: 'anna@example.com', role: 'AGENT', expiresAt: '2026-11-30T10:00:00Z' }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER', false) }, path: '/admin/staff' });
    await screen.findByTestId('staff-table');
    const u = userEvent.setup();
    await u.type(field('Invite an agent by e-mail'), 'anna@example.com');
    await u.click(screen.getByRole('button', { name: 'Invite' }));

    expect(await screen.findByTestId('invitation-held')).toHaveTextContent(
      "It goes out as soon as you have confirmed your shop's e-mail address",
    );
  });
});

describe('removing a staff member’s two-factor login (lost phone and recovery codes)', () => {
  const jonas = { id: 'staff-2', name: 'Jonas', email: 'jonas@example.com', role: 'AGENT', active: true, secondFactor: true };

  it('is offered only for those who have it, marked in the list', async () => {
    const lena = { id: 'staff-3', name: 'Lena', email: 'lena@example.com', role: 'AGENT', active: true, secondFactor: false };
    const { fetch } = mockFetch({ [`GET ${PATH}`]: () => json(200, { items: [owner, jonas, lena], invitations: [] }) });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/staff' });
    const rows = await screen.findAllByTestId('staff-row');
    expect(within(rows[1]).getByTestId('staff-second-factor')).toHaveTextContent('Two-factor');
    expect(within(rows[1]).getByRole('button', { name: 'Remove two-factor login of jonas@example.com' })).toBeInTheDocument();
    expect(within(rows[2]).queryByTestId('staff-second-factor')).toBeNull();
    expect(within(rows[2]).queryByTestId('staff-reset-second-factor')).toBeNull();
  });

  it('asks first, may need the owner’s code again, and says it is done', async () => {
    let checked = false;
    const { fetch, calls } = mockFetch({
      [`GET ${PATH}`]: () => json(200, { items: [owner, jonas], invitations: [] }),
      [`DELETE ${PATH}/staff-2/second-factor`]: () =>
        checked
          ? noContent()
          : problem(403, { type: 'https://stammkunde.de/problems/second-factor-recheck-required', title: 'Confirm it is you' }),
      'POST /api/v1/account/second-factor/check': () => {
        checked = true;
        return noContent();
      },
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/staff' });
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Remove two-factor login of jonas@example.com' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove two-factor login?' });
    expect(confirm).toHaveTextContent('Only if jonas@example.com lost both their phone and their recovery codes');
    await u.click(within(confirm).getByTestId('staff-reset-second-factor-confirm'));

    const recheck = await screen.findByRole('dialog', { name: 'Confirm with your code' });
    await u.type(within(recheck).getByLabelText(/^Code from your authenticator app/), '123456');
    await u.click(within(recheck).getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByTestId('staff-access-changed')).toHaveTextContent('Two-factor login of jonas@example.com was removed.');
    expect(calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.url}`)).toEqual([
      `DELETE ${PATH}/staff-2/second-factor`,
      'POST /api/v1/account/second-factor/check',
      `DELETE ${PATH}/staff-2/second-factor`,
    ]);
  });

  it('shows the server’s answer in the dialog when it is not on (409)', async () => {
    const { fetch } = mockFetch({
      [`GET ${PATH}`]: () => json(200, { items: [owner, jonas], invitations: [] }),
      [`DELETE ${PATH}/staff-2/second-factor`]: () =>
        problem(409, { type: 'https://stammkunde.de/problems/second-factor-not-enabled', title: 'Two-factor login is not on' }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/staff' });
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Remove two-factor login of jonas@example.com' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove two-factor login?' });
    await u.click(within(confirm).getByTestId('staff-reset-second-factor-confirm'));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent('Two-factor login is not on');
  });
});
