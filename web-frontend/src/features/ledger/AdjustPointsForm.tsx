import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IdempotencyKeys, isApiError, type Adjusted, type NewAdjustment } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert, serverFieldErrors } from '../../components/ErrorAlert';
import { formatPoints, formatPointsDelta, parsePointsDelta } from '../../format';
import { useStepUp } from '../security/StepUp';

type AdjustField = 'points' | 'reason';

/** OWNER: correct a customer's points up or down, with a mandatory reason. */
export function AdjustPointsForm({
  customerId,
  available,
  onAdjusted,
}: {
  customerId: string;
  /** Current available points, to explain a refused deduction. */
  available: number;
  onAdjusted: (result: Adjusted) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const shop = useUser().shop;
  const keys = useRef(new IdempotencyKeys());
  // large adjustments may need the owner's second factor again (403 second-factor-recheck-required); the retry
  // after the code gets a fresh idempotency key, as the refused request booked nothing
  const stepUp = useStepUp();
  const [points, setPoints] = useState('');
  const [reason, setReason] = useState('');
  const [clientErrors, setClientErrors] = useState<Partial<Record<AdjustField, string>>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<number>();
  const server = serverFieldErrors(error);
  // Our own wording for a deduction below zero, with the current balance (the server's text is generic).
  if (isApiError(error) && error.code === 'insufficient-points') {
    server.points = t('adjust.insufficient', { count: available, points: formatPoints(available, i18n.language) });
  }
  const errorFor = (f: AdjustField) => clientErrors[f] ?? server[f];

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const errs: Partial<Record<AdjustField, string>> = {};
    const delta = parsePointsDelta(points, undefined, i18n.language);
    if (delta === undefined) errs.points = t('adjust.invalidPoints');
    if (!reason.trim()) errs.reason = t('adjust.reasonRequired');
    setClientErrors(errs);
    if (Object.keys(errs).length > 0) return;
    const body: NewAdjustment = { points: delta!, reason: reason.trim() };
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const result = await stepUp(() =>
        keys.current.run(body, (key) => api.customers.adjust(shop.id, customerId, body, key)),
      );
      setDone(body.points);
      setPoints('');
      setReason('');
      onAdjusted(result);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('adjust.title')}>
      <Stack>
        <Title order={2} size="h4">
          {t('adjust.title')}
        </Title>
        {done !== undefined && (
          <Alert color="teal" withCloseButton onClose={() => setDone(undefined)} data-testid="adjusted">
            {t('adjust.done', { points: formatPointsDelta(done, i18n.language) })}
          </Alert>
        )}
        <ErrorAlert
          error={isApiError(error) && error.code === 'insufficient-points' ? undefined : error}
          handledFields={['points', 'reason']}
        />
        <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
          <TextInput
            label={t('adjust.points')}
            description={t('adjust.pointsHint')}
            value={points}
            onChange={(e) => {
              setPoints(e.currentTarget.value);
              setClientErrors((c) => ({ ...c, points: undefined }));
            }}
            error={errorFor('points')}
            inputMode="text"
            autoComplete="off"
            withAsterisk
            style={{ minWidth: 160, maxWidth: 220 }}
          />
          <TextInput
            label={t('adjust.reason')}
            description={t('adjust.reasonHint')}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setClientErrors((c) => ({ ...c, reason: undefined }));
            }}
            error={errorFor('reason')}
            maxLength={500}
            autoComplete="off"
            withAsterisk
            style={{ minWidth: 240 }}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={busy}>
            {t('adjust.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
