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

/** What a token page says when its link is unknown or used up; `renew` offers a way to a new link. */
export interface InvalidLink {
  title: string;
  hint: string;
  renew?: { to: string; label: string };
}

/** The alert of an unknown or used-up link, with the way to a new one and to the login. */
export function InvalidLinkNotice({ invalid, loginPath }: { invalid: InvalidLink; loginPath: string }) {
  const { t } = useTranslation();
  return (
    <Stack data-testid="link-invalid">
      <Alert color="red" title={invalid.title} role="alert">
        {invalid.hint}
      </Alert>
      {invalid.renew && (
        <Anchor component={Link} to={invalid.renew.to} data-testid="link-renew">
          {invalid.renew.label}
        </Anchor>
      )}
      <Anchor component={Link} to={loginPath}>
        {t('common.toLogin')}
      </Anchor>
    </Stack>
  );
}

/**
 * A public page opened with a token from an e-mail (invitation, portal activation, password reset): loads what the
 * token stands for, shows `invalid` when it is unknown or used up (404) and a link to the login, else the form.
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
  invalid: InvalidLink;
  loginPath: string;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <PublicLayout title={title} subtitle={subtitle}>
      {loaded.error ? (
        isApiError(loaded.error) && loaded.error.code === 'not-found' ? (
          <InvalidLinkNotice invalid={invalid} loginPath={loginPath} />
        ) : (
          <Stack>
            <ErrorAlert error={loaded.error} />
            <Anchor component={Link} to={loginPath}>
              {t('common.toLogin')}
            </Anchor>
          </Stack>
        )
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
