import { Button, Group, Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession, useUser } from '../../app/SessionContext';
import { PublicLayout } from '../../components/PublicLayout';
import { SecondFactorCard } from './SecondFactorCard';

/**
 * Instead of the admin for an owner whose shop requires two-factor login and who has not set it up yet
 * (`secondFactorSetupRequired`; the server refuses every other owner API with 403 `second-factor-setup-required`):
 * the setup card and logout. Once the recovery codes are saved the session is loaded again and the admin opens.
 */
export function SecondFactorSetupScreen() {
  const { t } = useTranslation();
  const user = useUser();
  const { refresh, logout } = useSession();
  const navigate = useNavigate();

  async function onLogout() {
    const slug = user.shop.slug;
    await logout().catch(() => undefined);
    navigate(`/login?shop=${encodeURIComponent(slug)}`, { replace: true });
  }

  return (
    <PublicLayout title={t('secondFactor.setupRequiredTitle')} subtitle={user.shop.name} width={560}>
      <Stack data-testid="second-factor-setup-required">
        <Text size="sm">{t('secondFactor.setupRequiredIntro', { shop: user.shop.name })}</Text>
        <SecondFactorCard timeZone={user.shop.timeZone} onEnabled={async () => void (await refresh())} />
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed" style={{ wordBreak: 'break-word' }}>
            {t('portal.loggedInAs', { email: user.email })}
          </Text>
          <Button variant="default" size="xs" onClick={() => void onLogout()}>
            {t('nav.logout')}
          </Button>
        </Group>
      </Stack>
    </PublicLayout>
  );
}
