import { useEffect, useSyncExternalStore } from 'react';
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

/**
 * What a page adds in front of its section's name: the customer on a customer's page, the case on a case's page,
 * the tab in the portal. One at a time (the newest page to set it wins); cleared when that page unmounts.
 */
let detail: string | undefined;
const listeners = new Set<() => void>();
function setDetail(next: string | undefined) {
  if (detail === next) return;
  detail = next;
  listeners.forEach((l) => l());
}
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Names what the page shows in the browser tab: "Anna Müller · Customers · Stammkunde". Pass undefined while it is
 * loading (the title is then just the section's).
 */
export function usePageTitle(name: string | undefined) {
  useEffect(() => {
    const value = name?.trim() || undefined;
    setDetail(value);
    return () => {
      if (detail === value) setDetail(undefined);
    };
  }, [name]);
}

/** The document title: "<detail> · <page> · Stammkunde", parts left out when missing. */
export function documentTitle(page: string | undefined, pageDetail?: string): string {
  return [pageDetail, page, APP_NAME].filter((part) => !!part).join(' · ');
}

/** Keeps `document.title` at "[<detail> · ]<page> · Stammkunde" in the chosen language. */
export function DocumentTitle() {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const key = pageTitleKey(pathname);
  const current = useSyncExternalStore(subscribe, () => detail);
  const title = documentTitle(key ? t(key) : undefined, current);
  useEffect(() => {
    document.title = title;
  }, [title, i18n.language]);
  return null;
}
