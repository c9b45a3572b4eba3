import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Card, Code, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiKey, IssuedApiKey } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ConfirmModal, useConfirm } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { ListCard } from '../../components/ResourceList';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { useForm } from '../../components/useForm';
import { useLoad } from '../../components/useLoad';
import { formatDateTime } from '../../format';
import { useStepUp } from '../security/StepUp';

/** `/admin/api-keys` (OWNER): keys for the till. The secret is shown once, right after issuing. */
export function ApiKeysPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const shop = useUser().shop;
  const keys = useLoad(() => api.apiKeys.list(shop.id), [api, shop.id]);
  const form = useForm({ name: '' });
  const [issued, setIssued] = useState<IssuedApiKey>();
  const revoke = useConfirm<ApiKey>();
  // issuing a key may need the owner's second factor again (403 second-factor-recheck-required)
  const stepUp = useStepUp();
  const lang = i18n.language;

  async function onIssue(e: FormEvent) {
    e.preventDefault();
    if (form.busy) return;
    const n = form.values.name.trim();
    if (!n) {
      form.check({ name: t('validation.required') });
      return;
    }
    await form.submit(async () => {
      const key = await stepUp(() => api.apiKeys.issue(shop.id, n));
      setIssued(key);
      form.setValues({ name: '' });
      void keys.reload();
    });
  }

  async function onRevoke(key: ApiKey) {
    await api.apiKeys.revoke(shop.id, key.id);
    void keys.reload();
  }

  const items = keys.data?.items ?? [];
  return (
    <Stack maw={860}>
      <Title order={1} size="h2">
        {t('apiKeys.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('apiKeys.intro')}
      </Text>
      {issued && (
        <Alert color="orange" title={t('apiKeys.issuedTitle', { name: issued.name })} data-testid="api-key-secret-box">
          <Stack gap="xs">
            <Text size="sm" fw={600} data-testid="api-key-once">
              {t('apiKeys.onlyNow')}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Code style={{ wordBreak: 'break-all', flex: 1 }} data-testid="api-key-secret">
                {issued.secret}
              </Code>
              <CopyButton value={issued.secret} timeout={2000}>
                {({ copied, copy }) => (
                  <Button size="xs" variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : undefined} onClick={copy}>
                    {copied ? t('common.copied') : t('common.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Group>
              <Button size="xs" variant="default" onClick={() => setIssued(undefined)} data-testid="api-key-done">
                {t('apiKeys.done')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <Card withBorder>
        <form onSubmit={onIssue} noValidate aria-label={t('apiKeys.issue')}>
          <Stack>
            <ErrorAlert error={form.error} handledFields={['name']} />
            <Group align="flex-end" wrap="wrap">
              <TextInput
                label={t('apiKeys.name')}
                description={t('apiKeys.nameHint')}
                value={form.values.name}
                onChange={(e) => form.update('name', e.currentTarget.value)}
                error={form.errorFor('name')}
                maxLength={100}
                autoComplete="off"
                withAsterisk
                w={320}
                data-testid="api-key-name"
              />
              <Button type="submit" loading={form.busy} data-testid="api-key-issue">
                {t('apiKeys.issue')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <LoadError error={keys.error} onRetry={() => void keys.reload()} />
      <ListCard loaded={keys} isEmpty={items.length === 0} empty={t('apiKeys.empty')} emptyTestId="api-keys-empty">
        <ResponsiveTable
          rows={items}
          rowKey={(k) => k.id}
          rowProps={(k) => ({ 'data-testid': 'api-key-row', 'data-revoked': !!k.revokedAt })}
          testId="api-keys-table"
          minWidth={560}
          tableProps={{ striped: true }}
          columns={[
            { key: 'name', header: t('apiKeys.name'), card: 'title', cellProps: () => ({ fw: 500 }), cell: (k) => k.name },
            { key: 'hint', header: t('apiKeys.hint'), cellProps: () => ({ ff: 'monospace' }), cell: (k) => `…${k.hint}` },
            { key: 'created', header: t('apiKeys.created'), cell: (k) => formatDateTime(k.createdAt, shop.timeZone, lang) },
            {
              key: 'status',
              header: t('apiKeys.status'),
              cell: (k) =>
                k.revokedAt ? (
                  <Badge color="gray" variant="light" style={{ overflow: 'visible' }}>
                    {t('apiKeys.revokedAt', { date: formatDateTime(k.revokedAt, shop.timeZone, lang) })}
                  </Badge>
                ) : (
                  <Badge color="teal" variant="light">
                    {t('apiKeys.active')}
                  </Badge>
                ),
            },
            {
              key: 'actions',
              header: null,
              card: 'actions',
              cell: (k) =>
                !k.revokedAt && (
                  <Button size="xs" color="red" variant="light" onClick={() => revoke.open(k)} aria-label={t('apiKeys.revokeNamed', { name: k.name })}>
                    {t('apiKeys.revoke')}
                  </Button>
                ),
            },
          ]}
        />
      </ListCard>
      <ConfirmModal
        confirm={revoke}
        title={t('apiKeys.revokeTitle')}
        message={(key) => t('apiKeys.revokeConfirm', { name: key.name })}
        confirmLabel={t('apiKeys.revoke')}
        confirmTestId="api-key-revoke-confirm"
        onConfirm={onRevoke}
      />
    </Stack>
  );
}
