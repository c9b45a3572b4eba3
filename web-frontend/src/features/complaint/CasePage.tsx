import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  CASE_CATEGORIES,
  CASE_SEVERITIES,
  IdempotencyKeys,
  isApiError,
  type AssignRequest,
  type Case,
  type CaseCategory,
  type CaseEntry,
  type CaseSeverity,
  type ClassifyRequest,
  type NoteRequest,
} from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePageTitle } from '../../components/DocumentTitle';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useAction } from '../../components/useAction';
import { useForm } from '../../components/useForm';
import { useLoad } from '../../components/useLoad';
import { formatDateTime, todayIn } from '../../format';
import { CaseGoodwill } from '../goodwill/CaseGoodwill';
import { ActionLine, ConflictAlert, StepPanel, type Work } from './CaseStepPanels';
import { SeverityBadge, StepBadge, WORK_STEPS, stepIndex } from './caseUi';

/**
 * Conflicts that mean the case changed under the page (another step, another owner, closed or reopened meanwhile):
 * shown above the step, since the form that met them may be gone once the case is reloaded.
 */
const PAGE_CONFLICTS = new Set([
  'case-wrong-step',
  'case-owned-by-other',
  'case-closed',
  'case-not-closed',
  'case-already-assigned',
  'case-action-done',
]);

function Detail({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md" align="flex-start">
      <Text size="sm" fw={600} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" ta="right" style={{ overflowWrap: 'anywhere' }} data-testid={testId}>
        {children}
      </Text>
    </Group>
  );
}

/**
 * `/admin/cases/:caseId`: one complaint case — its details and owner (take over, hand on), the interaction cycle
 * as a stepper with the current step's form and suggested phrases, what was recorded in earlier steps, a note, the
 * classification and the timeline. Every write answers the case as it is afterwards, which replaces the shown one.
 */
export function CasePage() {
  const { t } = useTranslation();
  const api = useApi();
  const user = useUser();
  const shop = user.shop;
  const { caseId = '' } = useParams();
  const loaded = useLoad(() => api.cases.get(shop.id, caseId), [api, shop.id, caseId]);
  usePageTitle(loaded.data && `${t('cases.number', { number: loaded.data.number })} ${loaded.data.subject}`);
  const keys = useRef(new IdempotencyKeys());
  const [conflict, setConflict] = useState<unknown>();
  const phone = useMediaQuery('(max-width: 48em)');

  const work: Work = async (op, body, call) => {
    try {
      // the key follows the write and its body: a retry after a lost answer reuses it, anything else gets a new one
      const updated = await keys.current.run({ op, caseId, body }, call);
      setConflict(undefined);
      loaded.setData(updated);
      return updated;
    } catch (e) {
      if (isApiError(e) && e.status === 409) {
        void loaded.reload();
        if (PAGE_CONFLICTS.has(e.code)) {
          setConflict(e);
          return undefined;
        }
      }
      throw e;
    }
  };

  const back = (
    <Anchor component={Link} to="/admin/cases" size="sm">
      ← {t('cases.back')}
    </Anchor>
  );
  if (!loaded.data) {
    return (
      <Stack>
        {back}
        {loaded.error ? <LoadError error={loaded.error} onRetry={() => void loaded.reload()} /> : <Loading />}
      </Stack>
    );
  }
  const c = loaded.data;
  const active = c.step === 'CLOSED' ? WORK_STEPS.length : stepIndex(c.step);

  return (
    <Stack maw={1100}>
      {back}
      <CaseHeader c={c} work={work} />

      <Card withBorder>
        <Stack gap="md">
          <Stepper
            active={active}
            orientation={phone ? 'vertical' : 'horizontal'}
            size="sm"
            role="list"
            aria-label={t('cases.cycle')}
            // the state under each step is small text: the normal text colour, not the dimmed one (contrast)
            styles={{ stepDescription: { color: 'var(--mantine-color-text)' } }}
            data-testid="case-stepper"
          >
            {WORK_STEPS.map((s, i) => (
              <Stepper.Step
                key={s}
                // a step is no button here: it only shows where the case stands
                {...({ component: 'div' } as object)}
                role="listitem"
                aria-current={i === active ? 'step' : undefined}
                label={t(`cases.steps.${s}`)}
                description={i < active ? t('cases.stepDone') : i === active ? t('cases.stepCurrent') : undefined}
                data-testid={`case-stepper-${s}`}
              />
            ))}
          </Stepper>
          <ConflictAlert error={conflict} />
          <StepPanel key={`${c.step}-${c.reopens}`} c={c} work={work} />
        </Stack>
      </Card>

      <CaseGoodwill c={c} onCaseChanged={() => void loaded.reload()} />

      <CaseRecord c={c} />

      <SimpleGrid cols={{ base: 1, md: c.step === 'CLOSED' ? 1 : 2 }}>
        <Card withBorder>
          <NoteForm c={c} work={work} />
        </Card>
        {c.step !== 'CLOSED' && (
          <Card withBorder>
            <ClassifyForm key={`${c.category}-${c.severity}`} c={c} work={work} />
          </Card>
        )}
      </SimpleGrid>

      <Card withBorder>
        <CaseTimeline entries={c.timeline} />
      </Card>
    </Stack>
  );
}

