import { Anchor, Divider, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/ApiContext';
import { PublicLayout } from '../../components/PublicLayout';
import { passwordPaths } from './ForgotPasswordPage';
import { LoginForm } from './LoginForm';

/** `/portal/login`: customer login. */
export function PortalLoginPage() {
  const { t } = useTranslation();
  const api = useApi();
  const [params] = useSearchParams();
  const shop = params.get('shop');
  return (
    <PublicLayout title={t('portalLogin.title')} subtitle={t('portalLogin.subtitle')}>
      <LoginForm
        submit={api.portalAuth.login}
        submitCode={api.portalAuth.loginSecondFactor}
        allowedPrefix="/portal"
        forgotPath={passwordPaths(true).forgot}
      />
      <Divider my="md" />
      <Text size="sm">
        {t('portalLogin.areYouStaff')}{' '}
        <Anchor component={Link} to={shop ? `/login?shop=${encodeURIComponent(shop)}` : '/login'}>
          {t('portalLogin.toStaffLogin')}
        </Anchor>
      </Text>
    </PublicLayout>
  );
}
