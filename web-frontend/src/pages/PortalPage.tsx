import { Box, Button, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../app/ApiContext';
import { useSession, useUser } from '../app/SessionContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { LedgerList } from '../components/Ledger';
import { Loading } from '../components/Loading';
import { useLoad } from '../components/useLoad';
import { formatPoints } from '../format';

/** `/portal`: the customer's points and history (phone-first). */
export function PortalPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const user = useUser();
  const { logout } = useSession();
  const navigate = useNavigate();
  const me = useLoad(() => api.portal.me(), [api]);
  const ledger = useLoad(() => api.portal.ledger(50), [api]);
  const shop = me.data?.shop ?? user.shop;
  const lang = i18n.language;

  async function onLogout() {
    await logout().catch(() => undefined);
    navigate(`/portal/login?shop=${encodeURIComponent(shop.slug)}`, { replace: true });
  }

  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Box component="header" px="md" py="sm" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg" truncate data-testid="shop-name">
            {shop.name}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitcher />
            <Button variant="default" size="xs" onClick={() => void onLogout()}>
              {t('nav.logout')}
            </Button>
          </Group>
        </Group>
      </Box>
      <Container size={560} py="lg" px="md" component="main">
        <Stack>
          <div>
            <Title order={1} size="h2" data-testid="portal-heading">
              {t('portal.title')}
            </Title>
            {me.data && (
              <Text c="dimmed" size="sm">
                {t('portal.greeting', { firstName: me.data.customer.firstName, number: me.data.customer.number })}
              </Text>
            )}
          </div>
          <ErrorAlert error={me.error} />
          {me.data ? (
            <Card withBorder radius="lg" p="xl" ta="center">
              <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
                {t('portal.available')}
              </Text>
              <Text fz={64} fw={800} lh={1.1} c="teal.8" data-testid="available-points">
                {formatPoints(me.data.balance.available, lang)}
              </Text>
              <Text size="sm" c="dimmed">
                {t('portal.pending')}{' '}
                <Text span fw={600} c="dark" data-testid="pending-points">
                  {formatPoints(me.data.balance.pending, lang)}
                </Text>
              </Text>
            </Card>
          ) : (
            !me.error && <Loading />
          )}
          <Title order={2} size="h4">
            {t('portal.history')}
          </Title>
          <ErrorAlert error={ledger.error} />
          {ledger.data ? <LedgerList entries={ledger.data.items} timeZone={shop.timeZone} /> : !ledger.error && <Loading />}
        </Stack>
      </Container>
    </Box>
  );
}
