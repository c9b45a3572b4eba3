import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../app/ApiContext';
import { useUser } from '../app/SessionContext';
import { ErrorAlert, serverFieldErrors } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { useLoad } from '../components/useLoad';
import { formatMoney } from '../format';

/** "1.0000" → "1", "0.5000" → "0.5" (for editing). */
export function trimDecimal(value: string): string {
  if (!/^\d+(\.\d+)?$/.test(value)) return value;
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

/** Parses a points rate ("1", "1,5", "0.25") into "1.5"; undefined if invalid (negative, > 4 decimals). */
export function parseRate(input: string): string | undefined {
  const s = input.trim().replace(',', '.');
  return /^\d{1,6}(\.\d{1,4})?$/.test(s) ? s : undefined;
}

/** `/admin/programme` (OWNER): base points per 1.00 of the shop currency. */
export function ProgrammePage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const user = useUser();
  const shop = user.shop;
  const programme = useLoad(() => api.shops.programme(shop.id), [api, shop.id]);
  const [value, setValue] = useState('');
  const [clientError, setClientError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const server = serverFieldErrors(error);

  useEffect(() => {
    if (programme.data) {
      const v = trimDecimal(programme.data.basePointsPerUnit);
      setValue(i18n.language.startsWith('de') ? v.replace('.', ',') : v);
    }
    // only when new data arrives, not on a language change while editing
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [programme.data]);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const rate = parseRate(value);
    if (!rate) {
      setClientError(t('programme.invalid'));
      return;
    }
    setClientError(undefined);
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      const result = await api.shops.updateProgramme(shop.id, { basePointsPerUnit: rate });
      programme.setData(result);
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const example = parseRate(value);
  return (
    <Stack maw={640}>
      <Title order={1} size="h2">
        {t('programme.title')}
      </Title>
      <Card withBorder>
        <Text mb="md">{t('programme.intro')}</Text>
        <ErrorAlert error={programme.error} />
        {!programme.data && !programme.error ? (
          <Loading />
        ) : (
          <form onSubmit={onSubmit} noValidate>
            <Stack>
              {saved && (
                <Alert color="teal" withCloseButton onClose={() => setSaved(false)} data-testid="programme-saved">
                  {t('programme.saved')}
                </Alert>
              )}
              <ErrorAlert error={error} handledFields={['basePointsPerUnit']} />
              <TextInput
                label={t('programme.basePointsPerUnit', { unit: formatMoney(1, shop.currency, i18n.language) })}
                value={value}
                onChange={(e) => {
                  setValue(e.currentTarget.value);
                  setClientError(undefined);
                  setSaved(false);
                }}
                error={clientError ?? server.basePointsPerUnit}
                inputMode="decimal"
                maw={260}
                withAsterisk
              />
              {example && (
                <Text size="sm" c="dimmed">
                  {t('programme.example', {
                    amount: formatMoney(25, shop.currency, i18n.language),
                    points: Math.floor(25 * Number(example)),
                  })}
                </Text>
              )}
              <Group>
                <Button type="submit" loading={busy}>
                  {t('common.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Card>
    </Stack>
  );
}
