import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  BONUS_POINTS_MAX,
  EXPIRY_MODES,
  EXPIRY_MONTHS_MAX,
  EXPIRY_MONTHS_MIN,
  RETURN_WINDOW_DAYS_MAX,
  ROUNDINGS,
  TIER_GRACE_DAYS_MAX,
  type ExpiryMode,
  type Programme,
  type ProgrammeUpdate,
  type Rounding,
} from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert, serverFieldErrors } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useLoad } from '../../components/useLoad';
import { BusinessHoursCard } from '../hours/BusinessHoursCard';
import { LedgerCheck } from '../ledger/LedgerCheck';
import { MailStatusCard } from '../mail/MailStatusCard';
import { formatMoney, formatPoints, parseWholeNumber } from '../../format';

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

type ProgrammeField =
  | 'basePointsPerUnit'
  | 'returnWindowDays'
  | 'welcomeBonusPoints'
  | 'referralBonusReferrer'
  | 'referralBonusReferee'
  | 'tierGraceDays'
  | 'expiryMonths';
type NumberField = 'welcomeBonusPoints' | 'referralBonusReferrer' | 'referralBonusReferee' | 'tierGraceDays';
const NUMBER_FIELDS: { field: NumberField; max: number }[] = [
  { field: 'welcomeBonusPoints', max: BONUS_POINTS_MAX },
  { field: 'referralBonusReferrer', max: BONUS_POINTS_MAX },
  { field: 'referralBonusReferee', max: BONUS_POINTS_MAX },
  { field: 'tierGraceDays', max: TIER_GRACE_DAYS_MAX },
];
const DEFAULTS: Record<NumberField, number> = {
  welcomeBonusPoints: 0,
  referralBonusReferrer: 0,
  referralBonusReferee: 0,
  tierGraceDays: 30,
};
const HANDLED_FIELDS: string[] = [
  'basePointsPerUnit',
  'returnWindowDays',
  'rounding',
  ...NUMBER_FIELDS.map((f) => f.field),
  'expiryMode',
  'expiryMonths',
];
/** Shown when the server sends no expiry months yet (mode NONE). */
const DEFAULT_EXPIRY_MONTHS = 12;

/** The bonus and grace fields for editing; `p` is empty while (or when) the programme could not be loaded. */
function numbersOf(p: Partial<Programme>): Record<NumberField, string> {
  const out = {} as Record<NumberField, string>;
  for (const { field } of NUMBER_FIELDS) out[field] = String(p[field] ?? DEFAULTS[field]);
  return out;
}

/**
 * `/admin/programme`: base points per 1.00 of the shop currency and the return window (days a purchase's points
 * stay pending; 0 = available at once). The owner edits both and runs the ledger check; agents read them.
 */
