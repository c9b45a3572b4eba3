import type { FormEvent } from 'react';
import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/ApiContext';
import { useSession } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPasswordFields, newPasswordErrors, TokenPage } from './TokenPage';
import { useForm } from '../../components/useForm';
import { useLoad } from '../../components/useLoad';

/** `/invite/:token`: an invited agent sets name and password. */
export function InvitePage() {
  const { t } = useTranslation();
  const api = useApi();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const invitation = useLoad(() => api.auth.invitation(token), [api, token]);
  const form = useForm({ name: '', password: '', passwordRepeat: '' });
  const { values, update, errorFor } = form;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errs = {
      ...(values.name.trim() ? {} : { name: t('validation.required') }),
      ...newPasswordErrors(values.password, values.passwordRepeat, t),
    };
    if (!form.check(errs)) return;
    await form.submit(async () => {
      const session = await api.auth.acceptInvitation(token, { name: values.name.trim(), password: values.password });
      setSession(session);
      navigate('/admin/customers', { replace: true });
    });
  }

  const inv = invitation.data;
  return (
    <TokenPage
      loaded={invitation}
      title={inv ? t('invite.title', { shopName: inv.shopName }) : t('invite.titleGeneric')}
      subtitle={inv ? t('invite.subtitle') : undefined}
      invalid={{ title: t('invite.invalid'), hint: t('invite.invalidHint') }}
      loginPath="/login"
    >
      {(found) => (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <ErrorAlert error={form.error} handledFields={['name', 'password']} />
            <TextInput label={t('invite.email')} value={found.email} readOnly variant="filled" />
            <TextInput
              label={t('invite.name')}
              value={values.name}
              onChange={(e) => update('name', e.currentTarget.value)}
              error={errorFor('name')}
              maxLength={100}
              autoComplete="name"
              withAsterisk
            />
            <NewPasswordFields values={values} onChange={update} errorFor={errorFor} />
            <Text size="sm" c="dimmed">
              {t('invite.role', { role: t(`role.${found.role}`) })}
            </Text>
            <Button type="submit" loading={form.busy} fullWidth>
              {t('invite.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </TokenPage>
  );
}
