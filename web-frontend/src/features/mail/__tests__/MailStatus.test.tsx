import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MailStatus, MailTrouble, Role } from '../../../api';
import { AppRoutes } from '../../../App';
import { programme } from '../../../test/fixtures';
import { json, mockFetch, problem, renderApp, user, type Reply } from '../../../test/render';

const PROGRAMME = '/api/v1/shops/shop-1/programme';
const MAIL_STATUS = '/api/v1/shops/shop-1/mail-status';

type MailStatusReply = Reply<`GET ${typeof MAIL_STATUS}`>;

function backend(mailStatus: () => MailStatusReply) {
  return mockFetch({
    [`GET ${PROGRAMME}`]: () => json(200, programme({ returnWindowDays: 14, expiryMode: 'AFTER_EARNING', expiryMonths: 12 })),
    [`GET ${MAIL_STATUS}`]: mailStatus,
  });
}

function renderProgramme(fetch: typeof globalThis.fetch, role: Role = 'OWNER', language: 'de' | 'en' = 'de') {
  renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user(role) }, path: '/admin/programme', language });
}

const troubles: MailTrouble[] = [
  {
    id: 'm1',
    recipient: 'erika@example.de',
    template: 'POINTS_EXPIRING',
    failed: false,
    attempts: 2,
    lastError: '421 Service not available',
    queuedAt: '2026-11-23T14:00:00Z',
    nextAttemptAt: '2026-11-23T15:05:00Z',
  },
  {
    id: 'm2',
    recipient: 'max@invalid.example',
    template: 'POINTS_EXPIRING',
    failed: true,
    attempts: 10,
    lastError: '550 5.1.1 Mailbox unknown',
    queuedAt: '2026-11-20T08:00:00Z',
  },
  { id: 'm3', recipient: 'ida@example.de', template: 'SOMETHING_NEW', failed: true, attempts: 1, lastError: '', queuedAt: '2026-11-20T08:00:00Z' },
];

