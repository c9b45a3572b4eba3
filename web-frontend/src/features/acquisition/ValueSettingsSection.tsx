import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VALUE_HORIZON_MONTHS_MAX, type ValueSettings, type ValueSettingsInput } from '../../api';
import { useApi } from '../../app/ApiContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useForm } from '../../components/useForm';
import { useLoad } from '../../components/useLoad';
import { amountForInput, parsePercent, parseWholeNumber } from '../../format';

const FIELDS = ['grossMarginPercent', 'annualDiscountRatePercent', 'horizonMonths'] as const;

/** A percentage 0–100 as typed ("0", "7,5") to "7.5"; undefined otherwise. */
function parseRate(input: string, language?: string): string | undefined {
  const s = input.trim().replace(/\s*%$/, '');
  return /^0+([.,]0*)?$/.test(s) ? '0' : parsePercent(s, language);
}

/** The owner's value settings (used for lifetime values and payback): gross margin, discount rate, horizon. */
export function ValueSettingsSection({ shopId, onSaved }: { shopId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const settings = useLoad(() => api.acquisition.settings(shopId), [api, shopId]);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('acquisition.settings.title')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('acquisition.settings.title')}
        </Title>
        <Text size="sm">{t('acquisition.settings.intro')}</Text>
        <LoadError error={settings.error} onRetry={() => void settings.reload()} />
        {settings.data ? (
          <SettingsForm
            shopId={shopId}
            settings={settings.data}
            onSaved={(s) => {
              settings.setData(s);
              onSaved();
            }}
          />
        ) : (
          !settings.error && <Loading />
        )}
      </Stack>
    </Paper>
  );
}

function SettingsForm({
  shopId,
  settings,
  onSaved,
}: {
  shopId: string;
  settings: ValueSettings;
  onSaved: (settings: ValueSettings) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const asText = (v: number | string) => amountForInput(String(v), i18n.language);
  const form = useForm(() => ({
    grossMarginPercent: asText(settings.grossMarginPercent),
    annualDiscountRatePercent: asText(settings.annualDiscountRatePercent),
    horizonMonths: String(settings.horizonMonths),
  }));
  const [saved, setSaved] = useState(false);
  const v = form.values;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const margin = parsePercent(v.grossMarginPercent, i18n.language);
    const discount = parseRate(v.annualDiscountRatePercent, i18n.language);
    const horizon = parseWholeNumber(v.horizonMonths, 1, VALUE_HORIZON_MONTHS_MAX, i18n.language);
    const errors: Partial<Record<(typeof FIELDS)[number], string>> = {};
    if (margin === undefined) errors.grossMarginPercent = t('acquisition.settings.marginInvalid');
    if (discount === undefined) errors.annualDiscountRatePercent = t('acquisition.settings.discountInvalid');
    if (horizon === undefined) errors.horizonMonths = t('acquisition.settings.horizonInvalid', { max: VALUE_HORIZON_MONTHS_MAX });
    if (!form.check(errors) || margin === undefined || discount === undefined || horizon === undefined) return;
    const body: ValueSettingsInput = {
      grossMarginPercent: margin,
      annualDiscountRatePercent: discount,
      horizonMonths: horizon,
    };
    setSaved(false);
    await form.submit(async () => {
      const answer = await api.acquisition.setSettings(shopId, body);
      setSaved(true);
      onSaved(answer);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('acquisition.settings.title')} data-testid="value-settings">
      <Stack gap="sm">
        {saved && (
          <Alert color="teal" withCloseButton onClose={() => setSaved(false)} data-testid="settings-saved">
            {t('acquisition.settings.saved')}
          </Alert>
        )}
        <ErrorAlert error={form.error} handledFields={[...FIELDS]} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('acquisition.settings.margin')}
            description={t('acquisition.settings.marginHint')}
            value={v.grossMarginPercent}
            onChange={(e) => form.update('grossMarginPercent', e.currentTarget.value)}
            error={form.errorFor('grossMarginPercent')}
            inputMode="decimal"
            rightSection="%"
            withAsterisk
          />
          <TextInput
            label={t('acquisition.settings.discount')}
            description={t('acquisition.settings.discountHint')}
            value={v.annualDiscountRatePercent}
            onChange={(e) => form.update('annualDiscountRatePercent', e.currentTarget.value)}
            error={form.errorFor('annualDiscountRatePercent')}
            inputMode="decimal"
            rightSection="%"
            withAsterisk
          />
          <TextInput
            label={t('acquisition.settings.horizon')}
            description={t('acquisition.settings.horizonHint', { max: VALUE_HORIZON_MONTHS_MAX })}
            value={v.horizonMonths}
            onChange={(e) => form.update('horizonMonths', e.currentTarget.value)}
            error={form.errorFor('horizonMonths')}
            inputMode="numeric"
            withAsterisk
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={form.busy}>
            {t('acquisition.settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
