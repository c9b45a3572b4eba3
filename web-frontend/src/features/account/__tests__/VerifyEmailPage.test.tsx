import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../api';
import { AppRoutes } from '../../../App';
import { field, json, mockFetch, problem, renderApp, user, type Reply } from '../../../test/render';

const LINK = '/api/v1/auth/email-verification/tok-1';
const SESSION = '/api/v1/auth/session';
const CUSTOMERS = '/api/v1/shops/shop-1/customers';

type LookReply = Reply<`GET ${typeof LINK}`>;
type ConfirmReply = Reply<`POST ${typeof LINK}`>;

const open = (): LookReply => json(200, { shopName: 'Bäckerei Müller', email: 'maria@example.com', verified: false });
const confirmedLink = (): LookReply => json(200, { shopName: 'Bäckerei Müller', email: 'maria@example.com', verified: true });
const confirmed =
  (releasedMails: number) =>
  (): ConfirmReply =>
    json(200, { shopName: 'Bäckerei Müller', verified: true, releasedMails });

function backend(look: () => LookReply, confirm: () => ConfirmReply, sessionAfter?: Session) {
  return mockFetch({
    [`GET ${LINK}`]: look,
    [`POST ${LINK}`]: confirm,
    [`GET ${SESSION}`]: () => json(200, sessionAfter ?? { authenticated: false }),
    [`GET ${CUSTOMERS}`]: () => json(200, { items: [], page: 0, size: 25, total: 0 }),
  });
}

function renderPage(
  fetch: typeof globalThis.fetch,
  { session = { authenticated: false }, language = 'en' }: { session?: Session; language?: 'de' | 'en' } = {},
) {
  renderApp(<AppRoutes />, { fetch, session, path: '/verify-email/tok-1', language });
}

