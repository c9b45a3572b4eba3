import type { FormEvent } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail, CustomerUpdate } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useForm, type FieldErrors } from '../../components/useForm';
import { isEmail, isPhone } from '../../validation';
import { ContactFields } from './ContactFields';

type Values = { firstName: string; lastName: string; email: string; phone: string };
const FIELDS: (keyof Values)[] = ['firstName', 'lastName', 'email', 'phone'];

/** Corrects a customer's name, e-mail and phone (`PUT …/customers/{id}`); open while `customer` is set. */
export function EditCustomerModal({
  customer,
  onClose,
  onSaved,
}: {
  customer: CustomerDetail | undefined;
  onClose: () => void;
  onSaved: (customer: CustomerDetail) => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal opened={!!customer} onClose={onClose} title={t('editCustomer.title')} size="lg" fullScreen={!!phone}>
      {/* a fresh form (prefilled from the customer as shown now) each time it opens */}
      {customer && <EditCustomerForm key={customer.id} customer={customer} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function EditCustomerForm({
  customer,
  onClose,
  onSaved,
}: {
  customer: CustomerDetail;
  onClose: () => void;
  onSaved: (customer: CustomerDetail) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const shopId = useUser().shop.id;
  const form = useForm<Values>(() => ({
    firstName: customer.firstName,
    lastName: customer.lastName,
    email: customer.email ?? '',
    phone: customer.phone ?? '',
  }));
  const { values, update, errorFor } = form;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errs: FieldErrors<keyof Values> = {};
    if (!values.firstName.trim()) errs.firstName = t('validation.required');
    if (!values.lastName.trim()) errs.lastName = t('validation.required');
    if (values.email.trim() && !isEmail(values.email)) errs.email = t('validation.email');
    if (values.phone.trim() && !isPhone(values.phone)) {
      errs.phone = t('validation.phone');
    }
    if (!form.check(errs)) return;
    // all four are replaced: an empty e-mail or phone clears it
    const body: CustomerUpdate = {
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      email: values.email.trim() || null,
      phone: values.phone.trim() || null,
    };
    await form.submit(async () => {
      onSaved(await api.customers.update(shopId, customer.id, body));
    });
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="edit-customer-form">
      <Stack>
        <ErrorAlert
          error={form.error}
          handledFields={FIELDS}
          titles={{ 'customer-email-taken': t('editCustomer.emailTaken'), 'invalid-phone': t('editCustomer.phoneInvalid') }}
        />
        <ContactFields
          values={values}
          update={update}
          errorFor={errorFor}
          emailDescription={customer.portalEnabled ? t('editCustomer.emailIsLogin') : t('newCustomer.emailHint')}
          phoneDescription={t('editCustomer.phoneHint')}
          testIdPrefix="edit-customer"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={form.busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.busy} data-testid="edit-customer-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
