import { Anchor, Divider, Stack, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/ApiContext';
import { PublicLayout } from '../../components/PublicLayout';
import { passwordPaths } from './ForgotPasswordPage';
import { LoginForm } from './LoginForm';

/** `/login`: staff (owner, agent) login. */
export function LoginPage() {
  const { t } = useTranslation();
  const api = useApi();
  const [params] = useSearchParams();
  const shop = params.get('shop');
  return (
    <PublicLayout title={t('login.staffTitle')} subtitle={t('login.staffSubtitle')}>
      <LoginForm
        submit={api.auth.login}
        submitCode={api.auth.loginSecondFactor}
        allowedPrefix="/admin"
        forgotPath={passwordPaths(false).forgot}
      />
      <Divider my="md" />
      <Stack gap={4}>
        <Text size="sm">
          {t('login.noShopYet')}{' '}
          <Anchor component={Link} to="/signup">
            {t('login.toSignup')}
          </Anchor>
        </Text>
        <Text size="sm">
          {t('login.areYouCustomer')}{' '}
          <Anchor component={Link} to={shop ? `/portal/login?shop=${encodeURIComponent(shop)}` : '/portal/login'}>
            {t('login.toPortal')}
          </Anchor>
        </Text>
      </Stack>
    </PublicLayout>
  );
}
