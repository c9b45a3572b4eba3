import { useRef, useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Group, SegmentedControl, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  IdempotencyKeys,
  type Contact,
  type ContactChannel,
  type ContactDirection,
  type CustomerType,
  type NewContact,
} from '../../api';
import { useApi } from '../../app/ApiContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { LoadMoreButton, useHistory } from '../../components/LoadMore';
import { Loading } from '../../components/Loading';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { useForm } from '../../components/useForm';
import { formatDateTime } from '../../format';

export const CHANNELS: ContactChannel[] = ['PHONE', 'EMAIL', 'LETTER', 'FAX', 'SMS', 'WEB_FORM', 'SOCIAL', 'CHAT', 'IN_STORE'];
export const CUSTOMER_TYPES: CustomerType[] = [
  'SHOW_OFF',
  'KNOW_IT_ALL',
  'GRUMBLER',
  'TALKATIVE',
  'SUSPICIOUS',
  'INDECISIVE',
  'SILENT',
  'DISSATISFIED_YES_SAYER',
];

/**
 * The customer's contacts on every channel, newest first, and a form to log one: channel, direction, topic, notes,
 * handling time and — for a dissatisfied customer — one of the eight types, with a handling tip for it.
 */
export function CustomerContacts({ shopId, customerId, timeZone }: { shopId: string; customerId: string; timeZone: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const contacts = useHistory((limit) => api.customers.contacts(shopId, customerId, limit), [api, shopId, customerId]);
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('contact.title')}
      </Title>
      <LogContactForm shopId={shopId} customerId={customerId} onLogged={() => void contacts.reload()} />
      <LoadError error={contacts.error} onRetry={() => void contacts.reload()} />
      {contacts.data ? (
        contacts.data.items.length === 0 ? (
          <Text c="dimmed" data-testid="contacts-empty">
            {t('contact.none')}
          </Text>
        ) : (
          <ContactList contacts={contacts.data.items} timeZone={timeZone} />
        )
      ) : (
        !contacts.error && <Loading />
      )}
      <LoadMoreButton history={contacts} testId="contacts-load-more" />
    </Stack>
  );
}

