import { Group, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type ContactField = 'firstName' | 'lastName' | 'email' | 'phone';
export type ContactValues = Record<ContactField, string>;

/**
 * A customer's name, e-mail and phone as staff type them: the same fields, limits and labels when a customer is
 * created and when one is corrected. `testIdPrefix` names the e-mail and phone inputs (`<prefix>-email`).
 */
export function ContactFields({
  values,
  update,
  errorFor,
  emailDescription,
  phoneDescription,
  testIdPrefix,
}: {
  values: ContactValues;
  update: (field: ContactField, value: string) => void;
  errorFor: (field: ContactField) => ReactNode;
  emailDescription: ReactNode;
  phoneDescription?: ReactNode;
  testIdPrefix?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Group grow align="flex-start">
        <TextInput
          label={t('newCustomer.firstName')}
          value={values.firstName}
          onChange={(e) => update('firstName', e.currentTarget.value)}
          error={errorFor('firstName')}
          maxLength={100}
          autoComplete="off"
          withAsterisk
          data-autofocus
        />
        <TextInput
          label={t('newCustomer.lastName')}
          value={values.lastName}
          onChange={(e) => update('lastName', e.currentTarget.value)}
          error={errorFor('lastName')}
          maxLength={100}
          autoComplete="off"
          withAsterisk
        />
      </Group>
      <TextInput
        label={t('newCustomer.email')}
        description={emailDescription}
        type="email"
        value={values.email}
        onChange={(e) => update('email', e.currentTarget.value)}
        error={errorFor('email')}
        maxLength={254}
        autoComplete="off"
        data-testid={testIdPrefix && `${testIdPrefix}-email`}
      />
      <TextInput
        label={t('newCustomer.phone')}
        description={phoneDescription}
        type="tel"
        value={values.phone}
        onChange={(e) => update('phone', e.currentTarget.value)}
        error={errorFor('phone')}
        maxLength={40}
        autoComplete="off"
        data-testid={testIdPrefix && `${testIdPrefix}-phone`}
      />
    </>
  );
}
