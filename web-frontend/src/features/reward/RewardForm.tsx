import { useRef, type FormEvent } from 'react';
import { Checkbox, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REWARD_KINDS, type Reward, type RewardInput, type RewardKind } from '../../api';
import { useApi } from '../../app/ApiContext';
import { fieldMessage, type FieldUnit } from '../../components/fieldMessages';
import { ErrorAlert } from '../../components/ErrorAlert';
import { implausibility, PlausibilityChoice } from '../../components/Plausibility';
import { FormActions } from '../../components/FormActions';
import { type FieldErrors, useForm } from '../../components/useForm';
import { currencyFractionDigits, isMalformedNumber, parseAmount, parsePercent, parseWholeNumber } from '../../format';

export const DEFAULT_VALIDITY_DAYS = 90;
export const MAX_VALIDITY_DAYS = 3650;
const MAX_POINTS_COST = 100_000_000;

type Values = {
  name: string;
  description: string;
  kind: RewardKind;
  amount: string;
  percent: string;
  item: string;
  pointsCost: string;
  validityDays: string;
  active: boolean;
};
type Field = keyof Values;
const REWARD_UNITS: Partial<Record<string, FieldUnit>> = {
  amount: 'amount',
  percent: 'percent',
  pointsCost: 'points',
  validityDays: 'days',
};
const FIELDS: Field[] = ['name', 'description', 'kind', 'amount', 'percent', 'item', 'pointsCost', 'validityDays', 'active'];

/** A decimal string from the server shown for editing in the UI language ("2.50" → "2,50" in German). */
function forEditing(value: string | null | undefined, language: string): string {
  if (!value) return '';
  return language.startsWith('de') ? value.replace('.', ',') : value;
}

function initialValues(reward: Reward | undefined, language: string): Values {
  return {
    name: reward?.name ?? '',
    description: reward?.description ?? '',
    kind: reward?.kind ?? 'AMOUNT_OFF',
    amount: forEditing(reward?.amount, language),
    percent: forEditing(reward?.percent, language),
    item: reward?.item ?? '',
    pointsCost: reward ? String(reward.pointsCost) : '',
    validityDays: String(reward?.validityDays ?? DEFAULT_VALIDITY_DAYS),
    active: reward?.active ?? true,
  };
}

/**
 * Creates or edits a reward (OWNER). The value field depends on the kind: an amount in the shop
 * currency, a percentage or an item. Server field errors are shown at their inputs.
 */
