import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Tier, TierInput } from '../api';
import { useApi } from '../app/ApiContext';
import { useUser } from '../app/SessionContext';
import { ErrorAlert, serverFieldErrors } from '../components/ErrorAlert';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { useLoad } from '../components/useLoad';
import { amountForInput, currencyFractionDigits, formatMoney, parseAmount, parseFactor } from '../format';

type Field = 'name' | 'threshold' | 'multiplier';

/** "1.5" → "1,5" in German. */
export function formatFactor(value: string, language: string): string {
  const trimmed = /^\d+\.\d+$/.test(value) ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
  return `${language.startsWith('de') ? trimmed.replace('.', ',') : trimmed}×`;
}

/** Creates or edits a tier (OWNER): name, threshold in the shop currency, multiplier. */
export function TierForm({
  shopId,
  currency,
  tier,
  onSaved,
  onCancel,
}: {
  shopId: string;
  currency: string;
  tier?: Tier;
  onSaved: (tier: Tier) => void;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [name, setName] = useState(tier?.name ?? '');
  const [threshold, setThreshold] = useState(tier ? amountForInput(tier.threshold, i18n.language) : '');
  const [multiplier, setMultiplier] = useState(tier ? amountForInput(tier.multiplier, i18n.language) : '');
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const server = serverFieldErrors(error);
  const errorFor = (f: Field) => clientErrors[f] ?? server[f];

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const errs: Partial<Record<Field, string>> = {};
    const n = name.trim();
    if (!n) errs.name = t('validation.required');
    const th = parseAmount(threshold, currencyFractionDigits(currency));
    if (!th) errs.threshold = t('tiers.invalidThreshold');
    const m = parseFactor(multiplier);
    if (!m || Number(m) < 1) errs.multiplier = t('tiers.invalidMultiplier');
    setClientErrors(errs);
    if (Object.keys(errs).length > 0) return;
    const body: TierInput = { name: n, threshold: th!, multiplier: m! };
    setBusy(true);
    setError(undefined);
    try {
      onSaved(tier ? await api.tiers.update(shopId, tier.id, body) : await api.tiers.create(shopId, body));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={tier ? t('tiers.editTitle') : t('tiers.new')} data-testid="tier-form">
      <Stack>
        <ErrorAlert error={error} handledFields={['name', 'threshold', 'multiplier']} />
        <TextInput
          label={t('tiers.name')}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setClientErrors((c) => ({ ...c, name: undefined }));
          }}
          error={errorFor('name')}
          maxLength={100}
          autoComplete="off"
          withAsterisk
          data-autofocus
          data-testid="tier-name"
        />
        <Group grow align="flex-start" preventGrowOverflow={false} wrap="wrap">
          <TextInput
            label={t('tiers.threshold', { currency })}
            description={t('tiers.thresholdHint')}
            value={threshold}
            onChange={(e) => {
              setThreshold(e.currentTarget.value);
              setClientErrors((c) => ({ ...c, threshold: undefined }));
            }}
            error={errorFor('threshold')}
            inputMode="decimal"
            autoComplete="off"
            rightSection={currency}
            rightSectionWidth={48}
            withAsterisk
            style={{ minWidth: 180 }}
            data-testid="tier-threshold"
          />
          <TextInput
            label={t('tiers.multiplier')}
            description={t('tiers.multiplierHint')}
            value={multiplier}
            onChange={(e) => {
              setMultiplier(e.currentTarget.value);
              setClientErrors((c) => ({ ...c, multiplier: undefined }));
            }}
            error={errorFor('multiplier')}
            inputMode="decimal"
            autoComplete="off"
            rightSection="×"
            withAsterisk
            style={{ minWidth: 180 }}
            data-testid="tier-multiplier"
          />
        </Group>
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={busy}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={busy} data-testid="tier-submit">
            {tier ? t('common.save') : t('tiers.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `/admin/tiers`: tiers reached with qualifying spend over 12 months. OWNER creates and edits; AGENT reads. */
export function TiersPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const user = useUser();
  const shop = user.shop;
  const isOwner = user.role === 'OWNER';
  const phone = useMediaQuery('(max-width: 36em)');
  const tiers = useLoad(() => api.tiers.list(shop.id), [api, shop.id]);
  const [editing, setEditing] = useState<Tier | null | undefined>(undefined);
  const [saved, setSaved] = useState<string>();
  const lang = i18n.language;
  const items = tiers.data?.items ?? [];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('tiers.title')}
        </Title>
        {isOwner && (
          <Button
            onClick={() => {
              setSaved(undefined);
              setEditing(null);
            }}
            data-testid="new-tier"
          >
            {t('tiers.new')}
          </Button>
        )}
      </Group>
      <Text c="dimmed" size="sm">
        {t('tiers.intro')}
        {tiers.data && ` ${t('tiers.grace', { count: tiers.data.graceDays })}`}
      </Text>
      {saved && (
        <Alert color="teal" withCloseButton onClose={() => setSaved(undefined)} data-testid="tier-saved">
          {saved}
        </Alert>
      )}
      <LoadError error={tiers.error} onRetry={() => void tiers.reload()} />
      <Card withBorder>
        {!tiers.data && !tiers.error ? (
          <Loading />
        ) : items.length === 0 ? (
          <Text c="dimmed" data-testid="tiers-empty">
            {t('tiers.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table striped data-testid="tiers-table" verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tiers.name')}</Table.Th>
                  <Table.Th ta="right">{t('tiers.thresholdColumn')}</Table.Th>
                  <Table.Th ta="right">{t('tiers.multiplier')}</Table.Th>
                  {isOwner && <Table.Th>{t('tiers.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((tier) => (
                  <Table.Tr key={tier.id} data-testid="tier-row">
                    <Table.Td fw={500}>{tier.name}</Table.Td>
                    <Table.Td ta="right">{formatMoney(tier.threshold, shop.currency, lang)}</Table.Td>
                    <Table.Td ta="right">{formatFactor(tier.multiplier, lang)}</Table.Td>
                    {isOwner && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => {
                            setSaved(undefined);
                            setEditing(tier);
                          }}
                          aria-label={t('tiers.editNamed', { name: tier.name })}
                        >
                          {t('tiers.edit')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {isOwner && (
        <Modal
          opened={editing !== undefined}
          onClose={() => setEditing(undefined)}
          title={editing ? t('tiers.editTitle') : t('tiers.new')}
          fullScreen={!!phone}
        >
          {editing !== undefined && (
            <TierForm
              key={editing?.id ?? 'new'}
              shopId={shop.id}
              currency={shop.currency}
              tier={editing ?? undefined}
              onSaved={(tier) => {
                setEditing(undefined);
                setSaved(t('tiers.saved', { name: tier.name }));
                void tiers.reload();
              }}
              onCancel={() => setEditing(undefined)}
            />
          )}
        </Modal>
      )}
    </Stack>
  );
}
