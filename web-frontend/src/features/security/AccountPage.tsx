import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession, useUser } from '../../app/SessionContext';
import { ChangePasswordForm } from './ChangePasswordForm';
import { SecondFactorCard } from './SecondFactorCard';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" ta="right" style={{ wordBreak: 'break-word' }}>
        {children}
      </Text>
    </Group>
  );
}

/** `/admin/account` (owner and agent): who is logged in, changing one's own password, two-factor login. */
export function AccountPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { refresh } = useSession();
  const refreshSession = async () => void (await refresh());
  return (
    <Stack maw={560}>
      <Title order={1} size="h2">
        {t('account.title')}
      </Title>
      <Card withBorder data-testid="account-details">
        <Stack gap={6}>
          <Row label={t('account.name')}>{user.name}</Row>
          <Row label={t('account.email')}>{user.email}</Row>
          <Row label={t('account.role')}>{t(`role.${user.role}`)}</Row>
          <Row label={t('account.shop')}>{`${user.shop.name} (${user.shop.slug})`}</Row>
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb={4}>
          {t('changePassword.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('changePassword.hint')}
        </Text>
        <ChangePasswordForm email={user.email} />
      </Card>
      <Card withBorder>
        <SecondFactorCard timeZone={user.shop.timeZone} onEnabled={refreshSession} onDisabled={refreshSession} />
      </Card>
    </Stack>
  );
}
