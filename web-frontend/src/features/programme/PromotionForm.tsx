import type { FormEvent } from 'react';
import { Checkbox, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROMOTION_KINDS, type Promotion, type PromotionInput, type PromotionKind } from '../../api';
import { useApi } from '../../app/ApiContext';
import { CategoryInput, useCategorySuggestions } from './CategoryInput';
import { fieldMessage, type FieldUnit } from '../../components/fieldMessages';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { type FieldErrors, useForm } from '../../components/useForm';
import {
  amountForInput,
  currencyFractionDigits,
  instantToZoned,
  parseAmount,
  parseFactor,
  parseWholeNumber,
  zonedToInstant,
} from '../../format';

const MAX_BONUS_POINTS = 1_000_000;

type Values = {
  name: string;
  kind: PromotionKind;
  multiplier: string;
  bonusPoints: string;
  minAmount: string;
  category: string;
  startsAt: string;
  endsAt: string;
  active: boolean;
};
type Field = keyof Values;
const PROMOTION_UNITS: Partial<Record<string, FieldUnit>> = { multiplier: 'factor', bonusPoints: 'points', minAmount: 'amount' };
const FIELDS: Field[] = ['name', 'kind', 'multiplier', 'bonusPoints', 'minAmount', 'category', 'startsAt', 'endsAt', 'active'];

function initialValues(p: Promotion | undefined, timeZone: string, language: string): Values {
  return {
    name: p?.name ?? '',
    kind: p?.kind ?? 'MULTIPLIER',
    multiplier: p?.multiplier ? amountForInput(p.multiplier, language) : '2',
    bonusPoints: p?.bonusPoints != null ? String(p.bonusPoints) : '',
    minAmount: p?.minAmount ? amountForInput(p.minAmount, language) : '',
    category: p?.category ?? '',
    startsAt: p ? instantToZoned(p.startsAt, timeZone) : '',
    endsAt: p ? instantToZoned(p.endsAt, timeZone) : '',
    active: p?.active ?? true,
  };
}

/**
 * Creates or edits a promotion (OWNER). MULTIPLIER asks for a factor, FIXED_BONUS for points; start and end
 * are typed as date and time in the shop's time zone and sent as ISO instants. An optional product category
 * (free text, the shop's known ones suggested) limits the promotion to what a purchase spent in it.
 */
