import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, NativeSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  ACQUISITION_CHANNELS,
  type AcquisitionChannel,
  type CustomerDetail,
  type CustomerSummary,
  type NewCustomer,
} from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert, serverFieldErrors } from '../../components/ErrorAlert';
import { formatDateTime, todayIn } from '../../format';
import { channelLabel, useShopChannels } from '../acquisition/channels';
import { isEmail, isPhone } from '../../validation';
import { ContactFields } from './ContactFields';

type Values = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  acquisitionChannel: AcquisitionChannel;
  acquiredOn: string;
};
type Field = keyof Values;
const FIELDS: Field[] = ['firstName', 'lastName', 'email', 'phone', 'acquisitionChannel', 'acquiredOn'];

const customerLabel = (c: CustomerSummary) => `${c.firstName} ${c.lastName} (${c.number})`;

/** Searchable picker of a customer of the shop (`GET …/customers?q=`), e.g. the one who referred a new customer. */
export function CustomerPicker({
  value,
  onChange,
  label,
  description,
  error,
}: {
  value: CustomerSummary | undefined;
  onChange: (customer: CustomerSummary | undefined) => void;
  label: string;
  description?: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const shopId = useUser().shop.id;
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [found, setFound] = useState<CustomerSummary[]>([]);

  useEffect(() => {
    if (!debounced || (value && debounced === customerLabel(value))) return;
    let current = true;
    api.customers
      .list(shopId, { q: debounced, page: 0, size: 10 })
      .then((page) => current && setFound(page.items))
      .catch(() => current && setFound([]));
    return () => {
      current = false;
    };
  }, [api, shopId, debounced, value]);

  const options = [...(value ? [value] : []), ...found.filter((c) => c.id !== value?.id)];
  return (
    <Select
      label={label}
      description={description}
      placeholder={t('newCustomer.referredByPlaceholder')}
      searchable
      clearable
      data={options.map((c) => ({ value: c.id, label: customerLabel(c) }))}
      filter={({ options: o }) => o}
      value={value?.id ?? null}
      onChange={(id) => onChange(options.find((c) => c.id === id))}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={debounced ? t('newCustomer.referredByNone') : undefined}
      error={error}
      comboboxProps={{ withinPortal: false }}
      data-testid="referred-by"
    />
  );
}

export function NewCustomerModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (customer: CustomerDetail) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const user = useUser();
  const navigate = useNavigate();
  const initial = (): Values => ({
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    acquisitionChannel: 'IN_STORE',
    acquiredOn: todayIn(user.shop.timeZone),
  });
  const [values, setValues] = useState<Values>(initial);
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CustomerDetail | undefined>();
  const [referrer, setReferrer] = useState<CustomerSummary | undefined>();
  // the shop's channels (its own ones too), asked for each time the form opens; the built-in ones until they come
  const shopChannels = useShopChannels(user.shop.id, opened, true);
  const channelCodes = shopChannels?.length ? shopChannels.map((c) => c.code) : ACQUISITION_CHANNELS;
  const server = serverFieldErrors(error);
  const errorFor = (f: Field) => clientErrors[f] ?? server[f];

  function reset() {
    setValues(initial());
    setClientErrors({});
    setError(undefined);
    setCreated(undefined);
    setReferrer(undefined);
  }

  function close() {
    reset();
    onClose();
  }

  function update(field: Field, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    setClientErrors((c) => ({ ...c, [field]: undefined }));
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errs: Partial<Record<Field, string>> = {};
    if (!values.firstName.trim()) errs.firstName = t('validation.required');
    if (!values.lastName.trim()) errs.lastName = t('validation.required');
    if (values.email.trim() && !isEmail(values.email)) errs.email = t('validation.email');
    if (values.phone.trim() && !isPhone(values.phone)) errs.phone = t('validation.phone');
    setClientErrors(errs);
    if (Object.keys(errs).length) return;
    const body: NewCustomer = {
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      acquisitionChannel: values.acquisitionChannel,
    };
    if (values.email.trim()) body.email = values.email.trim();
    if (values.phone.trim()) body.phone = values.phone.trim();
    if (values.acquiredOn) body.acquiredOn = values.acquiredOn;
    if (referrer) {
      body.referredBy = referrer.id;
      body.acquisitionChannel = 'REFERRAL';
    }
    setBusy(true);
    setError(undefined);
    try {
      const customer = await api.customers.create(user.shop.id, body);
      setCreated(customer);
      onCreated(customer);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={t('newCustomer.title')} size="lg">
      {created ? (
        <Stack data-testid="customer-created">
          <Alert color="teal" title={t('newCustomer.created', { name: `${created.firstName} ${created.lastName}` })}>
            {t('newCustomer.createdNumber', { number: created.number })}
          </Alert>
          {created.portalActivation ? (
            <Alert color="blue" title={t('newCustomer.activationMailedTitle')} data-testid="activation-mailed">
              {t('newCustomer.activationMailed', {
                email: created.portalActivation.mailedTo,
                expiresAt: formatDateTime(created.portalActivation.expiresAt, user.shop.timeZone, i18n.language),
              })}
              {!user.shopVerified && (
                <Text size="sm" mt={4} data-testid="activation-held">
                  {t('newCustomer.heldUntilVerified')}
                </Text>
              )}
            </Alert>
          ) : (
            <Alert color="gray">{t('newCustomer.noEmail')}</Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={reset}>
              {t('newCustomer.another')}
            </Button>
            <Button
              onClick={() => {
                const id = created.id;
                close();
                navigate(`/admin/customers/${id}`);
              }}
            >
              {t('newCustomer.open')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <ErrorAlert error={error} handledFields={[...FIELDS, 'referredBy']} />
            <ContactFields
              values={values}
              update={update}
              errorFor={errorFor}
              emailDescription={t('newCustomer.emailHint')}
            />
            <CustomerPicker
              label={t('newCustomer.referredBy')}
              description={t('newCustomer.referredByHint')}
              value={referrer}
              onChange={setReferrer}
              error={server.referredBy}
            />
            {referrer && (
              <Text size="sm" c="teal.8" data-testid="referral-channel-note">
                {t('newCustomer.referralChannel', { name: `${referrer.firstName} ${referrer.lastName}` })}
              </Text>
            )}
            <Group grow align="flex-start">
              <NativeSelect
                label={t('newCustomer.channel')}
                data={channelCodes.map((c) => ({ value: c, label: channelLabel(t, c, shopChannels) }))}
                value={referrer ? 'REFERRAL' : values.acquisitionChannel}
                disabled={!!referrer}
                onChange={(e) => update('acquisitionChannel', e.currentTarget.value)}
                error={errorFor('acquisitionChannel')}
              />
              <TextInput
                label={t('newCustomer.acquiredOn')}
                type="date"
                value={values.acquiredOn}
                onChange={(e) => update('acquiredOn', e.currentTarget.value)}
                error={errorFor('acquiredOn')}
              />
            </Group>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('newCustomer.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
