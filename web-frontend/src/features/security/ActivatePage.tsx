import type { FormEvent } from 'react';
import { Button, Stack, TextInput } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/ApiContext';
import { useSession } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { passwordPaths } from './ForgotPasswordPage';
import { NewPasswordFields, newPasswordErrors, TokenPage } from './TokenPage';
import { useForm } from '../../components/useForm';
import { useLoad } from '../../components/useLoad';

/** `/portal/activate/:token`: a customer sets a password for the portal. */
export function ActivatePage() {
  const { t } = useTranslation();
  const api = useApi();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const activation = useLoad(() => api.portalAuth.activation(token), [api, token]);
  const form = useForm({ password: '', passwordRepeat: '' });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!form.check(newPasswordErrors(form.values.password, form.values.passwordRepeat, t))) return;
    await form.submit(async () => {
      const session = await api.portalAuth.activate(token, { password: form.values.password });
      setSession(session);
      navigate('/portal', { replace: true });
    });
  }

  const act = activation.data;
  return (
    <TokenPage
      loaded={activation}
      title={t('activate.title')}
      subtitle={act ? t('activate.subtitle', { firstName: act.firstName, shopName: act.shopName }) : undefined}
      invalid={{
        title: t('activate.invalid'),
        hint: t('activate.invalidHint'),
        // asking for a password reset mails a customer without a password a new activation link
        renew: { to: passwordPaths(true).forgot, label: t('activate.renew') },
      }}
      loginPath="/portal/login"
    >
      {(found) => (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <ErrorAlert error={form.error} handledFields={['password']} />
            <TextInput label={t('activate.email')} value={found.email} readOnly variant="filled" autoComplete="username" />
            <NewPasswordFields values={form.values} onChange={form.update} errorFor={form.errorFor} />
            <Button type="submit" loading={form.busy} fullWidth>
              {t('activate.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </TokenPage>
  );
}
