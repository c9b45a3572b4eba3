import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../../App';
import { json, mockFetch, renderApp, user } from '../../../test/render';
import { caseSummary } from './fixtures';

const LIST = 'GET /api/v1/shops/shop-1/cases';
const RISK = 'GET /api/v1/shops/shop-1/service-standards/at-risk';
const query = (url: string) => new URL(url, 'http://localhost').searchParams;
/** The list requests only (the page also asks which cases are at risk). */
const listCalls = <T extends { url: string }>(calls: T[]) =>
  calls.filter((c) => new URL(c.url, 'http://localhost').pathname === '/api/v1/shops/shop-1/cases');

describe('the case inbox', () => {
  it('is in the navigation right after the customers', async () => {
    const { fetch } = mockFetch({ [RISK]: () => json(200, { items: [] }), [LIST]: () => json(200, { items: [] }) });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/cases' });
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    const labels = within(nav)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(labels.indexOf('Cases')).toBe(labels.indexOf('Customers') + 1);
    expect(await screen.findByTestId('cases-empty')).toHaveTextContent('You own no open case right now.');
  });

  it('lists my cases with customer, step, severity, owner, time in the shop’s zone and overdue actions', async () => {
    const { fetch, calls } = mockFetch({ [RISK]: () => json(200, { items: [] }),
      [LIST]: () =>
        json(200, {
          items: [
            caseSummary({ openActions: 2, nextDueOn: '2020-01-10', step: 'DELIVER', severity: 'CRITICAL' }),
            caseSummary({ id: 'case-2', number: 13, subject: 'Rechnung doppelt', step: 'GREET', severity: 'LOW', assignee: undefined }),
          ],
        }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/cases', language: 'de' });
    const rows = await screen.findAllByTestId('case-row');
    expect(rows).toHaveLength(2);
    const [first, second] = rows;
    expect(within(first).getByRole('link', { name: '#12 Brötchen waren hart' })).toHaveAttribute('href', '/admin/cases/case-1');
    expect(within(first).getByRole('link', { name: 'Anna Schmidt' })).toHaveAttribute('href', '/admin/customers/cust-1');
    expect(within(first).getByTestId('case-step')).toHaveTextContent('Liefern');
    expect(within(first).getByTestId('case-severity')).toHaveTextContent('Kritisch');
    expect(within(first).getByTestId('case-owner')).toHaveTextContent('Bearbeiter: Maria Müller');
    expect(within(first).getByTestId('case-received')).toHaveTextContent('27.11.2026, 10:15');
    const actions = within(first).getByTestId('case-actions');
    expect(actions).toHaveTextContent('2 offene Maßnahmen, nächste fällig am 10.01.2020 – überfällig');
    expect(actions).toHaveAttribute('data-overdue', 'true');
    expect(within(second).getByTestId('case-owner')).toHaveTextContent('nicht zugewiesen');
    expect(within(second).getByTestId('case-actions')).toHaveTextContent('Keine offenen Maßnahmen');
    expect(within(second).getByTestId('case-actions')).not.toHaveAttribute('data-overdue');
    expect(query(listCalls(calls)[0].url).get('view')).toBe('MINE');
  });

  it('switches views (the view goes to the server) and loads more with the cursor', async () => {
    const { fetch, calls } = mockFetch({ [RISK]: () => json(200, { items: [] }),
      [LIST]: (call) => {
        const q = query(call.url);
        if (q.get('view') === 'UNASSIGNED') {
          return q.get('cursor') === '40'
            ? json(200, { items: [caseSummary({ id: 'case-3', number: 3, subject: 'Älterer Fall', assignee: undefined })] })
            : json(200, { items: [caseSummary({ id: 'case-9', number: 41, subject: 'Niemandes Fall', assignee: undefined })], cursor: '40' });
        }
        return json(200, { items: [caseSummary()] });
      },
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/cases' });
    expect(await screen.findByText('#12 Brötchen waren hart')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Mine' })).toBeChecked();
    const u = userEvent.setup();
    await u.click(screen.getByRole('radio', { name: 'Unassigned' }));
    expect(await screen.findByText('#41 Niemandes Fall')).toBeInTheDocument();
    expect(screen.queryByText('#12 Brötchen waren hart')).not.toBeInTheDocument();
    expect(screen.getByTestId('case-owner')).toHaveTextContent('Owner: unassigned');
    await u.click(screen.getByTestId('cases-load-more'));
    expect(await screen.findByText('#3 Älterer Fall')).toBeInTheDocument();
    expect(screen.getAllByTestId('case-row')).toHaveLength(2);
    expect(screen.queryByTestId('cases-load-more')).not.toBeInTheDocument();
    expect(listCalls(calls).map((c) => [query(c.url).get('view'), query(c.url).get('cursor')])).toEqual([
      ['MINE', null],
      ['UNASSIGNED', null],
      ['UNASSIGNED', '40'],
    ]);
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Unassigned' })).toBeChecked());
  });

  it('flags the cases about to miss a service standard, in words', async () => {
    const { fetch } = mockFetch({
      [LIST]: () => json(200, { items: [] }),
      [RISK]: () =>
        json(200, {
          items: [
            { caseId: 'case-7', number: 7, subject: 'Catering zu spät', due: '2026-11-28T09:00:00Z', breached: true, standardName: 'In 3 Tagen gelöst' },
            { caseId: 'case-8', number: 8, subject: 'Torte', due: '2026-12-01T09:00:00Z', breached: false, standardName: 'In 3 Tagen gelöst' },
          ],
        }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/cases' });
    const alert = await screen.findByTestId('cases-at-risk');
    expect(alert).toHaveTextContent('2 cases about to miss a service standard');
    const [late, soon] = within(alert).getAllByTestId('case-at-risk');
    expect(late).toHaveTextContent('#7 Catering zu spät – overdue since 28 Nov 2026, 10:00 (In 3 Tagen gelöst)');
    expect(within(late).getByRole('link', { name: '#7 Catering zu spät' })).toHaveAttribute('href', '/admin/cases/case-7');
    expect(soon).toHaveTextContent('#8 Torte – due by 1 Dec 2026, 10:00 (In 3 Tagen gelöst)');
  });
});
