import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api';

/** Codes for which the UI has its own, clearer wording than the server's generic title. */
const OWN_TEXT = new Set([
  'network',
  'csrf',
  'bad-credentials',
  'too-many-attempts',
  'unauthenticated',
  'forbidden',
  'idempotency-key-reused',
  'server-error',
  'invalid-response',
]);

/**
 * General error of a form or page. Field errors listed in `handledFields` are shown next to
 * their inputs and therefore left out here. `titles` gives a form its own wording for some codes (a
 * `too-many-attempts` of a password reset is no login attempt); the server's detail is still shown.
 */
export function ErrorAlert({
  error,
  handledFields = [],
  titles = {},
}: {
  error: unknown;
  handledFields?: string[];
  titles?: Partial<Record<string, string>>;
}) {
  const { t } = useTranslation();
  if (!error) return null;

  let title: string;
  let detail: string | undefined;
  let leftover: string[] = [];
  if (isApiError(error)) {
    const handled = new Set(handledFields);
    leftover = error.fieldErrors.filter((fe) => !handled.has(fieldKey(fe.field))).map((fe) => fe.message);
    const own = titles[error.code];
    if (own) {
      title = own;
      detail = error.detail && error.detail !== title ? error.detail : undefined;
    } else if (OWN_TEXT.has(error.code)) {
      title = t(`errors.${error.code}`);
      detail = error.code === 'too-many-attempts' ? error.detail : undefined;
    } else if (error.code === 'validation') {
      title = t('errors.validation');
      detail = error.fieldErrors.length === 0 ? error.detail : undefined;
    } else {
      title = error.title || t(`errors.${error.code}`, { defaultValue: t('errors.generic') });
      detail = error.detail && error.detail !== title ? error.detail : undefined;
    }
  } else {
    title = t('errors.generic');
  }

  // Problems often repeat the detail as a field error: show each message once.
  if (isApiError(error) && detail && error.fieldErrors.some((fe) => fe.message === detail)) {
    const shownAtInput = error.fieldErrors.some((fe) => fe.message === detail && handledFields.includes(fieldKey(fe.field)));
    if (shownAtInput) detail = undefined;
  }
  leftover = [...new Set(leftover)].filter((m) => m && m !== detail && m !== title);

  return (
    <Alert color="red" title={title} role="alert" data-testid="form-error">
      {detail}
      {leftover.length > 0 && (
        <List size="sm" mt={detail ? 'xs' : 0}>
          {leftover.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/**
 * Last segment of a field path (`purchase.amount` → `amount`); a path into a list keeps the list and the index
 * (`purchase.lines[1].amount` → `lines[1].amount`), so it is not mistaken for a field of the form itself.
 */
export function fieldKey(field: string): string {
  const parts = field.split('.');
  const indexed = parts.findIndex((p) => p.includes('['));
  if (indexed >= 0) return parts.slice(indexed).join('.');
  return parts[parts.length - 1] ?? field;
}

/** Server field errors of `error`, keyed by field name (first message per field). */
export function serverFieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isApiError(error)) {
    for (const fe of error.fieldErrors) {
      const key = fieldKey(fe.field);
      if (key && !(key in out)) out[key] = fe.message;
    }
  }
  return out;
}
