import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from '../../components/useForm';
import { isAuthenticatorCode, normaliseSecondFactorCode } from './secondFactorCode';

/**
 * A form that asks for the current code of the authenticator app (turning it on, new recovery codes, the re-check):
 * the typed code is normalised, anything but six digits is refused at the field without calling the server, and
 * `send` runs with the code through the form's submit (busy state, server errors).
 */
export function useAppCodeForm(send: (code: string) => Promise<void>) {
  const { t } = useTranslation();
  const form = useForm({ code: '' });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const code = normaliseSecondFactorCode(form.values.code);
    if (!form.check(isAuthenticatorCode(code) ? {} : { code: t('secondFactor.sixDigits') })) return;
    await form.submit(() => send(code));
  }

  return { form, onSubmit };
}
