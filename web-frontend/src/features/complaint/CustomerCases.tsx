import { useRef, useState, type FormEvent } from 'react';
import { Alert, Box, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  CASE_CATEGORIES,
  CASE_SEVERITIES,
  IdempotencyKeys,
  type CaseCategory,
  type CaseSeverity,
  type CaseSummary,
  type ContactChannel,
  type CustomerType,
  type NewCase,
} from '../../api';
import { useApi } from '../../app/ApiContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { LoadMoreButton, useCursorHistory } from '../../components/LoadMore';
import { Loading } from '../../components/Loading';
import { useForm } from '../../components/useForm';
import { todayIn } from '../../format';
import { CHANNELS, CUSTOMER_TYPES } from '../contact/CustomerContacts';
import { CaseCards } from './caseUi';
import { CASE_PAGE } from './CasesPage';

/** The customer's complaint cases, newest first, and "Open complaint" (then on to the new case). */
export function CustomerCases({ shopId, customerId, timeZone }: { shopId: string; customerId: string; timeZone: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [opening, setOpening] = useState(false);
  const cases = useCursorHistory<CaseSummary, string>(
    (cursor) =>
      api.cases
        .list(shopId, { view: 'ALL', customerId, cursor, limit: CASE_PAGE })
        .then((page) => ({ items: page.items, nextBefore: page.cursor })),
    [api, shopId, customerId],
  );

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4">
          {t('cases.customerTitle')}
        </Title>
        <Button variant="light" onClick={() => setOpening(true)}>
          {t('cases.openComplaint')}
        </Button>
      </Group>
      <LoadError error={cases.error} onRetry={cases.reload} />
      {cases.items ? (
        cases.items.length === 0 ? (
          <Text data-testid="customer-cases-empty">{t('cases.customerNone')}</Text>
        ) : (
          <CaseCards cases={cases.items} timeZone={timeZone} today={todayIn(timeZone)} showCustomer={false} />
        )
      ) : (
        !cases.error && <Loading />
      )}
      {cases.moreError ? (
        <Box>
          <ErrorAlert error={cases.moreError} />
        </Box>
      ) : null}
      <LoadMoreButton history={cases} testId="customer-cases-load-more" />
      <Modal opened={opening} onClose={() => setOpening(false)} title={t('cases.openTitle')} size="lg">
        <OpenCaseForm shopId={shopId} customerId={customerId} onCancel={() => setOpening(false)} />
      </Modal>
    </Stack>
  );
}

const FIELDS = ['subject', 'description', 'category', 'severity', 'channel', 'customerType', 'receivedAt', 'customerId'];

function OpenCaseForm({ shopId, customerId, onCancel }: { shopId: string; customerId: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const keys = useRef(new IdempotencyKeys());
  const form = useForm({
    subject: '',
    description: '',
    category: 'PRODUCT_QUALITY' as CaseCategory,
    severity: 'MEDIUM' as CaseSeverity,
    channel: 'PHONE' as ContactChannel,
    customerType: '' as CustomerType | '',
  });
  const v = form.values;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!form.check(v.subject.trim() ? {} : { subject: t('validation.required') })) return;
    const body: NewCase = {
      customerId,
      subject: v.subject.trim(),
      category: v.category,
      severity: v.severity,
      channel: v.channel,
      ...(v.description.trim() ? { description: v.description.trim() } : {}),
      ...(v.customerType ? { customerType: v.customerType } : {}),
    };
    await form.submit(async () => {
      const created = await keys.current.run(body, (key) => api.cases.open(shopId, body, key));
      navigate(`/admin/cases/${created.id}`);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="open-case-form">
      <Stack gap="sm">
        <ErrorAlert error={form.error} handledFields={FIELDS} />
        <TextInput
          label={t('cases.subject')}
          value={v.subject}
          onChange={(e) => form.update('subject', e.currentTarget.value)}
          error={form.errorFor('subject')}
          maxLength={200}
          withAsterisk
          data-autofocus
        />
        <Textarea
          label={t('cases.description')}
          description={t('cases.descriptionHint')}
          value={v.description}
          onChange={(e) => form.update('description', e.currentTarget.value)}
          error={form.errorFor('description')}
          maxLength={4000}
          rows={3}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NativeSelect
            label={t('cases.category')}
            data={CASE_CATEGORIES.map((k) => ({ value: k, label: t(`cases.categories.${k}`) }))}
            value={v.category}
            onChange={(e) => form.update('category', e.currentTarget.value as CaseCategory)}
            error={form.errorFor('category')}
          />
          <NativeSelect
            label={t('cases.severity')}
            data={CASE_SEVERITIES.map((k) => ({ value: k, label: t(`cases.severities.${k}`) }))}
            value={v.severity}
            onChange={(e) => form.update('severity', e.currentTarget.value as CaseSeverity)}
            error={form.errorFor('severity')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NativeSelect
            label={t('cases.channel')}
            data={CHANNELS.map((k) => ({ value: k, label: t(`contact.channels.${k}`) }))}
            value={v.channel}
            onChange={(e) => form.update('channel', e.currentTarget.value as ContactChannel)}
            error={form.errorFor('channel')}
          />
          <NativeSelect
            label={t('contact.customerType')}
            data={[
              { value: '', label: t('contact.noType') },
              ...CUSTOMER_TYPES.map((k) => ({ value: k, label: t(`contact.types.${k}.name`) })),
            ]}
            value={v.customerType}
            onChange={(e) => form.update('customerType', e.currentTarget.value as CustomerType | '')}
            error={form.errorFor('customerType')}
          />
        </SimpleGrid>
        {v.customerType && (
          <Alert color="grape" variant="light" title={t(`contact.types.${v.customerType}.name`)} data-testid="open-case-type-tip">
            {t(`contact.types.${v.customerType}.tip`)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.busy}>
            {t('cases.openSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
