import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BreakableUrl, urlBreakPieces } from './BreakableUrl';

describe('addresses that wrap at sensible points', () => {
  it('splits after "/", ".", "-", "?" and "=" but keeps "//" together, and joins back to the address', () => {
    const url = 'https://stammkunde.example.com/portal/login?shop=baeckerei-mueller';
    const pieces = urlBreakPieces(url);
    expect(pieces).toEqual([
      'https://',
      'stammkunde.',
      'example.',
      'com/',
      'portal/',
      'login?',
      'shop=',
      'baeckerei-',
      'mueller',
    ]);
    expect(pieces.join('')).toBe(url);
  });

  it('renders the whole address as text with a break opportunity between the pieces', () => {
    render(
      <p data-testid="url">
        <BreakableUrl url="/login?shop=baeckerei-mueller" />
      </p>,
    );
    const el = screen.getByTestId('url');
    expect(el).toHaveTextContent('/login?shop=baeckerei-mueller');
    expect(el.textContent).toBe('/login?shop=baeckerei-mueller');
    // "/", "login?", "shop=", "baeckerei-", "mueller": four <wbr>s, none inside a word
    expect(el.querySelectorAll('wbr')).toHaveLength(4);
  });
});
