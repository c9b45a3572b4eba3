import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AssigneeList, Case } from '../../../api';
import { field, json, mockFetch, problem, renderApp, user, type RecordedCall } from '../../../test/render';
import { CasePage } from '../CasePage';
import { caseGoodwill, complaintCase } from './fixtures';

const CASE = '/api/v1/shops/shop-1/cases/case-1';
const SESSION = { authenticated: true as const, user: user('AGENT') };
const posts = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'POST');

function openPage(fetch: typeof globalThis.fetch, language: 'de' | 'en' = 'en') {
  return renderApp(<CasePage />, { fetch, session: SESSION, path: '/admin/cases/case-1', routePath: '/admin/cases/:caseId', language });
}

const phrases = () => screen.getAllByTestId('case-phrase').map((p) => p.textContent);

describe('the case page', () => {
  it('shows the case: customer, classification, the type’s tip, owner, stepper at the current step and the timeline', async () => {
    const { fetch } = mockFetch({
      [`GET ${CASE}`]: () => json(200, complaintCase()),
      [`GET ${CASE}/gestures`]: () => json(200, caseGoodwill()),
      [`GET ${CASE}/gestures/recommendations`]: () => json(200, { target: '6.50', currency: 'EUR', valueBasis: 'REVENUE_TO_DATE', reasons: ['severity.MEDIUM'], items: [] }),
    });
    openPage(fetch, 'de');
    expect(await screen.findByTestId('case-title')).toHaveTextContent('#12 Brötchen waren hart');
    expect(screen.getByRole('link', { name: 'Anna Schmidt' })).toHaveAttribute('href', '/admin/customers/cust-1');
    expect(screen.getByTestId('case-category')).toHaveTextContent('Produktqualität');
    expect(screen.getByTestId('case-customer-type')).toHaveTextContent('Nörgler');
    expect(screen.getByTestId('case-type-tip')).toHaveTextContent('Bis zum Ende zuhören');
    expect(screen.getByTestId('case-owner')).toHaveTextContent('Maria Müller (Sie)');
    expect(screen.queryByRole('button', { name: 'Übernehmen' })).not.toBeInTheDocument();
    expect(screen.getByTestId('case-stepper-GREET')).toHaveAttribute('aria-current', 'step');
    expect(screen.getByTestId('case-stepper-GREET')).toHaveTextContent('Begrüßenaktuell');
    expect(screen.getByTestId('case-stepper-UNDERSTAND')).not.toHaveAttribute('aria-current');
    expect(phrases()).toEqual([
      'Hallo, danke, dass Sie uns kontaktiert haben! Wie kann ich Ihnen helfen?',
      'Guten Tag, schön, von Ihnen zu hören. Ich freue mich, Sie heute zu unterstützen. Wie kann ich Ihnen helfen?',
    ]);
    expect(screen.getByRole('button', { name: 'Kunde begrüßt' })).toBeInTheDocument();
    const entry = screen.getByTestId('timeline-entry');
    expect(entry).toHaveTextContent('Fall eröffnet');
    expect(entry).toHaveTextContent('27.11.2026, 10:20 · Maria Müller');
  });

  it('walks Begrüßen → Verstehen → Vereinbaren with the right bodies, a key each, and the phrases of each step', async () => {
    let current: Case = complaintCase();
    const { fetch, calls } = mockFetch({
      [`GET ${CASE}/gestures`]: () => json(200, caseGoodwill()),
      [`GET ${CASE}/gestures/recommendations`]: () => json(200, { target: '6.50', currency: 'EUR', valueBasis: 'REVENUE_TO_DATE', reasons: ['severity.MEDIUM'], items: [] }),
      [`GET ${CASE}`]: () => json(200, current),
      [`POST ${CASE}/acknowledgement`]: () => {
        current = {
          ...current,
          step: 'UNDERSTAND',
          acknowledgedAt: '2026-11-27T09:30:00Z',
          timeline: [...current.timeline, { kind: 'ACKNOWLEDGED', at: '2026-11-27T09:30:00Z', by: 'Maria Müller', text: 'am Telefon' }],
        };
        return json(200, current);
      },
      [`POST ${CASE}/understanding`]: (call) => {
        const body = call.body as { facts: string; expectation: string };
        current = { ...current, step: 'AGREE', facts: body.facts, expectation: body.expectation };
        return json(200, current);
      },
    });
    openPage(fetch);
    const u = userEvent.setup();
    await u.type(await screen.findByLabelText('Note (optional)'), 'am Telefon');
    await u.click(screen.getByRole('button', { name: 'Customer greeted' }));

    // the answer is the case: no reload, the next step at once
    expect(await screen.findByRole('button', { name: 'Concern understood' })).toBeInTheDocument();
    expect(screen.getByTestId('case-stepper-UNDERSTAND')).toHaveAttribute('aria-current', 'step');
    expect(screen.getByTestId('case-stepper-GREET')).toHaveTextContent('done');
    expect(phrases()).toEqual([
      'May I ask why that is?',
      'Could you tell me more about it?',
      'Is there anything else I should know?',
      'As far as I understand …',
    ]);
    expect(screen.getAllByTestId('timeline-entry')[1]).toHaveTextContent('Customer greeted');

    await u.click(screen.getByRole('button', { name: 'Concern understood' }));
    expect(field('Facts')).toHaveAccessibleDescription(/Please fill in this field\./);
    expect(field("Customer's expectation")).toHaveAccessibleDescription(/Please fill in this field\./);
    expect(posts(calls)).toHaveLength(1);
    await u.type(field('Facts'), 'Brötchen vom Samstag waren mittags hart.');
    await u.type(field("Customer's expectation"), 'Ersatz für die Brötchen');
    await u.click(screen.getByRole('button', { name: 'Concern understood' }));

    expect(await screen.findByRole('button', { name: 'Record the agreement' })).toBeInTheDocument();
    expect(screen.getByTestId('case-agree-hint')).toHaveTextContent('goodwill gesture');
    expect(screen.getByTestId('case-facts')).toHaveTextContent('Brötchen vom Samstag waren mittags hart.');
    expect(screen.getByTestId('case-expectation')).toHaveTextContent('Ersatz für die Brötchen');

    const [greet, understand] = posts(calls);
    expect(greet.url).toBe(`${CASE}/acknowledgement`);
    expect(greet.body).toEqual({ note: 'am Telefon' });
    expect(understand.url).toBe(`${CASE}/understanding`);
    expect(understand.body).toEqual({ facts: 'Brötchen vom Samstag waren mittags hart.', expectation: 'Ersatz für die Brötchen' });
    expect(greet.headers['idempotency-key']).toMatch(/.+/);
    expect(understand.headers['idempotency-key']).toMatch(/.+/);
    expect(understand.headers['idempotency-key']).not.toBe(greet.headers['idempotency-key']);
    expect(calls.filter((c) => c.method === 'GET' && c.url === CASE)).toHaveLength(1);
  });

  it('shows someone else’s ownership (409), reloads the case and lets the agent take it over', async () => {
    const other = { id: 'user-2', name: 'Jonas Weber' };
    let current: Case = complaintCase({ step: 'UNDERSTAND', assignee: { id: 'user-1', name: 'Maria Müller' } });
    let reads = 0;
    const { fetch, calls } = mockFetch({
      [`GET ${CASE}/gestures`]: () => json(200, caseGoodwill()),
      [`GET ${CASE}/gestures/recommendations`]: () => json(200, { target: '6.50', currency: 'EUR', valueBasis: 'REVENUE_TO_DATE', reasons: ['severity.MEDIUM'], items: [] }),
      [`GET ${CASE}`]: () => {
        reads++;
        return json(200, current);
      },
      [`POST ${CASE}/understanding`]: () => {
        current = { ...current, assignee: other, handoffs: 1 };
        return problem(409, {
          type: 'https://stammkunde.de/problems/case-owned-by-other',
          title: 'Someone else’s case',
          code: 'case-owned-by-other',
          detail: 'Another staff member owns this case: take it over first',
          errors: [{ field: 'assigneeId', message: 'Another staff member owns this case: take it over first' }],
        });
      },
      [`POST ${CASE}/assignment`]: (call) => {
        current = { ...current, assignee: { id: 'user-1', name: 'Maria Müller' }, handoffs: 2 };
        expect(call.body).toEqual({ assigneeId: 'user-1' });
        return json(200, current);
      },
    });
    openPage(fetch);
    const u = userEvent.setup();
    await u.type(await screen.findByLabelText(/^Facts/), 'Hart');
    await u.type(field("Customer's expectation"), 'Ersatz');
    await u.click(screen.getByRole('button', { name: 'Concern understood' }));

    const conflict = await screen.findByTestId('case-conflict');
    expect(within(conflict).getByRole('alert')).toHaveTextContent('Another staff member owns this case: take it over first');
    expect(conflict).toHaveTextContent('The case was reloaded');
    await waitFor(() => expect(screen.getByTestId('case-owner')).toHaveTextContent('Jonas Weber'));
    expect(reads).toBe(2);
    // what was typed is still there for after the take-over
    expect(field('Facts')).toHaveValue('Hart');

    await u.click(screen.getByRole('button', { name: 'Take over' }));
    await waitFor(() => expect(screen.getByTestId('case-owner')).toHaveTextContent('Maria Müller (you)'));
    expect(screen.queryByTestId('case-conflict')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Take over' })).not.toBeInTheDocument();
    const assignment = posts(calls).find((c) => c.url.endsWith('/assignment'));
    expect(assignment?.headers['idempotency-key']).toMatch(/.+/);
  });

  it('hands the case on to a colleague with a note', async () => {
    let current: Case = complaintCase({ step: 'AGREE' });
    const { fetch, calls } = mockFetch({
      [`GET ${CASE}/gestures`]: () => json(200, caseGoodwill()),
      [`GET ${CASE}/gestures/recommendations`]: () => json(200, { target: '6.50', currency: 'EUR', valueBasis: 'REVENUE_TO_DATE', reasons: ['severity.MEDIUM'], items: [] }),
      [`GET ${CASE}`]: () => json(200, current),
      // (the path also fits …/cases/{caseId}: the answer's type is named)
      'GET /api/v1/shops/shop-1/cases/assignees': () =>
        json<AssigneeList>(200, {
          items: [
            { id: 'user-1', name: 'Maria Müller', role: 'OWNER' },
            { id: 'user-2', name: 'Jonas Weber', role: 'AGENT' },
          ],
        }),
      [`POST ${CASE}/assignment`]: () => {
        current = {
          ...current,
          assignee: { id: 'user-2', name: 'Jonas Weber' },
          handoffs: 1,
          timeline: [
            ...current.timeline,
            { kind: 'HANDED_OFF', at: '2026-11-27T10:00:00Z', by: 'Maria Müller', text: 'Kennt die Filiale', assignee: { id: 'user-2', name: 'Jonas Weber' } },
          ],
        };
        return json(200, current);
      },
    });
    openPage(fetch);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Hand on' }));
    const dialog = await screen.findByRole('dialog');
    const to = await within(dialog).findByLabelText(/^To/);
    // the current owner is not offered
    expect(within(to).queryByRole('option', { name: /Maria Müller/ })).not.toBeInTheDocument();
    await u.selectOptions(to, 'user-2');
    await u.type(within(dialog).getByLabelText('Note for the hand-over (optional)'), 'Kennt die Filiale');
    await u.click(within(dialog).getByRole('button', { name: 'Hand on' }));
    await waitFor(() => expect(screen.getByTestId('case-owner')).toHaveTextContent('Jonas Weber'));
    expect(screen.getByRole('button', { name: 'Take over' })).toBeInTheDocument();
    expect(posts(calls)[0].body).toEqual({ assigneeId: 'user-2', note: 'Kennt die Filiale' });
    const last = screen.getAllByTestId('timeline-entry').at(-1);
    expect(last).toHaveTextContent('Handed on to Jonas Weber');
    expect(last).toHaveTextContent('Kennt die Filiale');
  });

  it('delivers: overdue actions flagged in words, done one by one, then “All delivered”', async () => {
    let current: Case = complaintCase({
      step: 'DELIVER',
      facts: 'Hart',
      expectation: 'Ersatz',
      optionsOffered: 'Ersatz oder Gutschein',
      agreement: 'Ersatz am Montag',
      actions: [{ id: 'a-1', description: 'Brötchen zurücklegen', dueOn: '2020-03-02', plannedAt: '2020-03-01T10:00:00Z' }],
    });
    const { fetch, calls } = mockFetch({
      [`GET ${CASE}/gestures`]: () => json(200, caseGoodwill()),
      [`GET ${CASE}/gestures/recommendations`]: () => json(200, { target: '6.50', currency: 'EUR', valueBasis: 'REVENUE_TO_DATE', reasons: ['severity.MEDIUM'], items: [] }),
      [`GET ${CASE}`]: () => json(200, current),
      [`POST ${CASE}/actions/a-1/completion`]: () => {
        current = { ...current, actions: [{ ...current.actions[0], doneAt: '2026-11-28T08:00:00Z' }] };
        return json(200, current);
      },
      [`POST ${CASE}/actions`]: () =>
        problem(422, {
          code: 'case-action-due-past',
          title: 'Due in the past',
          errors: [{ field: 'dueOn', message: 'An action cannot be due in the past' }],
        }),
      [`POST ${CASE}/delivery`]: () => {
        current = { ...current, step: 'CLOSE', deliveredAt: '2026-11-28T08:05:00Z' };
        return json(200, current);
      },
    });
    openPage(fetch);
    const u = userEvent.setup();
    const action = await screen.findByTestId('case-action');
    expect(within(action).getByTestId('case-action-state')).toHaveTextContent('due 2 Mar 2020 – overdue');
    const deliver = screen.getByRole('button', { name: 'All delivered' });
    expect(deliver).toBeDisabled();
    expect(deliver).toHaveAccessibleDescription('Possible once every action is done – 1 still open.');

    // the server's refusal at the field it names
    await u.type(field('Action'), 'Anrufen');
    await u.type(field('Due on'), '2099-01-01');
    await u.click(screen.getByRole('button', { name: 'Add action' }));
    await waitFor(() => expect(field('Due on')).toHaveAccessibleDescription(/An action cannot be due in the past/));

    await u.click(screen.getByRole('button', { name: 'Mark “Brötchen zurücklegen” as done' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'All delivered' })).toBeEnabled());
    expect(screen.getByTestId('case-action-state')).toHaveTextContent('done 28 Nov 2026, 09:00');
    await u.click(screen.getByRole('button', { name: 'All delivered' }));
    expect(await screen.findByRole('button', { name: 'Close case' })).toBeInTheDocument();
    expect(phrases()[0]).toBe('Thank you very much for your order! Are you satisfied with today\'s interaction?');

    const sent = posts(calls).map((c) => [c.url.replace(CASE, ''), c.body]);
    expect(sent).toEqual([
      ['/actions', { description: 'Anrufen', dueOn: '2099-01-01' }],
      ['/actions/a-1/completion', undefined],
      ['/delivery', undefined],
    ]);
  });

  it('closes with the scores the customer gave, shows the verdict in words and reopens with a reason', async () => {
    let current: Case = complaintCase({ step: 'CLOSE' });
    const { fetch, calls } = mockFetch({
      [`GET ${CASE}/gestures`]: () => json(200, caseGoodwill()),
      [`GET ${CASE}/gestures/recommendations`]: () => json(200, { target: '6.50', currency: 'EUR', valueBasis: 'REVENUE_TO_DATE', reasons: ['severity.MEDIUM'], items: [] }),
      [`GET ${CASE}`]: () => json(200, current),
      [`POST ${CASE}/closing`]: () => {
        current = {
          ...current,
          step: 'CLOSED',
          closedAt: '2026-11-28T09:00:00Z',
          satisfaction: { perceivedQuality: 4, satisfaction: 5, effort: 2, verdict: 'HIGHLY_SATISFIED' },
        };
        return json(200, current);
      },
      [`POST ${CASE}/reopening`]: () => {
        current = { ...current, step: 'UNDERSTAND', reopens: 1, satisfaction: {} };
        return json(200, current);
      },
    });
    openPage(fetch, 'de');
    const u = userEvent.setup();
    await u.selectOptions(await screen.findByLabelText('Erlebte Qualität'), '4 – gut');
    await u.selectOptions(screen.getByLabelText('Zufriedenheit (CSAT)'), '5 – sehr zufrieden');
    await u.selectOptions(screen.getByLabelText('Aufwand für den Kunden'), '2 – leicht');
    await u.click(screen.getByRole('button', { name: 'Fall abschließen' }));

    const summary = await screen.findByTestId('case-summary');
    expect(within(summary).getByTestId('case-verdict')).toHaveTextContent('Ergebnis: Sehr zufrieden');
    expect(within(summary).getByTestId('case-score-satisfaction')).toHaveTextContent('Zufriedenheit (CSAT): 5 von 5');
    expect(within(summary).getByTestId('case-score-expectedQuality')).toHaveTextContent('Erwartete Qualität: Nicht erfragt');
    expect(screen.getByTestId('case-stepper-CLOSE')).toHaveTextContent('erledigt');
    expect(screen.queryByRole('button', { name: 'Weitergeben' })).not.toBeInTheDocument();
    expect(posts(calls)[0].body).toEqual({ perceivedQuality: 4, satisfaction: 5, effort: 2 });

    await u.click(screen.getByRole('button', { name: 'Fall wieder öffnen' }));
    expect(field('Grund')).toHaveAccessibleDescription(/Bitte füllen Sie dieses Feld aus\./);
    await u.type(field('Grund'), 'Wieder hart');
    await u.click(screen.getByRole('button', { name: 'Fall wieder öffnen' }));
    expect(await screen.findByRole('button', { name: 'Anliegen verstanden' })).toBeInTheDocument();
    expect(posts(calls)[1].body).toEqual({ reason: 'Wieder hart' });
  });
});