/** Number, subject, badges, the complaint's details with the customer type's tip, and the owner. */
function CaseHeader({ c, work }: { c: Case; work: Work }) {
  const { t, i18n } = useTranslation();
  const shop = useUser().shop;
  const lang = i18n.language;
  return (
    <>
      <Group gap="sm" align="center" wrap="wrap">
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }} data-testid="case-title">
          {`${t('cases.number', { number: c.number })} ${c.subject}`}
        </Title>
        <Group gap={6}>
          <StepBadge step={c.step} />
          <SeverityBadge severity={c.severity} />
        </Group>
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap={6}>
            <Detail label={t('cases.customer')}>
              <Anchor component={Link} to={`/admin/customers/${c.customerId}`} size="sm" data-testid="case-customer">
                {c.customerName}
              </Anchor>
            </Detail>
            <Detail label={t('cases.category')} testId="case-category">
              {t(`cases.categories.${c.category}`)}
            </Detail>
            <Detail label={t('cases.severity')}>{t(`cases.severities.${c.severity}`)}</Detail>
            <Detail label={t('cases.channel')}>{t(`contact.channels.${c.channel}`)}</Detail>
            <Detail label={t('contact.customerType')} testId="case-customer-type">
              {c.customerType ? t(`contact.types.${c.customerType}.name`) : '–'}
            </Detail>
            <Detail label={t('cases.received')}>{formatDateTime(c.receivedAt, shop.timeZone, lang)}</Detail>
            <Detail label={t('cases.handoffsReopens')}>
              {t('cases.handoffsReopensValue', { handoffs: c.handoffs, reopens: c.reopens })}
            </Detail>
          </Stack>
          <Stack gap="sm">
            {c.description && (
              <div>
                <Text size="sm" fw={600}>
                  {t('cases.description')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="case-description">
                  {c.description}
                </Text>
              </div>
            )}
            <OwnerControls c={c} work={work} />
          </Stack>
        </SimpleGrid>
        {c.customerType && (
          <Alert
            mt="md"
            color="grape"
            variant="light"
            title={t(`contact.types.${c.customerType}.name`)}
            data-testid="case-type-tip"
          >
            {t(`contact.types.${c.customerType}.tip`)}
          </Alert>
        )}
      </Card>
    </>
  );
}

/** The owner; "Take over" for anyone else, "Hand on" to another staff member (while the case is open). */
function OwnerControls({ c, work }: { c: Case; work: Work }) {
  const { t } = useTranslation();
  const api = useApi();
  const user = useUser();
  const takeOver = useAction();
  const [handingOn, setHandingOn] = useState(false);
  const mine = c.assignee?.id === user.id;

  async function onTakeOver() {
    const body: AssignRequest = { assigneeId: user.id };
    await takeOver.run(async () => {
      await work('assign', body, (key) => api.cases.assign(user.shop.id, c.id, body, key));
    });
  }

  return (
    <Stack gap="xs" data-testid="case-owner-controls">
      <Text size="sm">
        <Text span fw={600} size="sm">
          {`${t('cases.owner')}: `}
        </Text>
        <span data-testid="case-owner">
          {c.assignee ? (mine ? t('cases.ownerYou', { name: c.assignee.name }) : c.assignee.name) : t('cases.unassigned')}
        </span>
      </Text>
      {c.step !== 'CLOSED' && (
        <Group gap="xs">
          {!mine && (
            <Button size="xs" onClick={() => void onTakeOver()} loading={takeOver.busy}>
              {t('cases.takeOver')}
            </Button>
          )}
          <Button size="xs" variant="default" onClick={() => setHandingOn(true)}>
            {t('cases.handOn')}
          </Button>
        </Group>
      )}
      <ErrorAlert error={takeOver.error} />
      <Modal opened={handingOn} onClose={() => setHandingOn(false)} title={t('cases.handOnTitle')}>
        <HandOnForm c={c} work={work} onDone={() => setHandingOn(false)} />
      </Modal>
    </Stack>
  );
}

