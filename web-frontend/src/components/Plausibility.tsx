import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPLAUSIBLE_CODES, isApiError } from '../api';
import { fieldKey } from './ErrorAlert';

/**
 * The server's question about a typed-in value (422 with `confirmable`, see {@link IMPLAUSIBLE_CODES}), if `error` is
 * one: the field it is about, its explanation, and (purchases) up to which amount the shop's purchases usually go.
 */
export function implausibility(
  error: unknown,
): { field: string; message: string; usualUpTo?: string } | undefined {
  if (!isApiError(error)) return undefined;
  const confirmable = error.extensions.confirmable;
  if (!(IMPLAUSIBLE_CODES as readonly string[]).includes(error.code) && confirmable !== 'true' && confirmable !== true)
    return undefined;
  const first = error.fieldErrors[0];
  const usual = error.extensions.usualUpTo;
  return {
    field: first ? fieldKey(first.field) : 'amount',
    message: first?.message ?? error.detail ?? error.title ?? '',
    usualUpTo: typeof usual === 'string' ? usual : undefined,
  };
}

/**
 * The choice after the server found a value implausible: correct it, or send the same request again confirmed
 * ("Record anyway", "Save anyway"). Shown right under the field; the field itself carries the explanation.
 */
export function PlausibilityChoice({
  message,
  confirmLabel,
  correctLabel,
  busy,
  onConfirm,
  onCorrect,
}: {
  /** The server's explanation, unless the field shows it already. */
  message?: string;
  confirmLabel: string;
  /** The button to correct the value instead (default: "Correct the amount"). */
  correctLabel?: string;
  busy: boolean;
  onConfirm: () => void;
  onCorrect: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" title={t('plausibility.title')} data-testid="plausibility-choice" role="alert">
      {message && <Text size="sm">{message}</Text>}
      <Text size="sm" mt={message ? 4 : 0}>
        {t('plausibility.question')}
      </Text>
      <Group mt="sm" gap="sm">
        <Button variant="default" size="xs" onClick={onCorrect} disabled={busy}>
          {correctLabel ?? t('plausibility.correct')}
        </Button>
        <Button color="yellow" size="xs" onClick={onConfirm} loading={busy} data-testid="plausibility-confirm">
          {confirmLabel}
        </Button>
      </Group>
    </Alert>
  );
}
