import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/ApiContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PublicLayout } from '../../components/PublicLayout';
import { useForm } from '../../components/useForm';
import { isEmail } from '../../validation';

/** Where the password pages of staff and of customers live. */
export function passwordPaths(portal: boolean) {
  return portal
    ? { login: '/portal/login', forgot: '/portal/forgot-password' }
    : { login: '/login', forgot: '/forgot-password' };
}

/** A path with `?shop=<slug>` when the shop is known (the login form is prefilled then). */
export function withShop(path: string, shop: string | null | undefined): string {
  const slug = shop?.trim().toLowerCase();
  return slug ? `${path}?shop=${encodeURIComponent(slug)}` : path;
}

/**
 * `/forgot-password` (staff) and `/portal/forgot-password` (customers): asks for shop and e-mail and requests a
 * reset link. The server answers alike whether or not the address belongs to an account, and so does this page:
 * the same neutral confirmation either way; only 429 (asked too often) is told apart.
 */
export function ForgotPasswordPage({ portal = false }: { portal?: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const [params] = useSearchParams();
  const paths = passwordPaths(portal);
  const form = useForm({ shop: params.get('shop') ?? '', email: '' });
  const { values, update, errorFor } = form;
  const [sent, setSent] = useState<{ shop: string; email: string }>();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errs = {
      ...(values.shop.trim() ? {} : { shop: t('validation.required') }),
      ...(isEmail(values.email) ? {} : { email: t('validation.email') }),
    };
    if (!form.check(errs)) return;
    const body = { shop: values.shop.trim().toLowerCase(), email: values.email.trim() };
    await form.submit(async () => {
      await (portal ? api.portalAuth : api.auth).requestPasswordReset(body);
      setSent(body);
    });
  }

  return (
    <PublicLayout title={t('forgotPassword.title')} subtitle={sent ? undefined : t('forgotPassword.subtitle')}>
      {sent ? (
        <Stack>
          <Alert color="teal" title={t('forgotPassword.sentTitle')} data-testid="reset-requested">
            {t(portal ? 'forgotPassword.sentPortal' : 'forgotPassword.sent', { email: sent.email })}
          </Alert>
          <Text size="sm" c="dimmed">
            {t('forgotPassword.sentHint')}
          </Text>
          <Anchor component={Link} to={withShop(paths.login, sent.shop)}>
            {t('forgotPassword.backToLogin')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <ErrorAlert
              error={form.error}
              handledFields={['shop', 'email']}
              titles={{ 'too-many-attempts': t('forgotPassword.tooMany') }}
            />
            <TextInput
              label={t('login.shop')}
              description={t('login.shopHint')}
              value={values.shop}
              onChange={(e) => update('shop', e.currentTarget.value)}
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
              onChange={(e) => update('email', e.currentTarget.value)}
              error={errorFor('email')}
              maxLength={254}
              autoComplete="username"
              withAsterisk
            />
            <Button type="submit" loading={form.busy} fullWidth>
              {t('forgotPassword.submit')}
            </Button>
            <Anchor component={Link} to={withShop(paths.login, values.shop)} size="sm">
              {t('forgotPassword.backToLogin')}
            </Anchor>
          </Stack>
        </form>
      )}
    </PublicLayout>
  );
}