export function ProgrammePage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const user = useUser();
  const shop = user.shop;
  const isOwner = user.role === 'OWNER';
  const programme = useLoad(() => api.shops.programme(shop.id), [api, shop.id]);
  const [value, setValue] = useState('');
  const [windowDays, setWindowDays] = useState('');
  const [rounding, setRounding] = useState<Rounding>('DOWN');
  const [numbers, setNumbers] = useState<Record<NumberField, string>>(() => numbersOf({}));
  const [expiryMode, setExpiryMode] = useState<ExpiryMode>('NONE');
  const [expiryMonths, setExpiryMonths] = useState(String(DEFAULT_EXPIRY_MONTHS));
  const [clientErrors, setClientErrors] = useState<Partial<Record<ProgrammeField, string>>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const server = serverFieldErrors(error);
  const errorFor = (f: ProgrammeField) => clientErrors[f] ?? server[f];

  useEffect(() => {
    if (programme.data) {
      const v = trimDecimal(programme.data.basePointsPerUnit);
      setValue(i18n.language.startsWith('de') ? v.replace('.', ',') : v);
      setWindowDays(programme.data.returnWindowDays === undefined ? '' : String(programme.data.returnWindowDays));
      setRounding(programme.data.rounding ?? 'DOWN');
      setNumbers(numbersOf(programme.data));
      setExpiryMode(programme.data.expiryMode ?? 'NONE');
      setExpiryMonths(String(programme.data.expiryMonths ?? DEFAULT_EXPIRY_MONTHS));
    }
    // only when new data arrives, not on a language change while editing
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [programme.data]);

  function edited(field: ProgrammeField) {
    setClientErrors((c) => ({ ...c, [field]: undefined }));
    setSaved(false);
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const rate = parseRate(value);
    const days = parseWholeNumber(windowDays, 0, RETURN_WINDOW_DAYS_MAX, i18n.language);
    const errs: Partial<Record<ProgrammeField, string>> = {};
    if (!rate) errs.basePointsPerUnit = t('programme.invalid');
    if (days === undefined) errs.returnWindowDays = t('programme.invalidWindow', { max: RETURN_WINDOW_DAYS_MAX });
    const body: ProgrammeUpdate = { basePointsPerUnit: rate, returnWindowDays: days };
    const loaded: Partial<Programme> = programme.data ?? {};
    // the step-3/4 settings are sent only when changed (the PUT takes any subset)
    if (rounding !== (loaded.rounding ?? 'DOWN')) body.rounding = rounding;
    for (const { field, max } of NUMBER_FIELDS) {
      const n = parseWholeNumber(numbers[field], 0, max, i18n.language);
      if (n === undefined) errs[field] = t('programme.invalidNumber', { max: formatPoints(max, i18n.language) });
      else if (n !== (loaded[field] ?? DEFAULTS[field])) body[field] = n;
    }
    // expiry (step 5): mode and months only when changed; months are not checked while points do not expire
    if (expiryMode !== (loaded.expiryMode ?? 'NONE')) body.expiryMode = expiryMode;
    if (expiryMode !== 'NONE') {
      const months = parseWholeNumber(expiryMonths, EXPIRY_MONTHS_MIN, EXPIRY_MONTHS_MAX, i18n.language);
      if (months === undefined)
        errs.expiryMonths = t('programme.invalidMonths', { min: EXPIRY_MONTHS_MIN, max: EXPIRY_MONTHS_MAX });
      else if (months !== loaded.expiryMonths) body.expiryMonths = months;
    }
    setClientErrors(errs);
    if (Object.keys(errs).length > 0) return;
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      const result = await api.shops.updateProgramme(shop.id, body);
      programme.setData(result);
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const example = parseRate(value);
  const exampleDays = parseWholeNumber(windowDays, 0, RETURN_WINDOW_DAYS_MAX, i18n.language);
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
          <form onSubmit={onSubmit} noValidate aria-label={t('programme.title')}>
            <Stack>
              {saved && (
                <Alert color="teal" withCloseButton onClose={() => setSaved(false)} data-testid="programme-saved">
                  {t('programme.saved')}
                </Alert>
              )}
              {!isOwner && (
                <Text size="sm" c="dimmed" data-testid="programme-read-only">
                  {t('programme.readOnly')}
                </Text>
              )}
              <ErrorAlert error={error} handledFields={HANDLED_FIELDS} />
              <Group align="flex-start" wrap="wrap">
                <TextInput
                  label={t('programme.basePointsPerUnit', { unit: formatMoney(1, shop.currency, i18n.language) })}
                  value={value}
                  onChange={(e) => {
                    setValue(e.currentTarget.value);
                    edited('basePointsPerUnit');
                  }}
                  error={errorFor('basePointsPerUnit')}
                  inputMode="decimal"
                  w={220}
                  readOnly={!isOwner}
                  withAsterisk={isOwner}
                  data-testid="programme-rate"
                />
                <TextInput
                  label={t('programme.returnWindowDays')}
                  value={windowDays}
                  onChange={(e) => {
                    setWindowDays(e.currentTarget.value);
                    edited('returnWindowDays');
                  }}
                  error={errorFor('returnWindowDays')}
                  inputMode="numeric"
                  w={220}
                  readOnly={!isOwner}
                  withAsterisk={isOwner}
                  data-testid="programme-return-window"
                />
              </Group>
              <Text size="sm" c="dimmed" data-testid="programme-window-hint">
                {t('programme.returnWindowHint')}
              </Text>
              {(example || exampleDays !== undefined) && (
                <Stack gap={2}>
                  {example && (
                    <Text size="sm" c="dimmed">
                      {t('programme.example', {
                        amount: formatMoney(25, shop.currency, i18n.language),
                        points: rounding === 'HALF_UP' ? Math.round(25 * Number(example)) : Math.floor(25 * Number(example)),
                      })}
                    </Text>
                  )}
                  {exampleDays !== undefined && (
                    <Text size="sm" c="dimmed" data-testid="programme-window-example">
                      {exampleDays === 0 ? t('programme.windowNow') : t('programme.windowDays', { count: exampleDays })}
                    </Text>
                  )}
                </Stack>
              )}
              <Radio.Group
                label={t('programme.rounding')}
                value={rounding}
                onChange={(v) => {
                  if (!isOwner) return;
                  setRounding(v as Rounding);
                  edited('basePointsPerUnit');
                }}
                error={server.rounding}
                data-testid="programme-rounding"
              >
                <Stack gap={6} mt={6}>
                  {ROUNDINGS.map((r) => (
                    <Radio
                      key={r}
                      value={r}
                      label={t(`rounding.${r}`)}
                      description={t(`roundingHint.${r}`)}
                      disabled={!isOwner && r !== rounding}
                      readOnly={!isOwner}
                    />
                  ))}
                </Stack>
              </Radio.Group>
              <Title order={2} size="h5" mt="sm">
                {t('programme.bonuses')}
              </Title>
              <Group align="flex-start" wrap="wrap">
                {NUMBER_FIELDS.map(({ field }) => (
                  <TextInput
                    key={field}
                    label={t(`programmeField.${field}`)}
                    description={t(`programmeFieldHint.${field}`)}
                    value={numbers[field]}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      setNumbers((n) => ({ ...n, [field]: v }));
                      edited(field);
                    }}
                    error={errorFor(field)}
                    inputMode="numeric"
                    w={220}
                    readOnly={!isOwner}
                    data-testid={`programme-${field}`}
                  />
                ))}
              </Group>
              <Title order={2} size="h5" mt="sm">
                {t('programme.expiry')}
              </Title>
              <Radio.Group
                label={t('programme.expiryMode')}
                value={expiryMode}
                onChange={(v) => {
                  if (!isOwner) return;
                  setExpiryMode(v as ExpiryMode);
                  edited('expiryMonths');
                }}
                error={server.expiryMode}
                data-testid="programme-expiry-mode"
              >
                <Stack gap={6} mt={6}>
                  {EXPIRY_MODES.map((m) => (
                    <Radio
                      key={m}
                      value={m}
                      label={t(`expiryMode.${m}`)}
                      description={t(`expiryModeHint.${m}`)}
                      disabled={!isOwner && m !== expiryMode}
                      readOnly={!isOwner}
                    />
                  ))}
                </Stack>
              </Radio.Group>
              <TextInput
                label={t('programme.expiryMonths')}
                value={expiryMonths}
                onChange={(e) => {
                  setExpiryMonths(e.currentTarget.value);
                  edited('expiryMonths');
                }}
                error={errorFor('expiryMonths')}
                inputMode="numeric"
                w={220}
                readOnly={!isOwner}
                disabled={expiryMode === 'NONE'}
                data-testid="programme-expiry-months"
              />
              {isOwner && (
                <Group>
                  <Button type="submit" loading={busy}>
                    {t('common.save')}
                  </Button>
                </Group>
              )}
            </Stack>
          </form>
        )}
      </Card>
      {/* the service desk's clock: the owner sets it, agents read it */}
      <BusinessHoursCard />
      {/* the e-mail notices of the expiry settings above (owner only: agents get 403) */}
      {isOwner && <MailStatusCard />}
      {isOwner && <LedgerCheck />}
    </Stack>
  );
}
