import type { FormEvent } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Tier, TierInput } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { fieldMessage } from '../../components/fieldMessages';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { LoadError } from '../../components/LoadError';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { EditorModal, ListCard, PageHeader, SavedNotice, useListEditor } from '../../components/ResourceList';
import { type FieldErrors, useForm } from '../../components/useForm';
import { useLoad } from '../../components/useLoad';
import { amountForInput, currencyFractionDigits, formatFactor, formatMoney, parseAmount, parseFactor } from '../../format';

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
  const form = useForm(
    () => ({
      name: tier?.name ?? '',
      threshold: tier ? amountForInput(tier.threshold, i18n.language) : '',
      multiplier: tier ? amountForInput(tier.multiplier, i18n.language) : '',
    }),
    { describe: (f, m) => fieldMessage(t, i18n.language, f === 'multiplier' ? 'factor' : 'amount', m) },
  );
  const { values, update, errorFor } = form;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (form.busy) return;
    const errs: FieldErrors<keyof typeof values> = {};
    const n = values.name.trim();
    if (!n) errs.name = t('validation.required');
    const th = parseAmount(values.threshold, currencyFractionDigits(currency), i18n.language);
    if (!th) errs.threshold = t('tiers.invalidThreshold');
    const m = parseFactor(values.multiplier, i18n.language);
    if (!m || Number(m) < 1) errs.multiplier = t('tiers.invalidMultiplier');
    if (!form.check(errs)) return;
    const body: TierInput = { name: n, threshold: th!, multiplier: m! };
    await form.submit(async () =>
      onSaved(tier ? await api.tiers.update(shopId, tier.id, body) : await api.tiers.create(shopId, body)),
    );
  }

  return (
    <form ref={form.ref} onSubmit={onSubmit} noValidate aria-label={tier ? t('tiers.editTitle') : t('tiers.new')} data-testid="tier-form">
      <Stack>
        <ErrorAlert error={form.error} handledFields={['name', 'threshold', 'multiplier']} />
        <TextInput
          label={t('tiers.name')}
          value={values.name}
          onChange={(e) => update('name', e.currentTarget.value)}
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
            value={values.threshold}
            onChange={(e) => update('threshold', e.currentTarget.value)}
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
            value={values.multiplier}
            onChange={(e) => update('multiplier', e.currentTarget.value)}
            error={errorFor('multiplier')}
            inputMode="decimal"
            autoComplete="off"
            rightSection="×"
            withAsterisk
            style={{ minWidth: 180 }}
            data-testid="tier-multiplier"
          />
        </Group>
        <FormActions
          busy={form.busy}
          submitLabel={tier ? t('common.save') : t('tiers.create')}
          submitTestId="tier-submit"
          onCancel={onCancel}
        />
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
  const tiers = useLoad(() => api.tiers.list(shop.id), [api, shop.id]);
  const editor = useListEditor<Tier>();
  const lang = i18n.language;
  const items = tiers.data?.items ?? [];

  return (
    <Stack>
      <PageHeader
        title={t('tiers.title')}
        action={
          isOwner && (
            <Button onClick={editor.openNew} data-testid="new-tier">
              {t('tiers.new')}
            </Button>
          )
        }
      />
      <Text c="dimmed" size="sm">
        {t('tiers.intro')}
        {tiers.data && ` ${t('tiers.grace', { count: tiers.data.graceDays })}`}
      </Text>
      <SavedNotice message={editor.saved} onClose={() => editor.setSaved(undefined)} testId="tier-saved" />
      <LoadError error={tiers.error} onRetry={() => void tiers.reload()} />
      <ListCard loaded={tiers} isEmpty={items.length === 0} empty={t('tiers.empty')} emptyTestId="tiers-empty">
        <ResponsiveTable
          rows={items}
          rowKey={(tier) => tier.id}
          rowProps={() => ({ 'data-testid': 'tier-row' })}
          testId="tiers-table"
          minWidth={480}
          tableProps={{ striped: true, verticalSpacing: 'sm' }}
          columns={[
            { key: 'name', header: t('tiers.name'), card: 'title', cellProps: () => ({ fw: 500 }), cell: (tier) => tier.name },
            {
              key: 'threshold',
              header: t('tiers.thresholdColumn'),
              align: 'right',
              cell: (tier) => formatMoney(tier.threshold, shop.currency, lang),
            },
            { key: 'multiplier', header: t('tiers.multiplier'), align: 'right', cell: (tier) => formatFactor(tier.multiplier, lang) },
            isOwner && {
              key: 'actions',
              header: t('tiers.actions'),
              card: 'actions',
              cell: (tier) => (
                <Button size="xs" variant="light" onClick={() => editor.openEdit(tier)} aria-label={t('tiers.editNamed', { name: tier.name })}>
                  {t('tiers.edit')}
                </Button>
              ),
            },
          ]}
        />
      </ListCard>
      {isOwner && (
        <EditorModal editor={editor} newTitle={t('tiers.new')} editTitle={t('tiers.editTitle')}>
          {(tier) => (
            <TierForm
              shopId={shop.id}
              currency={shop.currency}
              tier={tier}
              onSaved={(saved) => {
                editor.done(t('tiers.saved', { name: saved.name }));
                void tiers.reload();
              }}
              onCancel={editor.close}
            />
          )}
        </EditorModal>
      )}
    </Stack>
  );
}
