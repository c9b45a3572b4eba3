import { useState, type FormEvent } from 'react';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api';
import { useApi } from '../../app/ApiContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useForm } from '../../components/useForm';
import { useLoad } from '../../components/useLoad';
import { passwordPaths } from './ForgotPasswordPage';
import { InvalidLinkNotice, NewPasswordFields, newPasswordErrors, TokenPage, type InvalidLink } from './TokenPage';

/**
 * `/reset-password/:token` (staff) and `/portal/reset-password/:token` (customers), opened from the mailed link:
 * looks the link up (404: no longer valid, with a way to ask for a new one), sets the new password and sends the
 * person to the login — the reset ends every session, so there is none to continue with.
 */
export function ResetPasswordPage({ portal = false }: { portal?: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const { token = '' } = useParams();
  const client = portal ? api.portalAuth : api.auth;
  const paths = passwordPaths(portal);
  const reset = useLoad(() => client.passwordReset(token), [client, token]);
  const form = useForm({ password: '', passwordRepeat: '' });
  const [done, setDone] = useState(false);
  const invalid: InvalidLink = {
    title: t('resetPassword.invalid'),
    hint: t('resetPassword.invalidHint'),
    renew: { to: paths.forgot, label: t('resetPassword.renew') },
  };
  // the link was used or replaced while the form was open
  const goneMeanwhile = isApiError(form.error) && form.error.code === 'not-found';

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!form.check(newPasswordErrors(form.values.password, form.values.passwordRepeat, t))) return;
    await form.submit(async () => {
      await client.resetPassword(token, { password: form.values.password });
      setDone(true);
    });
  }

  const found = reset.data;
  return (
    <TokenPage
      loaded={reset}
      title={t('resetPassword.title')}
      subtitle={found && !done ? t('resetPassword.subtitle', { shopName: found.shopName }) : undefined}
      invalid={invalid}
      loginPath={paths.login}
    >
      {(data) =>
        done ? (
          <Stack>
            <Alert color="teal" title={t('resetPassword.doneTitle')} data-testid="password-reset-done">
              {t('resetPassword.done')}
            </Alert>
            <Button component={Link} to={paths.login} fullWidth>
              {t('resetPassword.toLogin')}
            </Button>
          </Stack>
        ) : goneMeanwhile ? (
          <InvalidLinkNotice invalid={invalid} loginPath={paths.login} />
        ) : (
          <form onSubmit={onSubmit} noValidate>
            <Stack>
              <ErrorAlert error={form.error} handledFields={['password']} />
              <TextInput
                label={t('resetPassword.email')}
                value={data.email}
                readOnly
                variant="filled"
                autoComplete="username"
              />
              <NewPasswordFields values={form.values} onChange={form.update} errorFor={form.errorFor} />
              <Button type="submit" loading={form.busy} fullWidth>
                {t('resetPassword.submit')}
              </Button>
            </Stack>
          </form>
        )
      }
    </TokenPage>
  );
}