describe('programme page: e-mail notices (owner)', () => {
  it('shows the counts and the troubles with their state in the shop’s time zone (German)', async () => {
    const { fetch, calls } = backend(() => json(200, { delivery: 'SMTP', held: 0, pending: 1, sent: 12, failed: 2, troubles }));
    renderProgramme(fetch);
    const card = await screen.findByTestId('mail-status');
    expect(within(card).getByRole('heading', { name: 'E-Mail-Benachrichtigungen' })).toBeInTheDocument();
    expect(await within(card).findByTestId('mail-sent')).toHaveTextContent('12');
    expect(within(card).getByText('Verschickt')).toBeInTheDocument();
    expect(within(card).getByTestId('mail-pending')).toHaveTextContent('1');
    expect(within(card).getByText('Wartend')).toBeInTheDocument();
    expect(within(card).getByTestId('mail-failed')).toHaveTextContent('2');
    expect(within(card).getByText('Fehlgeschlagen')).toBeInTheDocument();
    expect(within(card).queryByTestId('mail-hint')).not.toBeInTheDocument(); // mails were sent

    const table = within(card).getByTestId('mail-troubles');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Empfänger', 'Nachricht', 'Status']);
    const rows = within(table).getAllByTestId('mail-trouble');
    expect(rows).toHaveLength(3);
    // 15:05 UTC is 16:05 in Berlin
    expect(within(rows[0]).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'erika@example.de',
      'Punkte verfallen bald',
      'nächster Versuch 23.11.2026, 16:05421 Service not available',
    ]);
    expect(within(rows[0]).getByTestId('mail-trouble-error')).toHaveTextContent('421 Service not available');
    expect(within(rows[1]).getByTestId('mail-trouble-state')).toHaveTextContent('fehlgeschlagen nach 10 Versuchen');
    expect(within(rows[1]).getByTestId('mail-trouble-error')).toHaveTextContent('550 5.1.1 Mailbox unknown');
    // an unknown template is shown as sent; singular; no error text
    expect(within(rows[2]).getByText('SOMETHING_NEW')).toBeInTheDocument();
    expect(within(rows[2]).getByTestId('mail-trouble-state')).toHaveTextContent('fehlgeschlagen nach 1 Versuch');
    expect(within(rows[2]).queryByTestId('mail-trouble-error')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.url.includes('mail-status')).map((c) => c.method)).toEqual(['GET']);
  });

  it('names a mail that cannot be read (no recipient, no template)', async () => {
    const unreadable: MailTrouble = {
      id: 'm4',
      failed: true,
      attempts: 1,
      lastError: 'unreadable payload',
      queuedAt: '2026-11-20T08:00:00Z',
    };
    const { fetch } = backend(() => json(200, { delivery: 'SMTP', held: 0, pending: 0, sent: 3, failed: 1, troubles: [unreadable] }));
    renderProgramme(fetch, 'OWNER', 'en');
    const [row] = await screen.findAllByTestId('mail-trouble');
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '–',
      'unreadable message',
      'failed after 1 attemptunreadable payload',
    ]);
  });

  it('translates templates and states (English)', async () => {
    const { fetch } = backend(() => json(200, { delivery: 'SMTP', held: 0, pending: 1, sent: 0, failed: 1, troubles: troubles.slice(0, 2) }));
    renderProgramme(fetch, 'OWNER', 'en');
    const rows = await screen.findAllByTestId('mail-trouble');
    expect(rows[0]).toHaveTextContent('Points expiring soon');
    expect(within(rows[0]).getByTestId('mail-trouble-state')).toHaveTextContent('next attempt 23 Nov 2026, 16:05');
    expect(within(rows[1]).getByTestId('mail-trouble-state')).toHaveTextContent('failed after 10 attempts');
    expect(screen.getByTestId('mail-hint')).toBeInTheDocument(); // nothing sent yet
  });

  it('names the mails with links (portal link, invitation, new password, confirmation) in both languages', async () => {
    const templates = ['PORTAL_ACTIVATION', 'STAFF_INVITATION', 'STAFF_PASSWORD_RESET', 'CUSTOMER_PASSWORD_RESET', 'EMAIL_VERIFICATION'];
    const linkTroubles: MailTrouble[] = templates.map((template, i) => ({
      id: `t${i}`, recipient: 'x@example.de', template, failed: true, attempts: 1, lastError: '', queuedAt: '2026-11-20T08:00:00Z',
    }));
    const { fetch } = backend(() => json(200, { delivery: 'SMTP', held: 0, pending: 0, sent: 1, failed: 5, troubles: linkTroubles }));
    renderProgramme(fetch, 'OWNER', 'en');
    const names = async () => (await screen.findAllByTestId('mail-trouble')).map((r) => within(r).getAllByRole('cell')[1].textContent);
    expect(await names()).toEqual([
      'Portal link', 'Staff invitation', 'New password (staff)', 'New password (customer)', 'Confirm the e-mail address',
    ]);
    cleanup();
    renderProgramme(fetch, 'OWNER', 'de');
    expect(await names()).toEqual([
      'Portal-Link', 'Einladung für Mitarbeiter', 'Neues Passwort (Mitarbeiter)', 'Neues Passwort (Kunde)', 'E-Mail-Adresse bestätigen',
    ]);
  });

  it('explains when mails go out while nothing was ever sent, without a table', async () => {
    const { fetch } = backend(() => json(200, { delivery: 'SMTP', held: 0, pending: 0, sent: 0, failed: 0, troubles: [] }));
    renderProgramme(fetch);
    const hint = await screen.findByTestId('mail-hint');
    expect(hint).toHaveTextContent(
      'Noch nichts verschickt. E-Mails gehen hinaus für Portal-Links, Einladungen, neue Passwörter und 30 Tage bevor Punkte verfallen.',
    );
    const card = screen.getByTestId('mail-status');
    expect(within(card).getByTestId('mail-sent')).toHaveTextContent('0');
    expect(within(card).getByTestId('mail-pending')).toHaveTextContent('0');
    expect(within(card).getByTestId('mail-failed')).toHaveTextContent('0');
    expect(within(card).queryByTestId('mail-troubles')).not.toBeInTheDocument();
  });

  it('shows the same hint in English', async () => {
    const { fetch } = backend(() => json(200, { delivery: 'SMTP', held: 0, pending: 0, sent: 0, failed: 0, troubles: [] }));
    renderProgramme(fetch, 'OWNER', 'en');
    expect(await screen.findByTestId('mail-hint')).toHaveTextContent(
      'Nothing sent yet. E-mails go out for portal links, staff invitations, password resets and 30 days before points expire.',
    );
    expect(screen.getByRole('heading', { name: 'E-mail notices' })).toBeInTheDocument();
  });

  it('counts and explains the mails held until the shop’s address is confirmed (German, plural and singular)', async () => {
    let state: MailStatus = { delivery: 'SMTP', held: 3, pending: 0, sent: 0, failed: 0, troubles: [] };
    const { fetch } = backend(() => json(200, state));
    renderProgramme(fetch);
    const card = await screen.findByTestId('mail-status');
    expect(await within(card).findByTestId('mail-held')).toHaveTextContent('3');
    expect(within(card).getByText('Zurückgehalten')).toBeInTheDocument();
    expect(within(card).getByTestId('mail-held-hint')).toHaveTextContent(
      '3 E-Mails warten, bis Sie die E-Mail-Adresse Ihres Ladens bestätigen; dann gehen sie hinaus.',
    );
    // nothing was sent because of the confirmation, not because no points expired yet
    expect(within(card).queryByTestId('mail-hint')).not.toBeInTheDocument();

    state = { delivery: 'SMTP', held: 1, pending: 0, sent: 0, failed: 0, troubles: [] };
    cleanup();
    renderProgramme(fetch);
    expect(await screen.findByTestId('mail-held-hint')).toHaveTextContent(
      '1 E-Mail wartet, bis Sie die E-Mail-Adresse Ihres Ladens bestätigen; dann geht sie hinaus.',
    );
  });

  it('counts held mails in English and shows no held count once none are held', async () => {
    let state: MailStatus = { delivery: 'SMTP', held: 2, pending: 0, sent: 0, failed: 0, troubles: [] };
    const { fetch } = backend(() => json(200, state));
    renderProgramme(fetch, 'OWNER', 'en');
    expect(await screen.findByTestId('mail-held-hint')).toHaveTextContent(
      "2 e-mails wait until you confirm your shop's e-mail address; then they go out.",
    );
    expect(screen.getByText('Held')).toBeInTheDocument();

    state = { delivery: 'SMTP', held: 0, pending: 2, sent: 0, failed: 0, troubles: [] };
    cleanup();
    renderProgramme(fetch, 'OWNER', 'en');
    await waitFor(() => expect(screen.getByTestId('mail-pending')).toHaveTextContent('2'));
    expect(screen.queryByTestId('mail-held')).not.toBeInTheDocument();
    expect(screen.queryByTestId('mail-held-hint')).not.toBeInTheDocument();
    expect(screen.getByTestId('mail-hint')).toBeInTheDocument();
  });

  it('offers a retry when the status cannot be loaded', async () => {
    let answer: () => MailStatusReply = () => problem(500, { code: 'internal', title: 'Interner Fehler' });
    const { fetch } = backend(() => answer());
    renderProgramme(fetch);
    const card = await screen.findByTestId('mail-status');
    const retry = await within(card).findByTestId('retry');
    answer = () => json(200, { delivery: 'SMTP', held: 0, pending: 3, sent: 1, failed: 0, troubles: [] });
    await userEvent.setup().click(retry);
    await waitFor(() => expect(within(card).getByTestId('mail-pending')).toHaveTextContent('3'));
    expect(within(card).queryByTestId('retry')).not.toBeInTheDocument();
  });

  it('says when mails only go to the log, and sends given-up mails again', async () => {
    let state: MailStatus = { delivery: 'LOG', held: 0, pending: 0, sent: 4, failed: 2, troubles: troubles.slice(1) };
    const { fetch, calls } = mockFetch({
      [`GET ${PROGRAMME}`]: () => json(200, programme({ returnWindowDays: 14, expiryMode: 'AFTER_EARNING', expiryMonths: 12 })),
      [`GET ${MAIL_STATUS}`]: () => json(200, state),
      [`POST ${MAIL_STATUS}/retry`]: () => {
        state = { delivery: 'LOG', held: 0, pending: 2, sent: 4, failed: 0, troubles: [] };
        return json(200, { requeued: 2 });
      },
    });
    renderProgramme(fetch);
    const card = await screen.findByTestId('mail-status');
    expect(await within(card).findByTestId('mail-log-only')).toHaveTextContent(
      'Kein Mailserver eingerichtet: E-Mails werden nur ins Server-Log geschrieben, nicht zugestellt.',
    );

    await userEvent.setup().click(within(card).getByTestId('mail-retry'));

    expect(await within(card).findByTestId('mail-retried')).toHaveTextContent('2 E-Mails werden erneut gesendet.');
    await waitFor(() => expect(within(card).getByTestId('mail-pending')).toHaveTextContent('2'));
    expect(within(card).queryByTestId('mail-retry')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual([`${MAIL_STATUS}/retry`]);
  });

  it('shows no card when the server does not know the endpoint yet (404)', async () => {
    const { fetch, calls } = backend(() => problem(404, { code: 'not-found', title: 'Nicht gefunden' }));
    renderProgramme(fetch);
    await waitFor(() => expect(calls.some((c) => c.url.includes('mail-status'))).toBe(true));
    await waitFor(() => expect(screen.queryByTestId('mail-status')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Konten prüfen' })).toBeInTheDocument();
  });
});

describe('programme page: e-mail notices (agent)', () => {
  it('neither shows the card nor asks for the mail status', async () => {
    const { fetch, calls } = backend(() => problem(403, { code: 'forbidden', title: 'Verboten' }));
    renderProgramme(fetch, 'AGENT');
    await screen.findByTestId('programme-read-only');
    await waitFor(() => expect(screen.getByTestId('programme-rate')).toHaveValue('1'));
    expect(screen.queryByTestId('mail-status')).not.toBeInTheDocument();
    expect(screen.queryByText('E-Mail-Benachrichtigungen')).not.toBeInTheDocument();
    expect(calls.some((c) => c.url.includes('mail-status'))).toBe(false);
  });
});
