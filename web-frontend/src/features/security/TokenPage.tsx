import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { Alert, Anchor, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PasswordField } from './PasswordField';
import { PublicLayout } from '../../components/PublicLayout';
import type { Loaded } from '../../components/useLoad';
import { MIN_PASSWORD_LENGTH } from '../../validation';

/**
 * A public page opened with a token from an e-mail or link (invitation, portal activation): loads what the token
 * stands for, shows `invalid` when it is unknown or used up (404) and a link to the login, else the form.
 */
export function TokenPage<T>({
  loaded,
  title,
  subtitle,
  invalid,
  loginPath,
  children,
}: {
  loaded: Loaded<T>;
  title: string;
  subtitle?: string;
  invalid: { title: string; hint: string };
  loginPath: string;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <PublicLayout title={title} subtitle={subtitle}>
      {loaded.error ? (
        <Stack>
          {isApiError(loaded.error) && loaded.error.code === 'not-found' ? (
            <Alert color="red" title={invalid.title} role="alert">
              {invalid.hint}
            </Alert>
          ) : (
            <ErrorAlert error={loaded.error} />
          )}
          <Anchor component={Link} to={loginPath}>
            {t('common.toLogin')}
          </Anchor>
        </Stack>
      ) : loaded.data === undefined ? (
        <Loading />
      ) : (
        children(loaded.data)
      )}
    </PublicLayout>
  );
}

export type NewPasswordField = 'password' | 'passwordRepeat';

/** Client-side checks of a new password and its repetition. */
export function newPasswordErrors(
  password: string,
  passwordRepeat: string,
  t: TFunction,
): Partial<Record<NewPasswordField, string>> {
  if (password.length < MIN_PASSWORD_LENGTH) return { password: t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH }) };
  if (password !== passwordRepeat) return { passwordRepeat: t('validation.passwordMismatch') };
  return {};
}

/** "Password" (with the length rule) and "Repeat password" for setting a new password. */
export function NewPasswordFields({
  values,
  onChange,
  errorFor,
}: {
  values: Record<NewPasswordField, string>;
  onChange: (field: NewPasswordField, value: string) => void;
  errorFor: (field: NewPasswordField) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordField
        label={t('setPassword.password')}
        description={t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH })}
        value={values.password}
        onChange={(e) => onChange('password', e.currentTarget.value)}
        error={errorFor('password')}
        autoComplete="new-password"
        withAsterisk
      />
      <PasswordField
        label={t('setPassword.repeat')}
        value={values.passwordRepeat}
        onChange={(e) => onChange('passwordRepeat', e.currentTarget.value)}
        error={errorFor('passwordRepeat')}
        autoComplete="new-password"
        withAsterisk
      />
    </>
  );
}
