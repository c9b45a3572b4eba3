import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Survey } from '../../../api';
import { json, mockFetch, problem, renderApp } from '../../../test/render';
import { SurveyPage } from '../SurveyPage';

const PATH = '/api/v1/surveys/tok-123456789012345678901';
const survey: Survey = {
  shopName: 'Bäckerei Sonnenschein',
  timeZone: 'Europe/Berlin',
  caseNumber: 7,
  subject: 'Torte falsch beschriftet',
  closedAt: '2026-11-28T16:30:00Z',
  answered: false,
  expiresAt: '2026-12-13T09:00:00Z',
};

function render(fetch: typeof globalThis.fetch, language: 'de' | 'en' = 'en') {
  renderApp(<SurveyPage />, { fetch, language, path: '/survey/tok-123456789012345678901', routePath: '/survey/:token' });
}

describe('the satisfaction survey behind the mailed link', () => {
  it('asks the questions without a login and sends only what was answered, once', async () => {
    const { fetch, calls } = mockFetch({
      [`GET ${PATH}`]: () => json(200, survey),
      [`POST ${PATH}`]: () => json(200, { answeredAt: '2026-11-29T10:00:00Z' }),
    });
    render(fetch);
    expect(await screen.findByTestId('survey-intro')).toHaveTextContent(
      'On 28 Nov 2026 Bäckerei Sonnenschein closed your request “Torte falsch beschriftet”.',
    );
    const u = userEvent.setup();
    await u.selectOptions(screen.getByLabelText(/^What did you expect/), '3');
    await u.selectOptions(screen.getByLabelText(/^What did you get/), '5');
    await u.selectOptions(screen.getByLabelText(/^How satisfied/), '5');
    await u.type(screen.getByLabelText(/^Anything else/), '  Sehr nett  ');
    await u.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByTestId('survey-thanks')).toHaveTextContent('Thank you for your answers');
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].body).toEqual({ expectedQuality: 3, perceivedQuality: 5, satisfaction: 5, comment: 'Sehr nett' });
  });

  it('in German, says so when it was answered before, and explains a dead link', async () => {
    const answered = mockFetch({ [`GET ${PATH}`]: () => json(200, { ...survey, answered: true }) });
    render(answered.fetch, 'de');
    expect(await screen.findByTestId('survey-thanks')).toHaveTextContent('Sie haben diese Umfrage bereits beantwortet.');
  });

  it('explains a dead link', async () => {
    const gone = mockFetch({
      [`GET ${PATH}`]: () => problem(404, { type: 'https://stammkunde.de/problems/not-found', title: 'Not found', code: 'not-found' }),
    });
    render(gone.fetch);
    expect(await screen.findByTestId('link-invalid')).toHaveTextContent('This survey link does not work (any more)');
  });
});
