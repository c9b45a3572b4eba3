import { Card, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/ApiContext';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useLoad } from '../../components/useLoad';
import { formatDate, formatPoints } from '../../format';

/** The goodwill the shop gave the customer (after a complaint): what and when — never what it cost the shop. */
export function PortalGoodwill({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const received = useLoad(() => api.portal.goodwill(), [api]);
  const items = received.data?.items;
  return (
    <Card withBorder radius="lg" data-testid="portal-goodwill">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('portalGoodwill.title')}
        </Title>
        <LoadError error={received.error} onRetry={() => void received.reload()} />
        {!items ? (
          !received.error && <Loading />
        ) : items.length === 0 ? (
          <Text size="sm" data-testid="portal-goodwill-empty">
            {t('portalGoodwill.none')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((g) => (
              <Paper key={g.id} component="li" withBorder p="sm" radius="md" data-testid="portal-gesture">
                <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {t(`portalGoodwill.kinds.${g.kind}`, {
                    points: g.points != null ? formatPoints(g.points, i18n.language) : '',
                    count: g.months ?? 0,
                    what: g.description ?? '',
                    defaultValue: g.kind,
                  })}
                </Text>
                <Text size="sm">{t('portalGoodwill.given', { date: formatDate(g.givenAt, timeZone, i18n.language) })}</Text>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
