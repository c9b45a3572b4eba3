import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ImportJob } from '../../../api';
import { AppRoutes } from '../../../App';
import { json, mockFetch, problem, renderApp, user, type Reply } from '../../../test/render';
import { SAMPLE_CSV } from '../ImportsPage';

const IMPORTS = '/api/v1/shops/shop-1/imports';
const POST = `POST ${IMPORTS}/purchases` as const;

/** An import job; counts not given are 0, no errors. */
function job(j: Pick<ImportJob, 'id' | 'status'> & Partial<ImportJob>): ImportJob {
  return {
    awardPoints: false,
    fileName: 'sales.csv',
    bytes: 2048,
    rowsTotal: 0,
    rowsDone: 0,
    imported: 0,
    duplicates: 0,
    skipped: 0,
    customersCreated: 0,
    failure: null,
    createdAt: '2026-11-23T10:00:00Z',
    startedAt: null,
    finishedAt: null,
    errors: [],
    ...j,
  };
}

const RUNNING = job({ id: 'imp-1', status: 'RUNNING', rowsTotal: 1000, rowsDone: 500, imported: 480, duplicates: 12, skipped: 8, customersCreated: 40 });
const DONE = job({
  id: 'imp-1',
  status: 'DONE',
  awardPoints: true,
  rowsTotal: 1000,
  rowsDone: 1000,
  imported: 950,
  duplicates: 30,
  skipped: 120,
  customersCreated: 75,
  startedAt: '2026-11-23T10:00:01Z',
  finishedAt: '2026-11-23T10:02:00Z',
  errors: [
    { line: 7, reason: 'purchased_at: 2024-13-01 is not a date' },
    { line: 12, reason: 'amount: must be greater than 0' },
  ],
});
const OLD = job({ id: 'imp-0', status: 'DONE', fileName: 'kasse-2023.csv', rowsTotal: 300, rowsDone: 300, imported: 300, finishedAt: '2026-11-01T09:00:00Z' });

function backend({ post, jobs = [RUNNING, DONE], list = [OLD] }: { post?: () => Reply<typeof POST>; jobs?: ImportJob[]; list?: ImportJob[] } = {}) {
  let polls = 0;
  let uploaded = false;
  return mockFetch({
    [`GET ${IMPORTS}`]: () => json(200, { items: uploaded ? [{ ...jobs[Math.min(polls, jobs.length) - 1] ?? jobs[0], errors: [] }, ...list] : list }),
    [POST]: () => {
      if (post) return post();
      uploaded = true;
      return json(202, { id: 'imp-1', status: 'QUEUED', href: `${IMPORTS}/imp-1` });
    },
    [`GET ${IMPORTS}/imp-1`]: () => json(200, jobs[Math.min(polls++, jobs.length - 1)]),
    [`GET ${IMPORTS}/imp-0`]: () => json(200, OLD),
  });
}

function open(fetch: typeof globalThis.fetch, language: 'de' | 'en' = 'en') {
  renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/imports', language });
}

const csv = () => new File(['customer_ref,purchased_at,amount\nK-1,2024-03-15,24.90\n'], 'sales.csv', { type: 'text/csv' });

