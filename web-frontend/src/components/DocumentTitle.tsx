import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

const APP_NAME = 'Stammkunde';

/** Translation key of the page title for a path (undefined: just the app name). */
export function pageTitleKey(pathname: string): string | undefined {
  const p = pathname.replace(/\/+$/, '') || '/';
  const admin: Record<string, string> = {
    customers: 'nav.customers',
    cases: 'nav.cases',
    goodwill: 'nav.goodwill',
    service: 'nav.service',
    imports: 'nav.imports',
    acquisition: 'nav.acquisition',
    value: 'value.nav',
    vouchers: 'nav.vouchers',
    rewards: 'nav.rewards',
    staff: 'nav.staff',
    programme: 'nav.programme',
    promotions: 'nav.promotions',
    tiers: 'nav.tiers',
    'api-keys': 'nav.apiKeys',
    'audit-log': 'nav.auditLog',
    account: 'nav.account',
  };
  const m = /^\/admin\/([^/]+)/.exec(p);
  if (m) return admin[m[1]];
  if (p === '/login') return 'login.staffTitle';
  if (p === '/signup') return 'signup.title';
  if (p.startsWith('/invite/')) return 'invite.titleGeneric';
  if (p === '/portal/login') return 'portalLogin.title';
  if (p.startsWith('/portal/activate/')) return 'activate.title';
  if (p === '/forgot-password' || p === '/portal/forgot-password') return 'forgotPassword.title';
  if (p.startsWith('/reset-password/') || p.startsWith('/portal/reset-password/')) return 'resetPassword.title';
  if (p.startsWith('/verify-email/')) return 'verifyEmail.title';
  if (p.startsWith('/survey/')) return 'survey.title';
  if (p === '/portal') return 'portal.title';
  if (p === '/') return undefined;
  return 'notFound.title';
}

/** Keeps `document.title` at "<page> · Stammkunde" in the chosen language. */
export function DocumentTitle() {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const key = pageTitleKey(pathname);
  const title = key ? `${t(key)} · ${APP_NAME}` : APP_NAME;
  useEffect(() => {
    document.title = title;
  }, [title, i18n.language]);
  return null;
}
