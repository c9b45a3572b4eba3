import { Alert, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type MailTrouble } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useLoad } from '../../components/useLoad';
import { formatDateTime, formatPoints } from '../../format';

/** One count of the outbox: a label above a number. */
function Count({ label, value, testId, color }: { label: string; value: string; testId: string; color?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="lg" c={color} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

/**
 * OWNER (the caller shows it to owners only; agents get 403): the shop's e-mail outbox — how many notices were
 * sent, are waiting and failed for good — and the latest mails that failed at least once, with their state and
 * the server's last error. Before anything was sent, a hint when mails go out and where they end up without a
 * mail server. Mails held until the shop's e-mail address is confirmed are counted and explained. A server without
 * the endpoint (404) shows no card.
 */
export function MailStatusCard() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const shop = useUser().shop;
  const status = useLoad(() => api.shops.mailStatus(shop.id), [api, shop.id]);
  const [retrying, setRetrying] = useState(false);
  const [retried, setRetried] = useState<number | null>(null);
  const [retryError, setRetryError] = useState<unknown>(null);
  const lang = i18n.language;
  const retry = async () => {
    setRetrying(true);
    setRetryError(null);
    try {
      const result = await api.shops.retryFailedMails(shop.id);
      setRetried(result.requeued);
      await status.reload();
    } catch (error) {
      setRetryError(error);
    } finally {
      setRetrying(false);
    }
  };
  if (isApiError(status.error) && status.error.status === 404) return null;
  const data = status.data;

  const templateText = (template: string) =>
    i18n.exists(`mailTemplate.${template}`) ? t(`mailTemplate.${template}`) : template;
  const stateText = (m: MailTrouble) =>
    m.failed
      ? t('mailStatus.failedAfter', { count: m.attempts })
      : m.nextAttemptAt
        ? t('mailStatus.nextAttempt', { date: formatDateTime(m.nextAttemptAt, shop.timeZone, lang) })
        : t('mailStatus.waiting');

  return (
    <Card withBorder data-testid="mail-status">
      <Title order={2} size="h4" mb="xs">
        {t('mailStatus.title')}
      </Title>
      <LoadError error={status.error} onRetry={() => void status.reload()} />
      {!data ? (
        !status.error && <Loading />
      ) : (
        <Stack gap="sm">
          <Group gap="xl">
            <Count label={t('mailStatus.sent')} value={formatPoints(data.sent, lang)} testId="mail-sent" />
            <Count label={t('mailStatus.pending')} value={formatPoints(data.pending, lang)} testId="mail-pending" />
            <Count
              label={t('mailStatus.failed')}
              value={formatPoints(data.failed, lang)}
              testId="mail-failed"
              color={data.failed > 0 ? 'red' : undefined}
            />
            {data.held > 0 && (
              <Count label={t('mailStatus.held')} value={formatPoints(data.held, lang)} testId="mail-held" color="orange" />
            )}
          </Group>
          {data.held > 0 && (
            <Alert color="orange" variant="light" p="xs" data-testid="mail-held-hint">
              {t('mailStatus.heldHint', { count: data.held })}
            </Alert>
          )}
          {data.delivery === 'LOG' && (
            <Alert color="orange" variant="light" p="xs" data-testid="mail-log-only">
              {t('mailStatus.logOnly')}
            </Alert>
          )}
          {data.failed > 0 && (
            <Group gap="sm">
              <Button size="xs" variant="light" loading={retrying} onClick={() => void retry()} data-testid="mail-retry">
                {t('mailStatus.retry')}
              </Button>
            </Group>
          )}
          {retried !== null && (
            <Text size="sm" c="green.8" data-testid="mail-retried">
              {t('mailStatus.retried', { count: retried })}
            </Text>
          )}
          {retryError != null && <ErrorAlert error={retryError} />}
          {data.sent === 0 && data.held === 0 && (
            <Text size="sm" c="dimmed" data-testid="mail-hint">
              {t('mailStatus.neverSent')}
            </Text>
          )}
          {data.troubles.length > 0 && (
            <Table.ScrollContainer minWidth={520}>
              <Table striped verticalSpacing={6} captionSide="top" data-testid="mail-troubles">
                <Table.Caption>{t('mailStatus.troubles')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('mailStatus.recipient')}</Table.Th>
                    <Table.Th>{t('mailStatus.template')}</Table.Th>
                    <Table.Th>{t('mailStatus.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.troubles.map((m) => (
                    <Table.Tr key={m.id} data-testid="mail-trouble" data-failed={m.failed}>
                      {/* recipient and template are absent when the mail cannot be read (it failed for good) */}
                      <Table.Td style={{ wordBreak: 'break-all' }}>{m.recipient ?? '–'}</Table.Td>
                      <Table.Td>{m.template ? templateText(m.template) : t('mailStatus.unreadable')}</Table.Td>
                      <Table.Td>
                        <Text size="sm" c={m.failed ? 'red' : undefined} data-testid="mail-trouble-state">
                          {stateText(m)}
                        </Text>
                        {m.lastError && (
                          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }} data-testid="mail-trouble-error">
                            {m.lastError}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </Card>
  );
}
