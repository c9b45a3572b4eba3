import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { PasswordField } from './PasswordField';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LoginRequest, Session } from '../../api';
import { useSession } from '../../app/SessionContext';
import { ErrorAlert, serverFieldErrors } from '../../components/ErrorAlert';
import { homeFor } from '../../components/Guards';
import { withShop } from './ForgotPasswordPage';

const FIELDS = ['shop', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];

/** Shared login form of staff (`/login`) and customers (`/portal/login`). */
export function LoginForm({
  submit,
  allowedPrefix,
  forgotPath,
}: {
  submit: (body: LoginRequest) => Promise<Session>;
  /** Only "from" locations under this prefix are honoured after login. */
  allowedPrefix: string;
  /** The "Forgot your password?" page; the shop typed here goes along as `?shop=`. */
  forgotPath: string;
}) {
  const { t } = useTranslation();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const [values, setValues] = useState<Record<Field, string>>({
    shop: params.get('shop') ?? '',
    email: '',
    password: '',
  });
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const server = serverFieldErrors(error);

  const set = (field: Field) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
    setClientErrors((c) => ({ ...c, [field]: undefined }));
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errs: Partial<Record<Field, string>> = {};
    if (!values.shop.trim()) errs.shop = t('validation.required');
    if (!values.email.trim()) errs.email = t('validation.required');
    if (!values.password) errs.password = t('validation.required');
    setClientErrors(errs);
    if (Object.keys(errs).length) return;
    setBusy(true);
    setError(undefined);
    try {
      const session = await submit({
        shop: values.shop.trim().toLowerCase(),
        email: values.email.trim(),
        password: values.password,
      });
      setSession(session);
      const from = (location.state as { from?: string } | null)?.from;
      const role = session.authenticated ? session.user.role : undefined;
      const home = homeFor(role);
      navigate(from && from.startsWith(allowedPrefix) && home.startsWith(allowedPrefix) ? from : home, { replace: true });
    } catch (err) {
      setError(err);
      setValues((v) => ({ ...v, password: '' }));
    } finally {
      setBusy(false);
    }
  }

  const errorFor = (f: Field) => clientErrors[f] ?? server[f];

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ErrorAlert error={error} handledFields={[...FIELDS]} />
        <TextInput
          label={t('login.shop')}
          description={t('login.shopHint')}
          value={values.shop}
          onChange={set('shop')}
          error={errorFor('shop')}
          maxLength={40}
          autoComplete="organization"
          autoCapitalize="none"
          spellCheck={false}
          withAsterisk
        />
        <TextInput
          label={t('login.email')}
          type="email"
          value={values.email}
          onChange={set('email')}
          error={errorFor('email')}
          maxLength={254}
          autoComplete="username"
          withAsterisk
        />
        <PasswordField
          label={t('login.password')}
          value={values.password}
          onChange={set('password')}
          error={errorFor('password')}
          autoComplete="current-password"
          withAsterisk
        />
        <Group justify="flex-end" mt={-8}>
          <Anchor component={Link} to={withShop(forgotPath, values.shop)} size="sm" data-testid="forgot-password">
            {t('login.forgot')}
          </Anchor>
        </Group>
        <Button type="submit" loading={busy} fullWidth>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