function ContactList({ contacts, timeZone }: { contacts: Contact[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ResponsiveTable
      rows={contacts}
      rowKey={(c) => c.id}
      rowProps={() => ({ 'data-testid': 'contact-row' })}
      testId="contacts-table"
      minWidth={520}
      tableProps={{ verticalSpacing: 'xs' }}
      columns={[
        {
          key: 'when',
          header: t('contact.when'),
          style: { whiteSpace: 'nowrap' },
          card: 'title',
          cell: (c) => formatDateTime(c.receivedAt, timeZone, i18n.language),
        },
        {
          key: 'channel',
          header: t('contact.channel'),
          cell: (c) => (
            <>
              {t(`contact.channels.${c.channel}`)}
              <Text size="xs" c="dimmed">
                {t(`contact.directions.${c.direction}`)}
              </Text>
            </>
          ),
        },
        {
          key: 'topic',
          header: t('contact.topic'),
          card: 'block',
          cell: (c) => (
            <>
              <Text size="sm" data-testid="contact-topic">
                {c.topic}
              </Text>
              {c.customerType && (
                <Badge variant="light" color="grape" size="sm" data-testid="contact-type">
                  {t(`contact.types.${c.customerType}.name`)}
                </Badge>
              )}
              {c.notes && (
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {c.notes}
                </Text>
              )}
            </>
          ),
        },
        {
          key: 'handling',
          header: t('contact.handling'),
          cell: (c) => (c.handlingMinutes != null ? t('contact.minutes', { count: c.handlingMinutes }) : '–'),
        },
      ]}
    />
  );
}

function LogContactForm({ shopId, customerId, onLogged }: { shopId: string; customerId: string; onLogged: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const keys = useRef(new IdempotencyKeys());
  const [logged, setLogged] = useState(false);
  const form = useForm({
    channel: 'PHONE' as ContactChannel,
    direction: 'INBOUND' as ContactDirection,
    topic: '',
    notes: '',
    handlingMinutes: '',
    customerType: '' as CustomerType | '',
  });
  const v = form.values;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const minutes = v.handlingMinutes.trim() === '' ? undefined : Number(v.handlingMinutes.trim());
    const errors: Partial<Record<keyof typeof v, string>> = {};
    if (!v.topic.trim()) errors.topic = t('validation.required');
    if (minutes !== undefined && (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440)) {
      errors.handlingMinutes = t('contact.handlingInvalid');
    }
    if (!form.check(errors)) return;
    const body: NewContact = {
      channel: v.channel,
      direction: v.direction,
      topic: v.topic.trim(),
      ...(v.notes.trim() ? { notes: v.notes.trim() } : {}),
      ...(minutes !== undefined ? { handlingMinutes: minutes } : {}),
      ...(v.customerType ? { customerType: v.customerType } : {}),
    };
    setLogged(false);
    await form.submit(async () => {
      await keys.current.run(body, (key) => api.customers.recordContact(shopId, customerId, body, key));
      form.setValues((old) => ({ ...old, topic: '', notes: '', handlingMinutes: '', customerType: '' }));
      setLogged(true);
      onLogged();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('contact.log')} data-testid="log-contact">
      <Stack gap="sm">
        {logged && (
          <Alert color="teal" withCloseButton onClose={() => setLogged(false)} data-testid="contact-logged">
            {t('contact.logged')}
          </Alert>
        )}
        <ErrorAlert error={form.error} handledFields={['channel', 'direction', 'topic', 'notes', 'handlingMinutes', 'customerType', 'receivedAt']} />
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('contact.channel')}
            data={CHANNELS.map((c) => ({ value: c, label: t(`contact.channels.${c}`) }))}
            value={v.channel}
            onChange={(value) => value && form.update('channel', value as ContactChannel)}
            allowDeselect={false}
            error={form.errorFor('channel')}
            style={{ minWidth: 180 }}
          />
          <SegmentedControl
            aria-label={t('contact.direction')}
            data={(['INBOUND', 'OUTBOUND'] as ContactDirection[]).map((d) => ({ value: d, label: t(`contact.directions.${d}`) }))}
            value={v.direction}
            onChange={(value) => form.update('direction', value as ContactDirection)}
          />
        </Group>
        <TextInput
          label={t('contact.topic')}
          value={v.topic}
          onChange={(e) => form.update('topic', e.currentTarget.value)}
          error={form.errorFor('topic')}
          maxLength={200}
          withAsterisk
        />
        <Textarea
          label={t('contact.notes')}
          value={v.notes}
          onChange={(e) => form.update('notes', e.currentTarget.value)}
          error={form.errorFor('notes')}
          maxLength={4000}
          rows={3}
        />
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={t('contact.handlingMinutes')}
            value={v.handlingMinutes}
            onChange={(e) => form.update('handlingMinutes', e.currentTarget.value)}
            error={form.errorFor('handlingMinutes')}
            inputMode="numeric"
            style={{ maxWidth: 180 }}
          />
          <Select
            label={t('contact.customerType')}
            placeholder={t('contact.noType')}
            data={CUSTOMER_TYPES.map((c) => ({ value: c, label: t(`contact.types.${c}.name`) }))}
            value={v.customerType || null}
            onChange={(value) => form.update('customerType', (value ?? '') as CustomerType | '')}
            clearable
            error={form.errorFor('customerType')}
            style={{ minWidth: 220 }}
          />
        </Group>
        {v.customerType && (
          <Alert color="grape" variant="light" title={t(`contact.types.${v.customerType}.name`)} data-testid="contact-type-tip">
            {t(`contact.types.${v.customerType}.tip`)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={form.busy}>
            {t('contact.log')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