export function RewardForm({
  shopId,
  currency,
  reward,
  onSaved,
  onCancel,
}: {
  shopId: string;
  currency: string;
  /** The reward to edit; a new one is created without it. */
  reward?: Reward;
  onSaved: (reward: Reward) => void;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const form = useForm<Values>(() => initialValues(reward, i18n.language), {
    describe: (f, m) => fieldMessage(t, i18n.language, REWARD_UNITS[f] ?? 'number', m),
  });
  const { values, update } = form;
  const implausible = implausibility(form.error);
  const sent = useRef<RewardInput>(undefined);
  const amountInput = useRef<HTMLInputElement>(null);
  const percentInput = useRef<HTMLInputElement>(null);
  // `currency` is not an input: the server names it when the amount is in the wrong currency.
  const errorFor = (f: Field) => form.errorFor(f) ?? (f === 'amount' ? form.server.currency : undefined);

  function validate(): RewardInput | undefined {
    const errs: FieldErrors<Field> = {};
    const name = values.name.trim();
    if (!name) errs.name = t('validation.required');
    const pointsCost = parseWholeNumber(values.pointsCost, 1, MAX_POINTS_COST, i18n.language);
    if (pointsCost === undefined) errs.pointsCost = t('rewardForm.invalidPoints');
    const validityDays = parseWholeNumber(values.validityDays, 1, MAX_VALIDITY_DAYS, i18n.language);
    if (validityDays === undefined) errs.validityDays = t('rewardForm.invalidValidity', { max: MAX_VALIDITY_DAYS });
    const body: Partial<RewardInput> = { name, kind: values.kind, active: values.active };
    if (values.description.trim()) body.description = values.description.trim();
    if (values.kind === 'AMOUNT_OFF') {
      const amount = parseAmount(values.amount, currencyFractionDigits(currency), i18n.language);
      if (!amount)
        errs.amount = isMalformedNumber(values.amount, i18n.language)
          ? t('validation.numberFormat')
          : t('rewardForm.invalidAmount');
      else body.amount = amount;
    } else if (values.kind === 'PERCENT_OFF') {
      const percent = parsePercent(values.percent, i18n.language);
      if (!percent) errs.percent = t('rewardForm.invalidPercent');
      else body.percent = percent;
    } else {
      const item = values.item.trim();
      if (!item) errs.item = t('validation.required');
      else body.item = item;
    }
    if (!form.check(errs) || pointsCost === undefined || validityDays === undefined) return undefined;
    return { ...body, name, kind: values.kind, pointsCost, validityDays };
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (form.busy) return;
    const body = validate();
    if (!body) return;
    await save(body);
  }

  async function save(body: RewardInput) {
    sent.current = body;
    await form.submit(async () =>
      onSaved(reward ? await api.rewards.update(shopId, reward.id, body) : await api.rewards.create(shopId, body)),
    );
  }

  /** "Save anyway": the refused request again, confirmed. */
  async function confirm() {
    if (form.busy || !sent.current) return;
    await save({ ...sent.current, confirmed: true });
  }

  return (
    <form ref={form.ref} onSubmit={onSubmit} noValidate aria-label={reward ? t('rewards.editTitle') : t('rewards.new')} data-testid="reward-form">
      <Stack>
        {!implausible && <ErrorAlert error={form.error} handledFields={[...FIELDS, 'currency']} />}
        <TextInput
          label={t('rewardForm.name')}
          description={t('rewardForm.nameHint')}
          value={values.name}
          onChange={(e) => update('name', e.currentTarget.value)}
          error={errorFor('name')}
          maxLength={100}
          autoComplete="off"
          withAsterisk
          data-autofocus
        />
        <Textarea
          label={t('rewardForm.description')}
          description={t('rewardForm.descriptionHint')}
          value={values.description}
          onChange={(e) => update('description', e.currentTarget.value)}
          error={errorFor('description')}
          maxLength={500}
          rows={2}
        />
        <Group grow align="flex-start" preventGrowOverflow={false} wrap="wrap">
          <NativeSelect
            label={t('rewardForm.kind')}
            data={REWARD_KINDS.map((k) => ({ value: k, label: t(`rewardKind.${k}`) }))}
            value={values.kind}
            onChange={(e) => update('kind', e.currentTarget.value as RewardKind)}
            error={errorFor('kind')}
            style={{ minWidth: 200 }}
          />
          {values.kind === 'AMOUNT_OFF' && (
            <TextInput
              label={t('rewardForm.amount', { currency })}
              value={values.amount}
              onChange={(e) => update('amount', e.currentTarget.value)}
              error={errorFor('amount')}
              ref={amountInput}
              inputMode="decimal"
              autoComplete="off"
              rightSection={currency}
              rightSectionWidth={48}
              withAsterisk
              style={{ minWidth: 200 }}
            />
          )}
          {values.kind === 'PERCENT_OFF' && (
            <TextInput
              label={t('rewardForm.percent')}
              value={values.percent}
              onChange={(e) => update('percent', e.currentTarget.value)}
              error={errorFor('percent')}
              ref={percentInput}
              inputMode="decimal"
              autoComplete="off"
              rightSection="%"
              withAsterisk
              style={{ minWidth: 200 }}
            />
          )}
          {values.kind === 'FREE_ITEM' && (
            <TextInput
              label={t('rewardForm.item')}
              description={t('rewardForm.itemHint')}
              value={values.item}
              onChange={(e) => update('item', e.currentTarget.value)}
              error={errorFor('item')}
              maxLength={100}
              autoComplete="off"
              withAsterisk
              style={{ minWidth: 200 }}
            />
          )}
        </Group>
        {implausible && (
          <PlausibilityChoice
            confirmLabel={t('plausibility.saveAnyway')}
            correctLabel={implausible.field === 'percent' ? t('plausibility.correctPercent') : undefined}
            busy={form.busy}
            onConfirm={() => void confirm()}
            onCorrect={() => {
              const input = implausible.field === 'percent' ? percentInput.current : amountInput.current;
              form.clearError();
              input?.focus();
              input?.select();
            }}
          />
        )}
        <Group grow align="flex-start" preventGrowOverflow={false} wrap="wrap">
          <TextInput
            label={t('rewardForm.pointsCost')}
            description={t('rewardForm.pointsCostHint')}
            value={values.pointsCost}
            onChange={(e) => update('pointsCost', e.currentTarget.value)}
            error={errorFor('pointsCost')}
            inputMode="numeric"
            autoComplete="off"
            withAsterisk
            style={{ minWidth: 160 }}
          />
          <TextInput
            label={t('rewardForm.validityDays')}
            description={t('rewardForm.validityHint')}
            value={values.validityDays}
            onChange={(e) => update('validityDays', e.currentTarget.value)}
            error={errorFor('validityDays')}
            inputMode="numeric"
            autoComplete="off"
            withAsterisk
            style={{ minWidth: 160 }}
          />
        </Group>
        <Checkbox
          label={t('rewardForm.active')}
          checked={values.active}
          onChange={(e) => update('active', e.currentTarget.checked)}
          error={errorFor('active')}
        />
        <FormActions busy={form.busy} submitLabel={reward ? t('common.save') : t('rewardForm.create')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
