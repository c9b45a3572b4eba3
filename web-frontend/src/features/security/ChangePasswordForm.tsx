import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/ApiContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useForm } from '../../components/useForm';
import { MIN_PASSWORD_LENGTH } from '../../validation';
import { PasswordField } from './PasswordField';

const EMPTY = { currentPassword: '', newPassword: '', newPasswordRepeat: '' };

/**
 * Change one's own password (staff on `/admin/account`, customers in the portal): current password, new one and
 * its repetition. The account's other sessions end, this one stays. The server's field errors go to their inputs:
 * `currentPassword` (`password-wrong`), `newPassword` (`password-unchanged`) and the password rules, which may name
 * the field `password`.
 */
export function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useForm(EMPTY);
  const { values, update, errorFor } = form;
  const [changed, setChanged] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setChanged(false);
    const errs: Partial<Record<keyof typeof EMPTY, string>> = {};
    if (!values.currentPassword) errs.currentPassword = t('validation.required');
    if (values.newPassword.length < MIN_PASSWORD_LENGTH) {
      errs.newPassword = t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH });
    } else if (values.newPassword !== values.newPasswordRepeat) {
      errs.newPasswordRepeat = t('validation.passwordMismatch');
    }
    if (!form.check(errs)) return;
    await form.submit(async () => {
      await api.account.changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      form.setValues(EMPTY);
      setChanged(true);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('changePassword.title')} data-testid="change-password">
      <Stack>
        {changed && (
          <Alert color="teal" title={t('changePassword.doneTitle')} withCloseButton onClose={() => setChanged(false)}
            data-testid="password-changed">
            {t('changePassword.done')}
          </Alert>
        )}
        <ErrorAlert
          error={form.error}
          handledFields={['currentPassword', 'newPassword', 'password']}
          titles={{ 'too-many-attempts': t('changePassword.tooMany') }}
        />
        {/* for password managers: whose password this is */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordField
          label={t('changePassword.current')}
          value={values.currentPassword}
          onChange={(e) => update('currentPassword', e.currentTarget.value)}
          error={errorFor('currentPassword')}
          autoComplete="current-password"
          withAsterisk
        />
        <PasswordField
          label={t('changePassword.new')}
          description={t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH })}
          value={values.newPassword}
          onChange={(e) => update('newPassword', e.currentTarget.value)}
          error={errorFor('newPassword') ?? form.server.password}
          autoComplete="new-password"
          withAsterisk
        />
        <PasswordField
          label={t('changePassword.repeat')}
          value={values.newPasswordRepeat}
          onChange={(e) => update('newPasswordRepeat', e.currentTarget.value)}
          error={errorFor('newPasswordRepeat')}
          autoComplete="new-password"
          withAsterisk
        />
        <Group justify="flex-end">
          <Button type="submit" loading={form.busy}>
            {t('changePassword.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
