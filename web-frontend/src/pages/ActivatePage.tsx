import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { PasswordField } from '../components/PasswordField';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api';
import { useApi } from '../app/ApiContext';
import { useSession } from '../app/SessionContext';
import { ErrorAlert, serverFieldErrors } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { PublicLayout } from '../components/PublicLayout';
import { useLoad } from '../components/useLoad';
import { MIN_PASSWORD_LENGTH } from '../validation';

type Field = 'password' | 'passwordRepeat';

/** `/portal/activate/:token`: a customer sets a password for the portal. */
export function ActivatePage() {
  const { t } = useTranslation();
  const api = useApi();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const activation = useLoad(() => api.portalAuth.activation(token), [api, token]);
  const [password, setPassword] = useState('');
  const [passwordRepeat, setPasswordRepeat] = useState('');
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const server = serverFieldErrors(error);
  const errorFor = (f: Field) => clientErrors[f] ?? server[f];

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errs: Partial<Record<Field, string>> = {};
    if (password.length < MIN_PASSWORD_LENGTH) errs.password = t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH });
    else if (password !== passwordRepeat) errs.passwordRepeat = t('validation.passwordMismatch');
    setClientErrors(errs);
    if (Object.keys(errs).length) return;
    setBusy(true);
    setError(undefined);
    try {
      const session = await api.portalAuth.activate(token, { password });
      setSession(session);
      navigate('/portal', { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const act = activation.data;
  return (
    <PublicLayout
      title={t('activate.title')}
      subtitle={act ? t('activate.subtitle', { firstName: act.firstName, shopName: act.shopName }) : undefined}
    >
      {activation.error ? (
        <Stack>
          {isApiError(activation.error) && activation.error.code === 'not-found' ? (
            <Alert color="red" title={t('activate.invalid')} role="alert">
              {t('activate.invalidHint')}
            </Alert>
          ) : (
            <ErrorAlert error={activation.error} />
          )}
          <Anchor component={Link} to="/portal/login">
            {t('common.toLogin')}
          </Anchor>
        </Stack>
      ) : !act ? (
        <Loading />
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <ErrorAlert error={error} handledFields={['password']} />
            <TextInput label={t('activate.email')} value={act.email} readOnly variant="filled" autoComplete="username" />
            <PasswordField
              label={t('setPassword.password')}
              description={t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH })}
              value={password}
              onChange={(e) => {
                setPassword(e.currentTarget.value);
                setClientErrors((c) => ({ ...c, password: undefined }));
              }}
              error={errorFor('password')}
              autoComplete="new-password"
              withAsterisk
            />
            <PasswordField
              label={t('setPassword.repeat')}
              value={passwordRepeat}
              onChange={(e) => {
                setPasswordRepeat(e.currentTarget.value);
                setClientErrors((c) => ({ ...c, passwordRepeat: undefined }));
              }}
              error={errorFor('passwordRepeat')}
              autoComplete="new-password"
              withAsterisk
            />
            <Button type="submit" loading={busy} fullWidth>
              {t('activate.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </PublicLayout>
  );
}
