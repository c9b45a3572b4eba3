import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Card, Code, CopyButton, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiKey, IssuedApiKey } from '../api';
import { useApi } from '../app/ApiContext';
import { useUser } from '../app/SessionContext';
import { ErrorAlert, serverFieldErrors } from '../components/ErrorAlert';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { useLoad } from '../components/useLoad';
import { formatDateTime } from '../format';

/** `/admin/api-keys` (OWNER): keys for the till. The secret is shown once, right after issuing. */
export function ApiKeysPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const shop = useUser().shop;
  const keys = useLoad(() => api.apiKeys.list(shop.id), [api, shop.id]);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<IssuedApiKey>();
  const [revoking, setRevoking] = useState<ApiKey>();
  const [revokeBusy, setRevokeBusy] = useState(false);
  const [revokeError, setRevokeError] = useState<unknown>();
  const lang = i18n.language;

  async function onIssue(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const n = name.trim();
    if (!n) {
      setNameError(t('validation.required'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const key = await api.apiKeys.issue(shop.id, n);
      setIssued(key);
      setName('');
      void keys.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function onRevoke() {
    if (!revoking) return;
    setRevokeBusy(true);
    setRevokeError(undefined);
    try {
      await api.apiKeys.revoke(shop.id, revoking.id);
      setRevoking(undefined);
      void keys.reload();
    } catch (err) {
      setRevokeError(err);
    } finally {
      setRevokeBusy(false);
    }
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
            <ErrorAlert error={error} handledFields={['name']} />
            <Group align="flex-end" wrap="wrap">
              <TextInput
                label={t('apiKeys.name')}
                description={t('apiKeys.nameHint')}
                value={name}
                onChange={(e) => {
                  setName(e.currentTarget.value);
                  setNameError(undefined);
                }}
                error={nameError ?? serverFieldErrors(error).name}
                maxLength={100}
                autoComplete="off"
                withAsterisk
                w={320}
                data-testid="api-key-name"
              />
              <Button type="submit" loading={busy} data-testid="api-key-issue">
                {t('apiKeys.issue')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <LoadError error={keys.error} onRetry={() => void keys.reload()} />
      <Card withBorder>
        {!keys.data && !keys.error ? (
          <Loading />
        ) : items.length === 0 ? (
          <Text c="dimmed" data-testid="api-keys-empty">
            {t('apiKeys.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped data-testid="api-keys-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('apiKeys.name')}</Table.Th>
                  <Table.Th>{t('apiKeys.hint')}</Table.Th>
                  <Table.Th>{t('apiKeys.created')}</Table.Th>
                  <Table.Th>{t('apiKeys.status')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((k) => (
                  <Table.Tr key={k.id} data-testid="api-key-row" data-revoked={!!k.revokedAt}>
                    <Table.Td fw={500}>{k.name}</Table.Td>
                    <Table.Td ff="monospace">…{k.hint}</Table.Td>
                    <Table.Td>{formatDateTime(k.createdAt, shop.timeZone, lang)}</Table.Td>
                    <Table.Td>
                      {k.revokedAt ? (
                        <Badge color="gray" variant="light" style={{ overflow: 'visible' }}>
                          {t('apiKeys.revokedAt', { date: formatDateTime(k.revokedAt, shop.timeZone, lang) })}
                        </Badge>
                      ) : (
                        <Badge color="teal" variant="light">
                          {t('apiKeys.active')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {!k.revokedAt && (
                        <Button
                          size="xs"
                          color="red"
                          variant="light"
                          onClick={() => {
                            setRevokeError(undefined);
                            setRevoking(k);
                          }}
                          aria-label={t('apiKeys.revokeNamed', { name: k.name })}
                        >
                          {t('apiKeys.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <Modal opened={!!revoking} onClose={() => setRevoking(undefined)} title={t('apiKeys.revokeTitle')}>
        {revoking && (
          <Stack>
            <Text>{t('apiKeys.revokeConfirm', { name: revoking.name })}</Text>
            <ErrorAlert error={revokeError} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRevoking(undefined)} disabled={revokeBusy}>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={revokeBusy} onClick={() => void onRevoke()} data-testid="api-key-revoke-confirm">
                {t('apiKeys.revoke')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
