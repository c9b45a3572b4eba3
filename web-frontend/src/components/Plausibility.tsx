import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPLAUSIBLE_CODES, isApiError } from '../api';

/** The server's explanation of an implausible value (422 `implausible-amount` / `implausible-reward`), if `error` is one. */
export function implausibility(error: unknown): { message: string; usualUpTo?: string } | undefined {
  if (!isApiError(error) || !(IMPLAUSIBLE_CODES as readonly string[]).includes(error.code)) return undefined;
  const message = error.fieldErrors.find((fe) => fe.field.endsWith('amount'))?.message ?? error.detail ?? error.title ?? '';
  const usual = error.extensions.usualUpTo;
  return { message, usualUpTo: typeof usual === 'string' ? usual : undefined };
}

/**
 * The choice after the server found a value implausible: correct it, or send the same request again confirmed
 * ("Record anyway", "Save anyway"). Shown right under the field; the field itself carries the explanation.
 */
export function PlausibilityChoice({
  message,
  confirmLabel,
  busy,
  onConfirm,
  onCorrect,
}: {
  /** The server's explanation, unless the field shows it already. */
  message?: string;
  confirmLabel: string;
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
          {t('plausibility.correct')}
        </Button>
        <Button color="yellow" size="xs" onClick={onConfirm} loading={busy} data-testid="plausibility-confirm">
          {confirmLabel}
        </Button>
      </Group>
    </Alert>
  );
}