describe('confirming the shop’s e-mail address through the mailed link', () => {
  it('only looks the link up when the page opens (mail scanners follow links): shop, address and a button', async () => {
    const { fetch, calls } = backend(open, confirmed(0));
    renderPage(fetch);
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your e-mail address' })).toBeInTheDocument();
    expect(await screen.findByText('For Bäckerei Müller.')).toBeInTheDocument();
    expect(field('E-mail')).toHaveValue('maria@example.com');
    expect(screen.getByText(/Confirm that this address belongs to Bäckerei Müller\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Confirm address' })).toBeInTheDocument();
    expect(document.title).toBe('Confirm your e-mail address · Stammkunde');
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([`GET ${LINK}`]);
  });

  it('confirms with the button, says how many waiting mails go out now and leads to the login without a session', async () => {
    const { fetch, calls } = backend(open, confirmed(3));
    renderPage(fetch);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Confirm address' }));

    const done = await screen.findByTestId('verify-done');
    expect(done).toHaveTextContent('Your e-mail address is confirmed');
    expect(done).toHaveTextContent('Bäckerei Müller can now send e-mails to customers and staff and connect a till.');
    expect(within(done).getByTestId('verify-released')).toHaveTextContent('3 e-mails that were waiting go out now.');
    expect(screen.getByRole('link', { name: 'Go to login' })).toHaveAttribute('href', '/login');
    expect(screen.queryByRole('button', { name: 'Confirm address' })).not.toBeInTheDocument();
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => c.url)).toEqual([LINK]);
    expect(posts[0].headers['x-xsrf-token']).toBe('csrf-1');
    // the session is asked again: nobody is logged in, so the way on is the login
    expect(calls.filter((c) => c.url === SESSION)).toHaveLength(1);
  });

  it('says it in German, with the singular, and says nothing about mails when none waited', async () => {
    const one = backend(open, confirmed(1));
    renderPage(one.fetch, { language: 'de' });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Adresse bestätigen' }));
    expect(await screen.findByTestId('verify-done')).toHaveTextContent('Ihre E-Mail-Adresse ist bestätigt');
    expect(screen.getByTestId('verify-released')).toHaveTextContent('1 wartende E-Mail geht jetzt hinaus.');
    expect(screen.getByRole('link', { name: 'Zur Anmeldung' })).toHaveAttribute('href', '/login');
  });

  it('mentions no released mails when none were held', async () => {
    const { fetch } = backend(open, confirmed(0));
    renderPage(fetch, { language: 'de' });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Adresse bestätigen' }));
    expect(await screen.findByTestId('verify-done')).toHaveTextContent(
      'Bäckerei Müller kann jetzt E-Mails an Kunden und Mitarbeiter schicken und eine Kasse anbinden.',
    );
    expect(screen.queryByTestId('verify-released')).not.toBeInTheDocument();
  });

  it('reloads the owner’s session after confirming, so the admin opens without the banner', async () => {
    const { fetch, calls } = backend(open, confirmed(2), { authenticated: true, user: user('OWNER', true) });
    renderPage(fetch, { session: { authenticated: true, user: user('OWNER', false) } });
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Confirm address' }));
    await screen.findByTestId('verify-done');
    await waitFor(() => expect(calls.filter((c) => c.url === SESSION)).toHaveLength(1));

    const onward = screen.getByRole('link', { name: 'Go to the admin area' });
    expect(onward).toHaveAttribute('href', '/admin/customers');
    await u.click(onward);
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    expect(screen.queryByTestId('verify-banner')).not.toBeInTheDocument();
  });

  it('says when the address is confirmed already, offers no button, and refreshes an outdated staff session', async () => {
    const { fetch, calls } = backend(
      confirmedLink,
      confirmed(0),
      { authenticated: true, user: user('OWNER', true) },
    );
    renderPage(fetch, { session: { authenticated: true, user: user('OWNER', false) } });
    const already = await screen.findByTestId('verify-already');
    expect(already).toHaveTextContent('Already confirmed');
    expect(already).toHaveTextContent('The e-mail address of Bäckerei Müller is confirmed already. There is nothing more to do.');
    expect(screen.queryByRole('button', { name: 'Confirm address' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the admin area' })).toHaveAttribute('href', '/admin/customers');
    await waitFor(() => expect(calls.filter((c) => c.url === SESSION)).toHaveLength(1));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('says when a confirmed link is opened without a session, and leads to the login', async () => {
    const { fetch, calls } = backend(
      confirmedLink,
      confirmed(0),
    );
    renderPage(fetch, { language: 'de' });
    expect(await screen.findByTestId('verify-already')).toHaveTextContent('Bereits bestätigt');
    expect(screen.getByRole('link', { name: 'Zur Anmeldung' })).toHaveAttribute('href', '/login');
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([`GET ${LINK}`]);
  });

  it('says that an unknown, replaced or expired link (404) is no longer valid and how to get a new one', async () => {
    const { fetch, calls } = backend(() => problem(404, { code: 'not-found', title: 'Not found' }), confirmed(0));
    renderPage(fetch);
    const invalid = await screen.findByTestId('link-invalid');
    expect(within(invalid).getByRole('alert')).toHaveTextContent('This link is no longer valid');
    expect(invalid).toHaveTextContent('Log in as the owner: there you can have a new link sent.');
    expect(within(invalid).getByRole('link', { name: 'Go to login' })).toHaveAttribute('href', '/login');
    expect(screen.queryByRole('button', { name: 'Confirm address' })).not.toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('says so in German too', async () => {
    const { fetch } = backend(() => problem(404, { code: 'not-found', title: 'Nicht gefunden' }), confirmed(0));
    renderPage(fetch, { language: 'de' });
    const invalid = await screen.findByTestId('link-invalid');
    expect(invalid).toHaveTextContent('Dieser Link ist nicht mehr gültig');
    expect(invalid).toHaveTextContent('Melden Sie sich als Inhaber an: Dort können Sie sich einen neuen Link schicken lassen.');
  });

  it('says the link is no longer valid when it died while the page was open (404 on confirming)', async () => {
    const { fetch } = backend(open, () => problem(404, { code: 'not-found', title: 'Not found' }));
    renderPage(fetch);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Confirm address' }));
    expect(await screen.findByTestId('link-invalid')).toHaveTextContent('This link is no longer valid');
    expect(screen.queryByTestId('verify-done')).not.toBeInTheDocument();
  });

  it('shows other failures and keeps the button for another try', async () => {
    let fail = true;
    const { fetch } = backend(open, () =>
      fail ? problem(503, { code: 'server-error', title: 'Unavailable' }) : confirmed(0)(),
    );
    renderPage(fetch);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Confirm address' }));
    expect(await screen.findByTestId('form-error')).toHaveTextContent('The server had a problem. Please try again later.');
    fail = false;
    await u.click(screen.getByRole('button', { name: 'Confirm address' }));
    expect(await screen.findByTestId('verify-done')).toBeInTheDocument();
    expect(screen.queryByTestId('form-error')).not.toBeInTheDocument();
  });
});
