import { useRef, useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Card, Group, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CASE_CATEGORIES,
  IdempotencyKeys,
  isApiError,
  type CaseCategory,
  type ServiceRequest,
  type ServiceRequestInput,
  type ServiceRequestStatus,
} from '../../api';
import { useApi } from '../../app/ApiContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useForm } from '../../components/useForm';
import { useLoad } from '../../components/useLoad';
import { formatDateTime } from '../../format';

const STATUS_COLOR: Record<ServiceRequestStatus, string> = { RECEIVED: 'blue', IN_PROGRESS: 'orange', RESOLVED: 'teal' };

/**
 * The portal's requests to the shop: a form to open one (subject, description, optional topic) and the customer's
 * own requests, newest first, with their status in words — never the agents' notes.
 */
export function PortalRequests({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const requests = useLoad(() => api.portal.requests(), [api]);
  const [opening, setOpening] = useState(false);
  const [sent, setSent] = useState<ServiceRequest>();

  function onSent(r: ServiceRequest) {
    setSent(r);
    setOpening(false);
    void requests.reload();
  }

  const items = requests.data?.items ?? [];
  return (
    <Card withBorder radius="lg" data-testid="portal-requests">
      <Stack gap="sm">
        <Title order={2} size="h4" id="portal-requests-title">
          {t('requests.title')}
        </Title>
        <Text size="sm">{t('requests.intro')}</Text>
        {sent && (
          <Alert color="teal" withCloseButton onClose={() => setSent(undefined)} data-testid="request-sent">
            {t('requests.sent', { number: sent.number })}
          </Alert>
        )}
        {opening ? (
          <RequestForm onSent={onSent} onCancel={() => setOpening(false)} />
        ) : (
          <Button
            variant="light"
            onClick={() => {
              setSent(undefined);
              setOpening(true);
            }}
            data-testid="open-request-form"
          >
            {t('requests.new')}
          </Button>
        )}
        <LoadError error={requests.error} onRetry={() => void requests.reload()} />
        {requests.data ? (
          items.length === 0 ? (
            <Text size="sm" data-testid="requests-empty">
              {t('requests.none')}
            </Text>
          ) : (
            <Stack
              gap="xs"
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-labelledby="portal-requests-title"
              data-testid="request-list"
            >
              {items.map((r) => (
                <RequestItem key={r.id} request={r} timeZone={timeZone} />
              ))}
            </Stack>
          )
        ) : (
          !requests.error && <Loading />
        )}
      </Stack>
    </Card>
  );
}

function RequestItem({ request: r, timeZone }: { request: ServiceRequest; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Paper component="li" withBorder p="sm" radius="md" data-testid="request" data-status={r.status}>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }} data-testid="request-subject">
            {`${t('requests.number', { number: r.number })} ${r.subject}`}
          </Text>
          <Badge variant="light" color={STATUS_COLOR[r.status] ?? 'gray'} style={{ flexShrink: 0 }} data-testid="request-status">
            {t(`requests.statuses.${r.status}`, { defaultValue: r.status })}
          </Badge>
        </Group>
        <Text size="sm">{t(`cases.categories.${r.category}`, { defaultValue: r.category })}</Text>
        <Text size="sm" data-testid="request-received">
          {t('requests.receivedAt', { date: formatDateTime(r.receivedAt, timeZone, lang) })}
        </Text>
        {r.closedAt && (
          <Text size="sm" data-testid="request-closed">
            {t('requests.closedAt', { date: formatDateTime(r.closedAt, timeZone, lang) })}
          </Text>
        )}
        {r.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {r.description}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function RequestForm({ onSent, onCancel }: { onSent: (r: ServiceRequest) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const keys = useRef(new IdempotencyKeys());
  const form = useForm({ subject: '', description: '', category: '' as CaseCategory | '' });
  const v = form.values;
  const tooMany = isApiError(form.error) && form.error.code === 'too-many-open-requests';

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const subject = v.subject.trim();
    if (!form.check(subject ? {} : { subject: t('validation.required') })) return;
    const body: ServiceRequestInput = {
      subject,
      ...(v.description.trim() ? { description: v.description.trim() } : {}),
      ...(v.category ? { category: v.category } : {}),
    };
    await form.submit(async () => {
      const r = await keys.current.run(body, (key) => api.portal.openRequest(body, key));
      onSent(r);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('requests.new')} data-testid="request-form">
      <Stack gap="sm">
        {tooMany ? (
          <Alert color="orange" title={t('requests.tooManyTitle')} role="alert" data-testid="requests-too-many">
            {t('requests.tooMany')}
          </Alert>
        ) : (
          <ErrorAlert error={form.error} handledFields={['subject', 'description', 'category']} />
        )}
        <TextInput
          label={t('requests.subject')}
          value={v.subject}
          onChange={(e) => form.update('subject', e.currentTarget.value)}
          error={form.errorFor('subject')}
          maxLength={200}
          withAsterisk
          data-autofocus
        />
        <Textarea
          label={t('requests.description')}
          value={v.description}
          onChange={(e) => form.update('description', e.currentTarget.value)}
          error={form.errorFor('description')}
          maxLength={4000}
          rows={4}
        />
        <NativeSelect
          label={t('requests.category')}
          data={[
            { value: '', label: t('requests.noCategory') },
            ...CASE_CATEGORIES.map((c) => ({ value: c, label: t(`cases.categories.${c}`) })),
          ]}
          value={v.category}
          onChange={(e) => form.update('category', e.currentTarget.value as CaseCategory | '')}
          error={form.errorFor('category')}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.busy}>
            {t('requests.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
