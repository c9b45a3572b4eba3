import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
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

type Field = 'name' | 'password' | 'passwordRepeat';

/** `/invite/:token`: an invited agent sets name and password. */
export function InvitePage() {
  const { t } = useTranslation();
  const api = useApi();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const invitation = useLoad(() => api.auth.invitation(token), [api, token]);
  const [name, setName] = useState('');
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
    if (!name.trim()) errs.name = t('validation.required');
    if (password.length < MIN_PASSWORD_LENGTH) errs.password = t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH });
    else if (password !== passwordRepeat) errs.passwordRepeat = t('validation.passwordMismatch');
    setClientErrors(errs);
    if (Object.keys(errs).length) return;
    setBusy(true);
    setError(undefined);
    try {
      const session = await api.auth.acceptInvitation(token, { name: name.trim(), password });
      setSession(session);
      navigate('/admin/customers', { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const inv = invitation.data;
  return (
    <PublicLayout
      title={inv ? t('invite.title', { shopName: inv.shopName }) : t('invite.titleGeneric')}
      subtitle={inv ? t('invite.subtitle') : undefined}
    >
      {invitation.error ? (
        <Stack>
          {isApiError(invitation.error) && invitation.error.code === 'not-found' ? (
            <Alert color="red" title={t('invite.invalid')} role="alert">
              {t('invite.invalidHint')}
            </Alert>
          ) : (
            <ErrorAlert error={invitation.error} />
          )}
          <Anchor component={Link} to="/login">
            {t('common.toLogin')}
          </Anchor>
        </Stack>
      ) : !inv ? (
        <Loading />
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <ErrorAlert error={error} handledFields={['name', 'password']} />
            <TextInput label={t('invite.email')} value={inv.email} readOnly variant="filled" />
            <TextInput
              label={t('invite.name')}
              value={name}
              onChange={(e) => {
                setName(e.currentTarget.value);
                setClientErrors((c) => ({ ...c, name: undefined }));
              }}
              error={errorFor('name')}
              maxLength={100}
              autoComplete="name"
              withAsterisk
            />
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
            <Text size="sm" c="dimmed">
              {t('invite.role', { role: t(`role.${inv.role}`) })}
            </Text>
            <Button type="submit" loading={busy} fullWidth>
              {t('invite.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </PublicLayout>
  );
}