describe('the purchase-history import', () => {
  it('is in the owner’s navigation, explains the file and offers a sample', async () => {
    const { fetch } = backend();
    open(fetch);
    expect(await screen.findByRole('heading', { level: 1, name: 'Import purchase history' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Import purchases' })).toHaveAttribute('href', '/admin/imports');
    expect(screen.getByText(/again adds nothing twice/)).toBeInTheDocument();
    const sample = screen.getByTestId('import-sample');
    expect(sample).toHaveAttribute('download', 'stammkunde-purchases-sample.csv');
    expect(decodeURIComponent(sample.getAttribute('href')!.replace(/^data:text\/csv;charset=utf-8,/, ''))).toBe(SAMPLE_CSV);
    expect(SAMPLE_CSV.split('\r\n')[0]).toMatch(/^customer_ref,purchased_at,amount,/);
    const rows = await screen.findAllByTestId('import-row');
    expect(rows[0]).toHaveTextContent('kasse-2023.csv');
    expect(within(rows[0]).getByTestId('import-status')).toHaveTextContent('Done');
  });

  it('uploads the file itself as text/csv, shows the progress, then the summary and the skipped lines', async () => {
    const { fetch, calls } = backend();
    open(fetch);
    const u = userEvent.setup();
    await screen.findByRole('heading', { level: 1 });
    const file = csv();
    await u.upload(screen.getByTestId('import-file'), file);
    await u.click(screen.getByTestId('import-award-points'));
    expect(screen.getByTestId('import-award-warning')).toBeInTheDocument();
    await u.click(screen.getByTestId('import-upload'));

    const progress = await screen.findByTestId('import-progress');
    expect(progress).toHaveTextContent('500 of 1,000 lines processed (50%)');
    expect(within(progress).getByRole('progressbar', { name: 'Progress of the import' })).toHaveAttribute('aria-valuenow', '50');
    expect(within(progress).getByTestId('count-imported')).toHaveTextContent('Imported480');
    expect(within(progress).getByTestId('count-duplicates')).toHaveTextContent('Already there12');
    expect(within(progress).getByTestId('count-skipped')).toHaveTextContent('Skipped8');
    expect(within(progress).getByTestId('count-customers')).toHaveTextContent('New customers40');

    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers['content-type']).toBe('text/csv');
    expect(post.headers['x-xsrf-token']).toBe('csrf-1');
    expect(post.body).toBe(file); // the File as it is: the browser streams it
    const query = new URL(post.url, 'http://x').searchParams;
    expect(query.get('awardPoints')).toBe('true');
    expect(query.get('fileName')).toBe('sales.csv');

    // polled again after a second: done
    const summary = await screen.findByTestId('import-summary', undefined, { timeout: 3000 });
    expect(screen.queryByTestId('import-progress')).not.toBeInTheDocument();
    expect(summary).toHaveTextContent('Import finished');
    expect(within(summary).getByTestId('count-imported')).toHaveTextContent('950');
    expect(within(summary).getByTestId('count-duplicates')).toHaveTextContent('30');
    expect(within(summary).getByTestId('count-skipped')).toHaveTextContent('120');
    expect(within(summary).getByTestId('count-customers')).toHaveTextContent('75');
    const errors = screen.getByTestId('import-errors');
    expect(within(errors).getAllByTestId('import-error').map((r) => r.textContent)).toEqual([
      '7purchased_at: 2024-13-01 is not a date',
      '12amount: must be greater than 0',
    ]);
    expect(errors).toHaveTextContent('The first 2 of 120 skipped lines.');
    const link = within(errors).getByRole('link', { name: 'Download all skipped lines (CSV)' });
    expect(link).toHaveAttribute('href', `${IMPORTS}/imp-1/errors.csv`);
    expect(link).toHaveAttribute('download');
    expect(calls.filter((c) => c.url === `${IMPORTS}/imp-1`)).toHaveLength(2);
    // the list shows the finished import
    await waitFor(() => expect(screen.getAllByTestId('import-row')).toHaveLength(2));
  });

  it('shows why a file was refused next to the file input, in the user’s language', async () => {
    const { fetch, calls } = backend({
      post: () =>
        problem(422, {
          code: 'import-header-invalid',
          title: 'Datei abgelehnt',
          detail: 'Die erste Zeile muss die Spalten customer_ref, purchased_at und amount nennen.',
          errors: [{ field: 'file', message: 'Die erste Zeile muss die Spalten customer_ref, purchased_at und amount nennen.' }],
        }),
    });
    open(fetch, 'de');
    const u = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Kaufhistorie importieren' });
    await u.upload(screen.getByTestId('import-file'), csv());
    await u.click(screen.getByTestId('import-upload'));
    const input = await screen.findByRole('button', { name: /^CSV-Datei/ });
    await waitFor(() => expect(input).toHaveAccessibleDescription(/Die erste Zeile muss die Spalten customer_ref/));
    expect(screen.queryByTestId('form-error')).not.toBeInTheDocument();
    expect(screen.queryByTestId('import-progress')).not.toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers['accept-language']).toBe('de');
    expect(new URL(post.url, 'http://x').searchParams.get('awardPoints')).toBe('false');
  });

  it('asks for a file before uploading', async () => {
    const { fetch, calls } = backend();
    open(fetch);
    await screen.findByRole('heading', { level: 1 });
    await userEvent.setup().click(screen.getByTestId('import-upload'));
    expect(await screen.findByText('Choose a file first.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('follows an import still running when the page is opened again', async () => {
    const stillRunning = job({ ...RUNNING, rowsDone: 250 });
    const { fetch } = backend({ list: [{ ...stillRunning }, OLD], jobs: [stillRunning, DONE] });
    open(fetch);
    const progress = await screen.findByTestId('import-progress');
    expect(progress).toHaveTextContent('250 of 1,000 lines processed (25%)');
    expect(await screen.findByTestId('import-summary', undefined, { timeout: 3000 })).toBeInTheDocument();
  });

  it('shows the failure of a failed import', async () => {
    const failed = job({ id: 'imp-1', status: 'FAILED', rowsTotal: 5000, rowsDone: 2000, imported: 2000, failure: 'The worker stopped three times' });
    const { fetch } = backend({ list: [failed], jobs: [failed] });
    open(fetch);
    await screen.findAllByTestId('import-row');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Details of the import of sales.csv' }));
    const failure = await screen.findByTestId('import-failure');
    expect(failure).toHaveTextContent('Import failed');
    expect(failure).toHaveTextContent('The worker stopped three times');
    expect(failure).toHaveTextContent('2,000 of 5,000 lines were processed');
  });
});
