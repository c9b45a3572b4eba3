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
import { formatMoney, formatPoints, normaliseNumber, parseWholeNumber } from '../../format';
import { fieldMessage, type FieldUnit } from '../../components/fieldMessages';
import { useFocusFirstError } from '../../components/useFocusFirstError';

/** "1.0000" → "1", "0.5000" → "0.5" (for editing). */
export function trimDecimal(value: string): string {
  if (!/^\d+(\.\d+)?$/.test(value)) return value;
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

/** The most points per 1.00 of the currency the server takes. */
export const RATE_MAX = 1000;

/**
 * Parses a points rate ("1", "1,5", "0.25") typed in the UI language into "1.5"; undefined if invalid (negative,
 * more than 4 decimals, above {@link RATE_MAX}).
 */
export function parseRate(input: string, language?: string): string | undefined {
  const s = normaliseNumber(input, language);
  return s !== undefined && /^\d{1,4}(\.\d{1,4})?$/.test(s) && Number(s) <= RATE_MAX ? s : undefined;
}

/** What each field holds, for the server's limits in words ("At most 1,000 points."). */
const UNITS: Record<string, FieldUnit> = {
  basePointsPerUnit: 'points',
  returnWindowDays: 'days',
  welcomeBonusPoints: 'points',
  referralBonusReferrer: 'points',
  referralBonusReferee: 'points',
  tierGraceDays: 'days',
  expiryMonths: 'months',
};

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
  // fields edited since the failed save: the server's words about them are out of date
  const [stale, setStale] = useState<ReadonlySet<string>>(() => new Set());
  const focus = useFocusFirstError();
  const allServer = serverFieldErrors(error);
  const server: Record<string, string> = {};
  for (const [k, m] of Object.entries(allServer))
    if (!stale.has(k)) server[k] = fieldMessage(t, i18n.language, UNITS[k] ?? 'number', m);
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
    if (field in allServer) {
      const next = new Set(stale).add(field);
      if (Object.keys(allServer).every((k) => next.has(k))) {
        setError(undefined);
        setStale(new Set());
      } else setStale(next);
    }
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const rate = parseRate(value, i18n.language);
    const days = parseWholeNumber(windowDays, 0, RETURN_WINDOW_DAYS_MAX, i18n.language);
    const errs: Partial<Record<ProgrammeField, string>> = {};
    if (!rate) errs.basePointsPerUnit = t('programme.invalid', { max: formatPoints(RATE_MAX, i18n.language) });
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
    if (Object.keys(errs).length > 0) {
      setError(undefined);
      focus.failed();
      return;
    }
    setBusy(true);
    setError(undefined);
    setStale(new Set());
    setSaved(false);
    try {
      const result = await api.shops.updateProgramme(shop.id, body);
      programme.setData(result);
      setSaved(true);
    } catch (err) {
      setError(err);
      focus.failed();
    } finally {
      setBusy(false);
    }
  }

  const example = parseRate(value, i18n.language);
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
          <form ref={focus.ref} onSubmit={onSubmit} noValidate aria-label={t('programme.title')}>
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
              {/* next to the button, where the owner looks after saving; field errors stand at their fields */}
              <ErrorAlert error={error} handledFields={HANDLED_FIELDS} />
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
