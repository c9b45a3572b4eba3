import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderApp } from '../test/render';
import { DocumentTitle, documentTitle, usePageTitle } from './DocumentTitle';

/** A detail page that names what it shows once loaded, and can be left. */
function CustomerPage() {
  const [shown, setShown] = useState(true);
  return shown ? <Named onLeave={() => setShown(false)} /> : <p>left</p>;
}
function Named({ onLeave }: { onLeave: () => void }) {
  usePageTitle('Anna Müller');
  return (
    <button type="button" onClick={onLeave}>
      leave
    </button>
  );
}

describe('document title', () => {
  it('joins what the page shows, the section and the app name', () => {
    expect(documentTitle('Customers', 'Anna Müller')).toBe('Anna Müller · Customers · Stammkunde');
    expect(documentTitle('Customers')).toBe('Customers · Stammkunde');
    expect(documentTitle(undefined)).toBe('Stammkunde');
  });

  it('names the customer on a detail page in the UI language and forgets it when the page is left', async () => {
    renderApp(
      <>
        <DocumentTitle />
        <CustomerPage />
      </>,
      { fetch: mockFetch({}).fetch, path: '/admin/customers/c-1', language: 'de' },
    );
    await waitFor(() => expect(document.title).toBe('Anna Müller · Kunden · Stammkunde'));
    await userEvent.setup().click(screen.getByRole('button', { name: 'leave' }));
    await waitFor(() => expect(document.title).toBe('Kunden · Stammkunde'));
  });
});
