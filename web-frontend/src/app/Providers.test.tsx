import { Alert, DEFAULT_THEME, Modal, mergeMantineTheme } from '@mantine/core';
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../test/render';
import { DIMMED, theme as overrides } from './Providers';

const theme = mergeMantineTheme(DEFAULT_THEME, overrides);

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const WHITE = '#ffffff';
const COLOURS_IN_USE = ['teal', 'green', 'red', 'orange', 'yellow', 'blue', 'grape', 'gray'];

describe('theme: colours at WCAG AA (4.5:1 for text)', () => {
  it('puts white text on every filled colour (primary shade 7) and its hover (shade 8)', () => {
    expect(theme.primaryShade).toBe(7);
    for (const name of COLOURS_IN_USE) {
      const shades = theme.colors[name];
      expect(contrast(WHITE, shades[7]), `${name}.7`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(WHITE, shades[8]), `${name}.8`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps the text of light badges, alerts and the active navigation item (shade 9) readable on its tints', () => {
    for (const name of COLOURS_IN_USE) {
      const shades = theme.colors[name];
      expect(contrast(shades[9], shades[1]), `${name}.9 on ${name}.1`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(shades[9], shades[2]), `${name}.9 on ${name}.2 (hover)`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('makes dimmed text readable on white and on the grey backgrounds', () => {
    for (const background of [WHITE, ...theme.colors.gray.slice(0, 3)]) {
      expect(contrast(DIMMED, background), `dimmed on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('close buttons drawn by Mantine', () => {
  it('are named in the UI’s language, and follow a switch of the language', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const { i18n } = renderApp(
      <>
        <Alert withCloseButton onClose={() => undefined}>
          Saved
        </Alert>
        <Modal opened onClose={() => undefined} title="Dialog">
          Content
        </Modal>
      </>,
      { fetch },
    );
    expect(await screen.findAllByRole('button', { name: 'Close' })).toHaveLength(2);
    await act(() => i18n.changeLanguage('de'));
    expect(await screen.findAllByRole('button', { name: 'Schließen' })).toHaveLength(2);
  });
});
