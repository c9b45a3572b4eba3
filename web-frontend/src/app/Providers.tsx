import { useMemo, type ReactNode } from 'react';
import {
  MantineProvider,
  createTheme,
  mergeThemeOverrides,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { Api, Session } from '../api';
import { ApiProvider } from './ApiContext';
import { SessionProvider } from './SessionContext';

/**
 * Mantine's palettes with shades 6–9 darkened where Mantine's own are too light for text (WCAG AA, 4.5:1; checked by
 * axe-core in the browser tests): shade 7 (filled buttons and badges with white text, `c="teal"`, links) is at least
 * 5.3:1 on white, 8 at least 6.6:1, and 9 (the text of light badges, alerts and the active navigation item, on shade
 * 1) at least 8:1 on white and 6:1 on its own tint. Shades 0–5 (tints, backgrounds) are Mantine's.
 */
const colors = {
  teal: ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#0f9970', '#097a59', '#076a4c', '#065a41'],
  green: ['#ebfbee', '#d3f9d8', '#b2f2bb', '#8ce99a', '#69db7c', '#51cf66', '#339945', '#267a35', '#206a2e', '#1c5a29'],
  red: ['#fff5f5', '#ffe3e3', '#ffc9c9', '#ffa8a8', '#ff8787', '#ff6b6b', '#f93f3f', '#c92a2a', '#ad2323', '#921d1d'],
  orange: ['#fff4e6', '#ffe8cc', '#ffd8a8', '#ffc078', '#ffa94d', '#ff922b', '#da6402', '#b44b05', '#a03d08', '#8d2f0a'],
  yellow: ['#fff9db', '#fff3bf', '#ffec99', '#ffe066', '#ffd43b', '#fcc419', '#b27d04', '#956000', '#884f00', '#7b3f00'],
  blue: ['#e7f5ff', '#d0ebff', '#a5d8ff', '#74c0fc', '#4dabf7', '#339af0', '#1f89e6', '#186dba', '#155ea2', '#13508a'],
  grape: ['#f8f0fc', '#f3d9fa', '#eebefa', '#e599f7', '#da77f2', '#cc5de8', '#be4bdb', '#a736c3', '#8f32a6', '#7a2a8f'],
} satisfies Record<string, MantineColorsTuple>;

export const theme = createTheme({
  primaryColor: 'teal',
  // white on shade 7 is ≥ 5.3:1 in every palette above (Mantine's teal-6 under white was 2.5:1)
  primaryShade: 7,
  colors,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  components: {
    // a table wider than the screen scrolls sideways: its viewport takes the keyboard focus, so it can be scrolled
    // with the arrow keys (axe: scrollable-region-focusable)
    TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } },
  },
});

/** Dimmed text and placeholders ≥ 4.5:1 on white and on the grey-0…2 backgrounds (Mantine's gray-6 is 3.3:1). */
export const DIMMED = '#5f6770';
const PLACEHOLDER = '#666d75';

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': DIMMED,
    '--mantine-color-placeholder': PLACEHOLDER,
    // input errors and `c="red"`-like messages (Mantine's red-6 is 3.3:1)
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    '--mantine-color-disabled-color': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});

/**
 * The theme with the names of the buttons that Mantine's components draw themselves (the close buttons of alerts,
 * dialogs and drawers) in the UI's language: a button without a name is read out as just "button".
 */
function LocalizedMantineProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const close = t('common.close');
  const localized = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Alert: { defaultProps: { closeButtonLabel: close } },
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Drawer: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
        },
      }),
    [close],
  );
  return (
    <MantineProvider theme={localized} cssVariablesResolver={cssVariablesResolver}>
      {children}
    </MantineProvider>
  );
}

export function Providers({
  api,
  i18n,
  session,
  children,
}: {
  api: Api;
  i18n: I18n;
  /** Skips the initial session request (tests). */
  session?: Session;
  children: ReactNode;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedMantineProvider>
        <ApiProvider api={api}>
          <SessionProvider initial={session}>{children}</SessionProvider>
        </ApiProvider>
      </LocalizedMantineProvider>
    </I18nextProvider>
  );
}
