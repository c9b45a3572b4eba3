import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ApiError, problemToError } from '../api';
import { createI18n } from '../i18n';
import { ErrorAlert, serverFieldErrors } from './ErrorAlert';

function show(error: unknown, handledFields: string[] = []) {
  render(
    <MantineProvider>
      <I18nextProvider i18n={createI18n('en')}>
        <ErrorAlert error={error} handledFields={handledFields} />
      </I18nextProvider>
    </MantineProvider>,
  );
  return screen.getByRole('alert');
}

describe('ErrorAlert', () => {
  it('shows server title and detail for other codes without repeating the same field message', () => {
    const alert = show(
      problemToError(422, {
        title: 'Wrong currency',
        detail: 'This shop records purchases in EUR.',
        code: 'currency-mismatch',
        errors: [{ field: 'currency', message: 'This shop records purchases in EUR.' }],
      }),
      ['amount'],
    );
    expect(alert).toHaveTextContent('Wrong currency');
    expect(alert.textContent?.match(/This shop records purchases in EUR\./g)).toHaveLength(1);
  });

  it('does not repeat a detail that is already shown at its input', () => {
    const alert = show(
      problemToError(409, {
        title: 'Shop address taken',
        detail: 'The shop address abc is already taken.',
        code: 'conflict',
        errors: [{ field: 'shopSlug', message: 'The shop address abc is already taken.' }],
      }),
      ['shopSlug'],
    );
    expect(alert).toHaveTextContent('Shop address taken');
    expect(alert).not.toHaveTextContent('already taken');
  });

  it('lists field errors that no input shows', () => {
    const alert = show(
      problemToError(400, {
        code: 'validation',
        title: 'Invalid input',
        errors: [
          { field: 'email', message: 'must be a well-formed email address' },
          { field: 'timeZone', message: 'unknown time zone' },
        ],
      }),
      ['email'],
    );
    expect(alert).toHaveTextContent('Please check your input.');
    expect(alert).toHaveTextContent('unknown time zone');
    expect(alert).not.toHaveTextContent('well-formed');
  });

  it('uses its own wording for network errors', () => {
    expect(show(ApiError.network(new TypeError('x')))).toHaveTextContent('The server cannot be reached');
  });

  it('maps nested field paths to input names', () => {
    const err = problemToError(400, { code: 'validation', errors: [{ field: 'purchase.amount', message: 'too big' }] });
    expect(serverFieldErrors(err)).toEqual({ amount: 'too big' });
  });

  it('keeps the index of a field in a list, so that it is not taken for a field of the form', () => {
    const err = problemToError(422, {
      code: 'purchase-line-amount',
      errors: [
        { field: 'lines[1].amount', message: 'line too big' },
        { field: 'purchase.lines[0].category', message: 'no category' },
        { field: 'lines', message: 'too many' },
      ],
    });
    expect(serverFieldErrors(err)).toEqual({ 'lines[1].amount': 'line too big', 'lines[0].category': 'no category', lines: 'too many' });
    const alert = show(err, ['amount', 'lines', 'lines[0].category']);
    expect(alert).toHaveTextContent('line too big');
    expect(alert).not.toHaveTextContent('no category');
    expect(alert).not.toHaveTextContent('too many');
  });
});
