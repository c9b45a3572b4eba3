import type { ReactNode } from 'react';
import { MantineProvider, createTheme } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { Api, Session } from '../api';
import { ApiProvider } from './ApiContext';
import { SessionProvider } from './SessionContext';

export const theme = createTheme({
  primaryColor: 'teal',
  // teal-6 under white text is 2.5:1 (axe: color-contrast); shade 9 is above 4.5:1
  primaryShade: 9,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
});

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
    <MantineProvider theme={theme}>
      <I18nextProvider i18n={i18n}>
        <ApiProvider api={api}>
          <SessionProvider initial={session}>{children}</SessionProvider>
        </ApiProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}
