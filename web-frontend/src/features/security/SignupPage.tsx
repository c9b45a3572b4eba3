import { useMemo, useState, type FormEvent } from 'react';
import { Anchor, Button, Divider, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { PasswordField } from './PasswordField';
import { TimeZoneSelect } from './TimeZoneSelect';
import { defaultTimeZone } from './timeZones';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SignupRequest } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useSession } from '../../app/SessionContext';
import { ErrorAlert, serverFieldErrors } from '../../components/ErrorAlert';
import { PublicLayout } from '../../components/PublicLayout';
import { intlLocale, slugify } from '../../format';
import { isEmail, MIN_PASSWORD_LENGTH, SLUG_PATTERN } from '../../validation';

export const CURRENCIES = ['EUR', 'CHF', 'GBP', 'USD', 'PLN', 'CZK', 'DKK', 'SEK', 'NOK', 'HUF'];


type Field = keyof SignupRequest;
const FIELDS: Field[] = ['shopName', 'shopSlug', 'currency', 'timeZone', 'ownerName', 'email', 'password'];

/** `/signup`: a shop owner creates a shop and their account. */
export function SignupPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const [values, setValues] = useState<SignupRequest>({
    shopName: '',
    shopSlug: '',
    currency: 'EUR',
    timeZone: defaultTimeZone(),
    ownerName: '',
    email: '',
    password: '',
  });
  const [slugTouched, setSlugTouched] = useState(false);
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const server = serverFieldErrors(error);
  const currencyOptions = useMemo(() => {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([intlLocale(i18n.language)], { type: 'currency' });
    } catch {
      names = undefined;
    }
    return CURRENCIES.map((c) => ({ value: c, label: names ? `${c} – ${names.of(c)}` : c }));
  }, [i18n.language]);

  function update<K extends Field>(field: K, value: SignupRequest[K]) {
    setValues((v) => {
      const next = { ...v, [field]: value };
      if (field === 'shopName' && !slugTouched) next.shopSlug = slugify(String(value));
      return next;
    });
    setClientErrors((c) => ({ ...c, [field]: undefined, ...(field === 'shopName' ? { shopSlug: undefined } : {}) }));
  }

  function validate(): Partial<Record<Field, string>> {
    const errs: Partial<Record<Field, string>> = {};
    if (!values.shopName.trim()) errs.shopName = t('validation.required');
    if (!SLUG_PATTERN.test(values.shopSlug)) errs.shopSlug = t('validation.slug');
    if (!values.ownerName.trim()) errs.ownerName = t('validation.required');
    if (!isEmail(values.email)) errs.email = t('validation.email');
    if (values.password.length < MIN_PASSWORD_LENGTH) errs.password = t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH });
    return errs;
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errs = validate();
    setClientErrors(errs);
    if (Object.keys(errs).length) return;
    setBusy(true);
    setError(undefined);
    try {
      const session = await api.auth.signup({
        ...values,
        shopName: values.shopName.trim(),
        ownerName: values.ownerName.trim(),
        email: values.email.trim(),
      });
      setSession(session);
      navigate('/admin/customers', { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const errorFor = (f: Field) => clientErrors[f] ?? server[f];

  return (
    <PublicLayout title={t('signup.title')} subtitle={t('signup.subtitle')} width={520}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <ErrorAlert error={error} handledFields={FIELDS} />
          <TextInput
            label={t('signup.shopName')}
            value={values.shopName}
            onChange={(e) => update('shopName', e.currentTarget.value)}
            error={errorFor('shopName')}
            maxLength={100}
            autoComplete="organization"
            withAsterisk
          />
          <TextInput
            label={t('signup.shopSlug')}
            description={t('signup.shopSlugHint')}
            value={values.shopSlug}
            onChange={(e) => {
              setSlugTouched(true);
              update('shopSlug', e.currentTarget.value.toLowerCase());
            }}
            error={errorFor('shopSlug')}
            maxLength={40}
            autoCapitalize="none"
            spellCheck={false}
            withAsterisk
          />
          <Group grow align="flex-start">
            <NativeSelect
              label={t('signup.currency')}
              data={currencyOptions}
              value={values.currency}
              onChange={(e) => update('currency', e.currentTarget.value)}
              error={errorFor('currency')}
            />
            <TimeZoneSelect
              label={t('signup.timeZone')}
              value={values.timeZone}
              onChange={(zone) => update('timeZone', zone)}
              error={errorFor('timeZone')}
            />
          </Group>
          <Divider label={t('signup.ownerSection')} labelPosition="left" />
          <TextInput
            label={t('signup.ownerName')}
            value={values.ownerName}
            onChange={(e) => update('ownerName', e.currentTarget.value)}
            error={errorFor('ownerName')}
            maxLength={100}
            autoComplete="name"
            withAsterisk
          />
          <TextInput
            label={t('signup.email')}
            type="email"
            value={values.email}
            onChange={(e) => update('email', e.currentTarget.value)}
            error={errorFor('email')}
            maxLength={254}
            autoComplete="email"
            withAsterisk
          />
          <PasswordField
            label={t('signup.password')}
            description={t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH })}
            value={values.password}
            onChange={(e) => update('password', e.currentTarget.value)}
            error={errorFor('password')}
            autoComplete="new-password"
            withAsterisk
          />
          <Button type="submit" loading={busy} fullWidth>
            {t('signup.submit')}
          </Button>
          <Text size="sm">
            {t('signup.haveAccount')}{' '}
            <Anchor component={Link} to="/login">
              {t('signup.toLogin')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </PublicLayout>
  );
}