function HandOnForm({ c, work, onDone }: { c: Case; work: Work; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const user = useUser();
  const assignees = useLoad(() => api.cases.assignees(user.shop.id), [api, user.shop.id]);
  const form = useForm({ assigneeId: '', note: '' });
  const v = form.values;
  const options = (assignees.data?.items ?? []).filter((a) => a.id !== c.assignee?.id);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!form.check(v.assigneeId ? {} : { assigneeId: t('validation.required') })) return;
    const body: AssignRequest = { assigneeId: v.assigneeId, ...(v.note.trim() ? { note: v.note.trim() } : {}) };
    await form.submit(async () => {
      await work('assign', body, (key) => api.cases.assign(user.shop.id, c.id, body, key));
      // done, or the case changed meanwhile (the page says so): either way this dialog has nothing left to do
      onDone();
    });
  }

  if (!assignees.data) {
    return assignees.error ? <LoadError error={assignees.error} onRetry={() => void assignees.reload()} /> : <Loading />;
  }
  return (
    <form onSubmit={onSubmit} noValidate data-testid="hand-on-form">
      <Stack gap="sm">
        <ErrorAlert error={form.error} handledFields={['assigneeId', 'note']} />
        <NativeSelect
          label={t('cases.handOnTo')}
          data={[
            { value: '', label: t('cases.choose') },
            ...options.map((a) => ({
              value: a.id,
              label: `${a.id === user.id ? t('cases.ownerYou', { name: a.name }) : a.name} (${t(`role.${a.role}`, { defaultValue: a.role })})`,
            })),
          ]}
          value={v.assigneeId}
          onChange={(e) => form.update('assigneeId', e.currentTarget.value)}
          error={form.errorFor('assigneeId')}
          withAsterisk
          data-autofocus
        />
        <Textarea
          label={t('cases.handOnNote')}
          value={v.note}
          onChange={(e) => form.update('note', e.currentTarget.value)}
          error={form.errorFor('note')}
          maxLength={4000}
          rows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.busy}>
            {t('cases.handOn')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What earlier steps recorded, read-only: facts and expectation, options and agreement, the actions. */
function CaseRecord({ c }: { c: Case }) {
  const { t } = useTranslation();
  const timeZone = useUser().shop.timeZone;
  const at = stepIndex(c.step);
  const understood = at > stepIndex('UNDERSTAND') && (c.facts || c.expectation);
  const agreed = at > stepIndex('AGREE') && (c.optionsOffered || c.agreement);
  const actions = at > stepIndex('DELIVER') && c.actions.length > 0;
  if (!understood && !agreed && !actions) return null;
  const today = todayIn(timeZone);
  const block = (label: string, text: string | null | undefined, testId: string) =>
    text ? (
      <div>
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={testId}>
          {text}
        </Text>
      </div>
    ) : null;
  return (
    <Card withBorder data-testid="case-record">
      <Title order={2} size="h4" mb="sm">
        {t('cases.record')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {understood && (
          <Stack gap="xs">
            {block(t('cases.facts'), c.facts, 'case-facts')}
            {block(t('cases.expectation'), c.expectation, 'case-expectation')}
          </Stack>
        )}
        {agreed && (
          <Stack gap="xs">
            {block(t('cases.optionsOffered'), c.optionsOffered, 'case-options')}
            {block(t('cases.agreement'), c.agreement, 'case-agreement')}
          </Stack>
        )}
      </SimpleGrid>
      {actions && (
        <Stack gap="xs" mt="md">
          <Text size="sm" fw={600}>
            {t('cases.actionsTitle')}
          </Text>
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {c.actions.map((a) => (
              <ActionLine key={a.id} action={a} today={today} timeZone={timeZone} />
            ))}
          </Stack>
        </Stack>
      )}
    </Card>
  );
}

function NoteForm({ c, work }: { c: Case; work: Work }) {
  const { t } = useTranslation();
  const api = useApi();
  const shopId = useUser().shop.id;
  const form = useForm({ text: '' });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const text = form.values.text.trim();
    if (!form.check(text ? {} : { text: t('validation.required') })) return;
    const body: NoteRequest = { text };
    await form.submit(async () => {
      const updated = await work('note', body, (key) => api.cases.note(shopId, c.id, body, key));
      if (updated) form.setValues({ text: '' });
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('cases.noteTitle')} data-testid="note-form">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('cases.noteTitle')}
        </Title>
        <ErrorAlert error={form.error} handledFields={['text']} />
        <Textarea
          label={t('cases.noteText')}
          description={t('cases.noteHint')}
          value={form.values.text}
          onChange={(e) => form.update('text', e.currentTarget.value)}
          error={form.errorFor('text')}
          maxLength={4000}
          rows={2}
          withAsterisk
        />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={form.busy}>
            {t('cases.addNote')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ClassifyForm({ c, work }: { c: Case; work: Work }) {
  const { t } = useTranslation();
  const api = useApi();
  const shopId = useUser().shop.id;
  const form = useForm({ category: c.category as CaseCategory, severity: c.severity as CaseSeverity });
  const v = form.values;
  const unchanged = v.category === c.category && v.severity === c.severity;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const body: ClassifyRequest = { category: v.category, severity: v.severity };
    await form.submit(async () => {
      await work('classify', body, (key) => api.cases.classify(shopId, c.id, body, key));
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('cases.classifyTitle')} data-testid="classify-form">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('cases.classifyTitle')}
        </Title>
        <ErrorAlert error={form.error} handledFields={['category', 'severity']} />
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
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={form.busy} disabled={unchanged}>
            {t('cases.classify')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "PRODUCT_QUALITY/LOW → BILLING/HIGH" of a CLASSIFIED entry in words; other texts as they are. */
function useEntryText() {
  const { t } = useTranslation();
  return (entry: CaseEntry): string | undefined => {
    if (!entry.text) return undefined;
    if (entry.kind !== 'CLASSIFIED') return entry.text;
    const m = /^(\w+)\/(\w+) → (\w+)\/(\w+)$/.exec(entry.text);
    if (!m) return entry.text;
    const words = (category: string, severity: string) =>
      `${t(`cases.categories.${category}`, { defaultValue: category })}, ${t(`cases.severities.${severity}`, { defaultValue: severity })}`;
    return `${words(m[1], m[2])} → ${words(m[3], m[4])}`;
  };
}

/** The case's timeline, oldest first: when (shop's zone), what in words, by whom, and its text. */
function CaseTimeline({ entries }: { entries: CaseEntry[] }) {
  const { t, i18n } = useTranslation();
  const timeZone = useUser().shop.timeZone;
  const entryText = useEntryText();
  const sorted = [...entries].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('cases.timeline')}
      </Title>
      <Text size="sm">{t('cases.timelineOrder')}</Text>
      <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} data-testid="case-timeline">
        {sorted.map((e, i) => {
          const text = entryText(e);
          return (
            <Card
              component="li"
              key={`${e.at}-${i}`}
              withBorder
              p="xs"
              radius="sm"
              data-testid="timeline-entry"
              data-kind={e.kind}
              style={{ borderLeft: '4px solid var(--mantine-color-teal-9)' }}
            >
              <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
                <Text size="sm" fw={600} data-testid="timeline-what">
                  {t(`cases.kinds.${e.kind}`, { defaultValue: e.kind })}
                  {e.assignee && ` ${t('cases.toName', { name: e.assignee.name })}`}
                </Text>
                <Text size="sm" data-testid="timeline-when">
                  {`${formatDateTime(e.at, timeZone, i18n.language)} · ${e.by}`}
                </Text>
              </Group>
              {text && (
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="timeline-text">
                  {text}
                </Text>
              )}
            </Card>
          );
        })}
      </Stack>
    </Stack>
  );
}