export function PromotionForm({
  shopId,
  currency,
  timeZone,
  promotion,
  onSaved,
  onCancel,
}: {
  shopId: string;
  currency: string;
  timeZone: string;
  promotion?: Promotion;
  onSaved: (promotion: Promotion) => void;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const form = useForm<Values>(() => initialValues(promotion, timeZone, i18n.language), {
    describe: (f, m) => fieldMessage(t, i18n.language, PROMOTION_UNITS[f] ?? 'number', m),
  });
  const { values, update, errorFor } = form;
  const { suggestions } = useCategorySuggestions(shopId);

  function validate(): PromotionInput | undefined {
    const errs: FieldErrors<Field> = {};
    const name = values.name.trim();
    if (!name) errs.name = t('validation.required');
    const body: Partial<PromotionInput> = { name, kind: values.kind, active: values.active };
    if (values.kind === 'MULTIPLIER') {
      const m = parseFactor(values.multiplier, i18n.language);
      if (!m || Number(m) <= 1) errs.multiplier = t('promotionForm.invalidMultiplier');
      else body.multiplier = m;
    } else {
      const b = parseWholeNumber(values.bonusPoints, 1, MAX_BONUS_POINTS, i18n.language);
      if (b === undefined) errs.bonusPoints = t('promotionForm.invalidBonus');
      else body.bonusPoints = b;
    }
    if (values.minAmount.trim()) {
      const min = parseAmount(values.minAmount, currencyFractionDigits(currency), i18n.language);
      if (!min) errs.minAmount = t('promotionForm.invalidMinAmount');
      else body.minAmount = min;
    }
    const category = values.category.trim();
    if (category) body.category = category;
    else if (promotion?.category) body.category = null; // explicitly back to the whole purchase
    const startsAt = zonedToInstant(values.startsAt, timeZone);
    const endsAt = zonedToInstant(values.endsAt, timeZone);
    if (!startsAt) errs.startsAt = t('promotionForm.invalidDate');
    if (!endsAt) errs.endsAt = t('promotionForm.invalidDate');
    else if (startsAt && endsAt <= startsAt) errs.endsAt = t('promotionForm.endBeforeStart');
    if (!form.check(errs) || !startsAt || !endsAt) return undefined;
    return { ...body, name, kind: values.kind, startsAt, endsAt };
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (form.busy) return;
    const body = validate();
    if (!body) return;
    await form.submit(async () =>
      onSaved(
        promotion ? await api.promotions.update(shopId, promotion.id, body) : await api.promotions.create(shopId, body),
      ),
    );
  }

  return (
    <form
      ref={form.ref}
      onSubmit={onSubmit}
      noValidate
      aria-label={promotion ? t('promotions.editTitle') : t('promotions.new')}
      data-testid="promotion-form"
    >
      <Stack>
        <ErrorAlert error={form.error} handledFields={FIELDS} />
        <TextInput
          label={t('promotionForm.name')}
          value={values.name}
          onChange={(e) => update('name', e.currentTarget.value)}
          error={errorFor('name')}
          maxLength={100}
          autoComplete="off"
          withAsterisk
          data-autofocus
        />
        <Group grow align="flex-start" preventGrowOverflow={false} wrap="wrap">
          <NativeSelect
            label={t('promotionForm.kind')}
            data={PROMOTION_KINDS.map((k) => ({ value: k, label: t(`promotionKind.${k}`) }))}
            value={values.kind}
            onChange={(e) => update('kind', e.currentTarget.value as PromotionKind)}
            error={errorFor('kind')}
            style={{ minWidth: 200 }}
          />
          {values.kind === 'MULTIPLIER' ? (
            <TextInput
              label={t('promotionForm.multiplier')}
              description={t('promotionForm.multiplierHint')}
              value={values.multiplier}
              onChange={(e) => update('multiplier', e.currentTarget.value)}
              error={errorFor('multiplier')}
              inputMode="decimal"
              autoComplete="off"
              rightSection="×"
              withAsterisk
              style={{ minWidth: 200 }}
            />
          ) : (
            <TextInput
              label={t('promotionForm.bonusPoints')}
              description={t('promotionForm.bonusHint')}
              value={values.bonusPoints}
              onChange={(e) => update('bonusPoints', e.currentTarget.value)}
              error={errorFor('bonusPoints')}
              inputMode="numeric"
              autoComplete="off"
              withAsterisk
              style={{ minWidth: 200 }}
            />
          )}
        </Group>
        <CategoryInput
          label={t('promotionForm.category')}
          description={t(values.kind === 'MULTIPLIER' ? 'promotionForm.categoryHintMultiplier' : 'promotionForm.categoryHintBonus')}
          placeholder={t('promotionForm.categoryPlaceholder')}
          suggestions={suggestions}
          value={values.category}
          onChange={(category) => update('category', category)}
          error={errorFor('category')}
        />
        <TextInput
          label={t('promotionForm.minAmount', { currency })}
          description={t(values.category.trim() ? 'promotionForm.minAmountCategoryHint' : 'promotionForm.minAmountHint')}
          value={values.minAmount}
          onChange={(e) => update('minAmount', e.currentTarget.value)}
          error={errorFor('minAmount')}
          inputMode="decimal"
          autoComplete="off"
          rightSection={currency}
          rightSectionWidth={48}
          maw={260}
        />
        <Group grow align="flex-start" preventGrowOverflow={false} wrap="wrap">
          <TextInput
            type="datetime-local"
            label={t('promotionForm.startsAt')}
            value={values.startsAt}
            onChange={(e) => update('startsAt', e.currentTarget.value)}
            error={errorFor('startsAt')}
            withAsterisk
            style={{ minWidth: 200 }}
          />
          <TextInput
            type="datetime-local"
            label={t('promotionForm.endsAt')}
            value={values.endsAt}
            onChange={(e) => update('endsAt', e.currentTarget.value)}
            error={errorFor('endsAt')}
            withAsterisk
            style={{ minWidth: 200 }}
          />
        </Group>
        <Text size="xs" c="dimmed" data-testid="promotion-zone">
          {t('promotionForm.zoneHint', { zone: timeZone })}
        </Text>
        <Checkbox
          label={t('promotionForm.active')}
          checked={values.active}
          onChange={(e) => update('active', e.currentTarget.checked)}
        />
        <FormActions busy={form.busy} submitLabel={promotion ? t('common.save') : t('promotionForm.create')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
