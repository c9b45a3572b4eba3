import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Card, Checkbox, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type BusinessHours, type DayHours, type Weekday } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert, serverFieldErrors } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useAction } from '../../components/useAction';
import { useLoad } from '../../components/useLoad';
import { formatDateTime } from '../../format';

interface DayValues {
  open: boolean;
  opens: string;
  closes: string;
}
type WeekValues = Record<Weekday, DayValues>;

/** "09:00:00" or "09:00" → "09:00" (what a time input holds). */
function hhmm(time: string): string {
  return time.slice(0, 5);
}

function toValues(hours: BusinessHours): WeekValues {
  const out = {} as WeekValues;
  for (const day of WEEKDAYS) {
    const d = hours.days.find((x) => x.day === day);
    out[day] = d ? { open: true, opens: hhmm(d.opens), closes: hhmm(d.closes) } : { open: false, opens: '09:00', closes: '18:00' };
  }
  return out;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The shop's business hours (service desk): open now or when it opens next (in the shop's zone), and the seven
 * weekdays. The owner sets them (each day closed or opening and closing times); agents read them. Outside them a
 * customer's request is acknowledged by mail at once.
 */
export function BusinessHoursCard() {
  const { t } = useTranslation();
  const api = useApi();
  const user = useUser();
  const hours = useLoad(() => api.businessHours.get(user.shop.id), [api, user.shop.id]);
  const isOwner = user.role === 'OWNER';
  return (
    <Card withBorder data-testid="business-hours">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('hours.title')}
        </Title>
        <Text size="sm">{t('hours.intro')}</Text>
        <LoadError error={hours.error} onRetry={() => void hours.reload()} />
        {hours.data ? (
          <>
            <OpenNow hours={hours.data} />
            {isOwner ? (
              <HoursForm hours={hours.data} onSaved={hours.setData} />
            ) : (
              <>
                <Text size="sm" data-testid="hours-read-only">
                  {t('hours.readOnly')}
                </Text>
                <HoursList hours={hours.data} />
              </>
            )}
          </>
        ) : (
          !hours.error && <Loading />
        )}
      </Stack>
    </Card>
  );
}

function OpenNow({ hours }: { hours: BusinessHours }) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap" data-testid="hours-now">
      <Badge variant="light" color={hours.openNow ? 'teal' : 'gray'}>
        {hours.openNow ? t('hours.openNow') : t('hours.closedNow')}
      </Badge>
      {!hours.openNow && (
        <Text size="sm" data-testid="hours-next">
          {hours.nextOpening
            ? t('hours.nextOpening', { date: formatDateTime(hours.nextOpening, hours.timeZone, i18n.language) })
            : t('hours.neverOpen')}
        </Text>
      )}
      <Text size="sm">{t('hours.zone', { zone: hours.timeZone })}</Text>
    </Group>
  );
}

function HoursList({ hours }: { hours: BusinessHours }) {
  const { t } = useTranslation();
  const values = toValues(hours);
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="hours-list">
      {WEEKDAYS.map((day) => (
        <Group key={day} component="li" justify="space-between" gap="md" wrap="nowrap" data-testid="hours-day">
          <Text size="sm" fw={600}>
            {t(`hours.days.${day}`)}
          </Text>
          <Text size="sm">
            {values[day].open ? t('hours.fromTo', { opens: values[day].opens, closes: values[day].closes }) : t('hours.closed')}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function HoursForm({ hours, onSaved }: { hours: BusinessHours; onSaved: (h: BusinessHours) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const shopId = useUser().shop.id;
  const [values, setValues] = useState<WeekValues>(() => toValues(hours));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState<Weekday[]>([]);
  const [saved, setSaved] = useState(false);
  const save = useAction();
  // the server names `days[i].closes`: i is the position in the body sent, which holds the open days only
  const server: Record<string, string> = {};
  for (const [key, message] of Object.entries(serverFieldErrors(save.error))) {
    const m = /^days\[(\d+)]\.(\w+)$/.exec(key);
    const day = m ? sent[Number(m[1])] : undefined;
    if (day && m) server[`${day}.${m[2]}`] = message;
  }
  const errorFor = (key: string) => clientErrors[key] ?? server[key];
  const handled = sent.flatMap((_, i) => [`days[${i}].day`, `days[${i}].opens`, `days[${i}].closes`]);

  function edit(day: Weekday, change: Partial<DayValues>) {
    setValues((v) => ({ ...v, [day]: { ...v[day], ...change } }));
    setSaved(false);
    setClientErrors((c) => {
      const next = { ...c };
      for (const f of Object.keys(change)) next[`${day}.${f === 'open' ? 'closes' : f}`] = '';
      return next;
    });
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors: Record<string, string> = {};
    const days: DayHours[] = [];
    for (const day of WEEKDAYS) {
      const d = values[day];
      if (!d.open) continue;
      if (!TIME.test(d.opens)) errors[`${day}.opens`] = t('hours.invalidTime');
      if (!TIME.test(d.closes)) errors[`${day}.closes`] = t('hours.invalidTime');
      else if (TIME.test(d.opens) && d.closes <= d.opens) errors[`${day}.closes`] = t('hours.closesAfterOpens');
      days.push({ day, opens: d.opens, closes: d.closes });
    }
    setClientErrors(errors);
    if (Object.keys(errors).length > 0 || save.busy) return;
    setSaved(false);
    setSent(days.map((d) => d.day));
    const ok = await save.run(async () => {
      const answer = await api.businessHours.set(shopId, { days });
      onSaved(answer);
      setValues(toValues(answer));
    });
    setSaved(ok);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('hours.title')} data-testid="hours-form">
      <Stack gap="xs">
        {saved && (
          <Alert color="teal" withCloseButton onClose={() => setSaved(false)} data-testid="hours-saved">
            {t('hours.saved')}
          </Alert>
        )}
        <ErrorAlert error={save.error} handledFields={handled} />
        {WEEKDAYS.map((day) => {
          const d = values[day];
          const name = t(`hours.days.${day}`);
          return (
            <Paper
              key={day}
              component="fieldset"
              withBorder
              px="sm"
              pb="sm"
              pt={4}
              radius="sm"
              m={0}
              style={{ minWidth: 0 }}
              data-testid="hours-day"
              data-day={day}
            >
              <Text component="legend" fw={600} size="sm" px={4}>
                {name}
              </Text>
              <Checkbox
                label={t('hours.closed')}
                checked={!d.open}
                onChange={(e) => edit(day, { open: !e.currentTarget.checked })}
              />
              {d.open && (
                <SimpleGrid cols={2} spacing="xs" mt="xs">
                  <TextInput
                    type="time"
                    label={t('hours.opens')}
                    value={d.opens}
                    onChange={(e) => edit(day, { opens: e.currentTarget.value })}
                    error={errorFor(`${day}.opens`)}
                  />
                  <TextInput
                    type="time"
                    label={t('hours.closes')}
                    value={d.closes}
                    onChange={(e) => edit(day, { closes: e.currentTarget.value })}
                    error={errorFor(`${day}.closes`)}
                  />
                </SimpleGrid>
              )}
            </Paper>
          );
        })}
        <Group justify="flex-end">
          <Button type="submit" loading={save.busy} data-testid="hours-save">
            {t('hours.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
