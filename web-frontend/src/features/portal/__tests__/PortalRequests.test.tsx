import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ServiceRequest, ServiceRequestInput } from '../../../api';
import { AppRoutes } from '../../../App';
import { PORTAL_CUSTOMER as customer } from '../../../test/fixtures';
import { field, json, mockFetch, problem, renderApp, SHOP, user, type Reply } from '../../../test/render';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const OPEN = 'POST /api/v1/portal/requests';

const resolved: ServiceRequest = {
  id: 'rq-1',
  number: 31,
  subject: 'Falscher Betrag auf der Rechnung',
  category: 'BILLING',
  status: 'RESOLVED',
  receivedAt: '2026-11-20T08:00:00Z',
  closedAt: '2026-11-22T15:00:00Z',
};
const working: ServiceRequest = {
  id: 'rq-2',
  number: 35,
  subject: 'Torte bestellt',
  description: 'Für Samstag, 12 Stück',
  category: 'OTHER',
  status: 'IN_PROGRESS',
  receivedAt: '2026-11-26T09:30:00Z',
};

function portal(open?: (body: ServiceRequestInput) => Reply<typeof OPEN>) {
  let requests = [working, resolved];
  return mockFetch({
    'GET /api/v1/portal/me': () => json(200, { customer, shop: SHOP, balance: { available: 0, pending: 0, owed: 0 } }),
    'GET /api/v1/portal/ledger': () => json(200, { items: [] }),
    'GET /api/v1/portal/rewards': () => json(200, { items: [] }),
    'GET /api/v1/portal/vouchers': () => json(200, { items: [] }),
    'GET /api/v1/portal/requests': () => json(200, { items: requests }),
    [OPEN]: (call) => {
      const body = call.body as ServiceRequestInput;
      if (open) return open(body);
      const created: ServiceRequest = {
        id: 'rq-3',
        number: 40,
        subject: body.subject,
        description: body.description,
        category: body.category ?? 'OTHER',
        status: 'RECEIVED',
        receivedAt: '2026-11-28T10:00:00Z',
      };
      requests = [created, ...requests];
      return json(201, created);
    },
  });
}

function open(fetch: typeof globalThis.fetch, language: 'de' | 'en' = 'en') {
  renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('CUSTOMER') }, path: '/portal?tab=service', language });
}

describe('service requests in the portal', () => {
  it('lists the customer’s requests with their status in words (German)', async () => {
    const { fetch } = portal();
    open(fetch, 'de');
    const section = await screen.findByTestId('portal-requests');
    expect(section).toHaveTextContent('Ihre Anfragen');
    const [first, second] = await within(section).findAllByTestId('request');
    expect(within(first).getByTestId('request-subject')).toHaveTextContent('#35 Torte bestellt');
    expect(within(first).getByTestId('request-status')).toHaveTextContent('In Bearbeitung');
    expect(first).toHaveTextContent('Gesendet am 26.11.2026, 10:30');
    expect(first).toHaveTextContent('Für Samstag, 12 Stück');
    expect(within(second).getByTestId('request-status')).toHaveTextContent('Erledigt');
    expect(second).toHaveTextContent('Rechnung');
    expect(within(second).getByTestId('request-closed')).toHaveTextContent('Erledigt am 22.11.2026, 16:00');
  });

  it('opens a request with subject, message and topic, sent once with a key, and shows it as received', async () => {
    const { fetch, calls } = portal();
    open(fetch);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'New request' }));
    const form = screen.getByRole('form', { name: 'New request' });
    await u.click(within(form).getByRole('button', { name: 'Send request' }));
    expect(field('Subject')).toHaveAccessibleDescription('Please fill in this field.');

    await u.type(field('Subject'), 'Brötchen zu hart');
    await u.type(field('Your message'), 'Heute Morgen gekauft.');
    await u.selectOptions(field('Topic (optional)'), 'Product quality');
    await u.click(within(form).getByRole('button', { name: 'Send request' }));

    expect(await screen.findByTestId('request-sent')).toHaveTextContent('Thank you! Your request #40 was received.');
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].body).toEqual({ subject: 'Brötchen zu hart', description: 'Heute Morgen gekauft.', category: 'PRODUCT_QUALITY' });
    expect(posts[0].headers['idempotency-key']).toMatch(UUID);
    const first = (await screen.findAllByTestId('request'))[0];
    expect(first).toHaveTextContent('#40 Brötchen zu hart');
    expect(within(first).getByTestId('request-status')).toHaveTextContent('Received');
    expect(screen.queryByRole('form', { name: 'New request' })).not.toBeInTheDocument();
  });

  it('sends no topic when none is chosen', async () => {
    const { fetch, calls } = portal();
    open(fetch);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'New request' }));
    await u.type(field('Subject'), 'Frage zu Punkten');
    await u.click(screen.getByRole('button', { name: 'Send request' }));
    await screen.findByTestId('request-sent');
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ subject: 'Frage zu Punkten' });
  });

  it('says so when five requests are open already (409 too-many-open-requests) and keeps the text', async () => {
    const { fetch } = portal(() =>
      problem(409, { code: 'too-many-open-requests', title: 'Too many open requests', detail: 'Five requests are open' }),
    );
    open(fetch);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'New request' }));
    await u.type(field('Subject'), 'Noch eine Frage');
    await u.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByTestId('requests-too-many')).toHaveTextContent(
      'You have five requests open. Please wait until one of them is resolved before you send a new one.',
    );
    expect(field('Subject')).toHaveValue('Noch eine Frage');
    expect(screen.queryByTestId('request-sent')).not.toBeInTheDocument();
  });
});
