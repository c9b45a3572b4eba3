import { useTranslation } from 'react-i18next';
import { CopyLink } from './CopyLink';

/** `<origin>/login?shop=<slug>` (staff) or `<origin>/portal/login?shop=<slug>` (customers). */
export function loginAddress(slug: string, portal = false): string {
  return `${window.location.origin}${portal ? '/portal/login' : '/login'}?shop=${encodeURIComponent(slug)}`;
}

/** The shop's login address with a copy button. */
export function LoginAddress({ slug, portal = false }: { slug: string; portal?: boolean }) {
  const { t } = useTranslation();
  return (
    <CopyLink
      url={loginAddress(slug, portal)}
      label={portal ? t('loginAddress.portal') : t('loginAddress.staff')}
      testId={portal ? 'portal-login-address' : 'login-address'}
    />
  );
}
