import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../api';
import { field, json, mockFetch, problem, renderApp } from '../../../test/render';
import { CustomerContacts } from '../CustomerContacts';

const PATH = '/api/v1/shops/shop-1/customers/c-1/contacts';
const call: Contact = {
  id: 'k-1',
  channel: 'PHONE',
  direction: 'INBOUND',
  receivedAt: '2026-11-27T09:15:00Z',
  handlingMinutes: 12,
  topic: 'Brötchen waren hart',
  notes: 'Möchte Ersatz',
  customerType: 'GRUMBLER',
  recordedAt: '2026-11-27T09:30:00Z',
};

describe('the customer’s contacts', () => {
  it('lists them with channel, time in the shop’s zone, type and handling time', async () => {
    const { fetch } = mockFetch({ [`GET ${PATH}`]: () => json(200, { items: [call] }) });
    renderApp(<CustomerContacts shopId="shop-1" customerId="c-1" timeZone="Europe/Berlin" />, { fetch, language: 'de' });
    const row = await screen.findByTestId('contact-row');
    expect(row).toHaveTextContent('Telefon');
    expect(row).toHaveTextContent('Vom Kunden');
    expect(row).toHaveTextContent('10:15');
    expect(within(row).getByTestId('contact-type')).toHaveTextContent('Nörgler');
    expect(row).toHaveTextContent('12 Minuten');
  });

  it('logs a contact with a type, shows the handling tip, sends one idempotent request and reloads', async () => {
    let listed: Contact[] = [];
    const { fetch, calls } = mockFetch({
      [`GET ${PATH}`]: () => json(200, { items: listed }),
      [`POST ${PATH}`]: () => {
        listed = [{ ...call, id: 'k-2', channel: 'EMAIL', topic: 'Gutschein', customerType: 'SUSPICIOUS', notes: undefined }];
        return json(201, listed[0]);
      },
    });
    renderApp(<CustomerContacts shopId="shop-1" customerId="c-1" timeZone="Europe/Berlin" />, { fetch });
    expect(await screen.findByTestId('contacts-empty')).toHaveTextContent('No contacts recorded yet.');
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'Log contact' }));
    expect(field('Topic')).toHaveAccessibleDescription(/Please fill in this field\./);

    await u.click(screen.getAllByLabelText('Channel')[0]);
    await u.click(await screen.findByRole('option', { name: 'E-mail', hidden: true }));
    await u.type(field('Topic'), 'Gutschein');
    await u.type(field('Handling time (minutes)'), '8');
    await u.click(screen.getAllByLabelText('Type of dissatisfied customer')[0]);
    await u.click(await screen.findByRole('option', { name: 'Suspicious', hidden: true }));
    expect(screen.getByTestId('contact-type-tip')).toHaveTextContent('Be transparent');
    await u.click(screen.getByRole('button', { name: 'Log contact' }));

    expect(await screen.findByTestId('contact-logged')).toHaveTextContent('The contact is logged.');
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].body).toEqual({ channel: 'EMAIL', direction: 'INBOUND', topic: 'Gutschein', handlingMinutes: 8, customerType: 'SUSPICIOUS' });
    expect(posts[0].headers['idempotency-key']).toMatch(/.+/);
    await waitFor(() => expect(screen.getByTestId('contact-topic')).toHaveTextContent('Gutschein'));
    expect(field('Topic')).toHaveValue('');
  });

  it('shows the server’s refusal at the field it names', async () => {
    const { fetch } = mockFetch({
      [`GET ${PATH}`]: () => json(200, { items: [] }),
      [`POST ${PATH}`]: () =>
        problem(422, {
          type: 'https://stammkunde.de/problems/contact-topic-required',
          title: 'Topic missing',
          code: 'contact-topic-required',
          errors: [{ field: 'topic', message: 'Say what the contact was about.' }],
        }),
    });
    renderApp(<CustomerContacts shopId="shop-1" customerId="c-1" timeZone="Europe/Berlin" />, { fetch });
    const u = userEvent.setup();
    await u.type(await screen.findByLabelText(/^Topic/), 'x');
    await u.click(screen.getByRole('button', { name: 'Log contact' }));
    await waitFor(() => expect(field('Topic')).toHaveAccessibleDescription(/Say what the contact was about\./));
  });
});
