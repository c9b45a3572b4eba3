import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Button, Grid, Group, List, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  AcknowledgeRequest,
  ActionRequest,
  AgreeRequest,
  Case,
  CaseAction,
  CloseRequest,
  ReopenRequest,
  UnderstandRequest,
} from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/useAction';
import { useForm } from '../../components/useForm';
import { formatDateTime, formatLocalDate, todayIn } from '../../format';
import { isOverdue, type WorkStep } from './caseUi';

/**
 * Runs a write on the case: `op` names it (with `body` it picks the Idempotency-Key), `call` sends it with the key.
 * The case as the server answered, or undefined when the case had changed meanwhile (the page shows that and
 * reloads the case); other errors are thrown for the form to show.
 */
export type Work = (op: string, body: object | undefined, call: (key: string) => Promise<Case>) => Promise<Case | undefined>;

/** How many suggested phrases each step has (`cases.phrases.<STEP>.1…n`). */
const PHRASE_COUNT: Record<WorkStep, number> = { GREET: 2, UNDERSTAND: 4, AGREE: 3, DELIVER: 3, CLOSE: 2 };

const TEXT_MAX = 4000;

/** Suggested phrases for a step, in the UI language. */
export function Phrases({ step }: { step: WorkStep }) {
  const { t } = useTranslation();
  const numbers = Array.from({ length: PHRASE_COUNT[step] }, (_, i) => i + 1);
  return (
    <Paper withBorder p="sm" radius="sm" bg="gray.0" data-testid="case-phrases">
      <Title order={3} size="h5" mb="xs">
        {t('cases.phrasesTitle')}
      </Title>
      <List spacing={6} size="sm">
        {numbers.map((n) => (
          <List.Item key={n} data-testid="case-phrase">
            <q>{t(`cases.phrases.${step}.${n}`)}</q>
          </List.Item>
        ))}
      </List>
      {step === 'AGREE' && (
        <Text size="sm" mt="sm" data-testid="case-agree-hint">
          {t('cases.agreeHint')}
        </Text>
      )}
    </Paper>
  );
}

/** The current step: what it is for, its form and (beside it on wide screens, above it on a phone) its phrases. */
export function StepPanel({ c, work }: { c: Case; work: Work }) {
  const { t } = useTranslation();
  if (c.step === 'CLOSED') return <ClosedPanel c={c} work={work} />;
  const step = c.step;
  const panels: Record<WorkStep, ReactNode> = {
    GREET: <GreetForm c={c} work={work} />,
    UNDERSTAND: <UnderstandForm c={c} work={work} />,
    AGREE: <AgreeForm c={c} work={work} />,
    DELIVER: <DeliverPanel c={c} work={work} />,
    CLOSE: <CloseForm c={c} work={work} />,
  };
  return (
    <Grid gap="md" data-testid="case-step-panel" data-step={step}>
      <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
        <Phrases step={step} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t(`cases.steps.${step}`)}
          </Title>
          <Text size="sm">{t(`cases.intros.${step}`)}</Text>
          {panels[step]}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

function SubmitRow({ busy, children }: { busy: boolean; children: ReactNode }) {
  return (
    <Group justify="flex-end">
      <Button type="submit" loading={busy}>
        {children}
      </Button>
    </Group>
  );
}

function useCaseApi() {
  const api = useApi();
  const shopId = useUser().shop.id;
  return { cases: api.cases, shopId };
}

function GreetForm({ c, work }: { c: Case; work: Work }) {
  const { t } = useTranslation();
  const { cases, shopId } = useCaseApi();
  const form = useForm({ note: '' });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const note = form.values.note.trim();
    const body: AcknowledgeRequest = note ? { note } : {};
    await form.submit(async () => {
      await work('acknowledge', body, (key) => cases.acknowledge(shopId, c.id, body, key));
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('cases.steps.GREET')} data-testid="greet-form">
      <Stack gap="sm">
        <ErrorAlert error={form.error} handledFields={['note']} />
        <Textarea
          label={t('cases.greetNote')}
          description={t('cases.greetNoteHint')}
          value={form.values.note}
          onChange={(e) => form.update('note', e.currentTarget.value)}
          error={form.errorFor('note')}
          maxLength={TEXT_MAX}
          rows={2}
        />
        <SubmitRow busy={form.busy}>{t('cases.greeted')}</SubmitRow>
      </Stack>
    </form>
  );
}

function UnderstandForm({ c, work }: { c: Case; work: Work }) {
  const { t } = useTranslation();
  const { cases, shopId } = useCaseApi();
  // a reopened case keeps what was understood before: a starting point
  const form = useForm({ facts: c.facts ?? '', expectation: c.expectation ?? '' });
  const v = form.values;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors: Partial<Record<keyof typeof v, string>> = {};
    if (!v.facts.trim()) errors.facts = t('validation.required');
    if (!v.expectation.trim()) errors.expectation = t('validation.required');
    if (!form.check(errors)) return;
    const body: UnderstandRequest = { facts: v.facts.trim(), expectation: v.expectation.trim() };
    await form.submit(async () => {
      await work('understand', body, (key) => cases.understand(shopId, c.id, body, key));
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('cases.steps.UNDERSTAND')} data-testid="understand-form">
      <Stack gap="sm">
        <ErrorAlert error={form.error} handledFields={['facts', 'expectation']} />
        <Textarea
          label={t('cases.facts')}
          description={t('cases.factsHint')}
          value={v.facts}
          onChange={(e) => form.update('facts', e.currentTarget.value)}
          error={form.errorFor('facts')}
          maxLength={TEXT_MAX}
          rows={4}
          withAsterisk
        />
        <Textarea
          label={t('cases.expectation')}
          description={t('cases.expectationHint')}
          value={v.expectation}
          onChange={(e) => form.update('expectation', e.currentTarget.value)}
          error={form.errorFor('expectation')}
          maxLength={TEXT_MAX}
          rows={3}
          withAsterisk
        />
        <SubmitRow busy={form.busy}>{t('cases.understood')}</SubmitRow>
      </Stack>
    </form>
  );
}

function AgreeForm({ c, work }: { c: Case; work: Work }) {
  const { t } = useTranslation();
  const { cases, shopId } = useCaseApi();
  const form = useForm({ optionsOffered: c.optionsOffered ?? '', agreement: c.agreement ?? '' });
  const v = form.values;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors: Partial<Record<keyof typeof v, string>> = {};
    if (!v.optionsOffered.trim()) errors.optionsOffered = t('validation.required');
    if (!v.agreement.trim()) errors.agreement = t('validation.required');
    if (!form.check(errors)) return;
    const body: AgreeRequest = { optionsOffered: v.optionsOffered.trim(), agreement: v.agreement.trim() };
    await form.submit(async () => {
      await work('agree', body, (key) => cases.agree(shopId, c.id, body, key));
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('cases.steps.AGREE')} data-testid="agree-form">
      <Stack gap="sm">
        <ErrorAlert error={form.error} handledFields={['optionsOffered', 'agreement']} />
        {c.expectation && (
          <Text size="sm" data-testid="case-expectation-reminder">
            <Text span fw={600} size="sm">
              {`${t('cases.expectation')}: `}
            </Text>
            {c.expectation}
          </Text>
        )}
        <Textarea
          label={t('cases.optionsOffered')}
          description={t('cases.optionsOfferedHint')}
          value={v.optionsOffered}
          onChange={(e) => form.update('optionsOffered', e.currentTarget.value)}
          error={form.errorFor('optionsOffered')}
          maxLength={TEXT_MAX}
          rows={3}
          withAsterisk
        />
        <Textarea
          label={t('cases.agreement')}
          description={t('cases.agreementHint')}
          value={v.agreement}
          onChange={(e) => form.update('agreement', e.currentTarget.value)}
          error={form.errorFor('agreement')}
          maxLength={TEXT_MAX}
          rows={3}
          withAsterisk
        />
        <SubmitRow busy={form.busy}>{t('cases.agreed')}</SubmitRow>
      </Stack>
    </form>
  );
}

/** One promised action: what, due when (overdue in words), done when. */
export function ActionLine({ action, today, timeZone, children }: { action: CaseAction; today: string; timeZone: string; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const overdue = !action.doneAt && isOverdue(action.dueOn, today);
  return (
    <Paper component="li" withBorder p="xs" radius="sm" data-testid="case-action" data-done={!!action.doneAt || undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {action.description}
          </Text>
          {action.doneAt ? (
            <Text size="sm" data-testid="case-action-state">
              {t('cases.doneAt', { date: formatDateTime(action.doneAt, timeZone, i18n.language) })}
            </Text>
          ) : (
            <Text size="sm" c={overdue ? 'red.9' : undefined} fw={overdue ? 700 : undefined} data-testid="case-action-state">
              {t('cases.due', { date: formatLocalDate(action.dueOn, i18n.language) })}
              {overdue && ` – ${t('cases.overdue')}`}
            </Text>
          )}
        </Stack>
        {children}
      </Group>
    </Paper>
  );
}

function DeliverPanel({ c, work }: { c: Case; work: Work }) {
  const { t } = useTranslation();
  const { cases, shopId } = useCaseApi();
  const timeZone = useUser().shop.timeZone;
  const today = todayIn(timeZone);
  const completion = useAction();
  const delivery = useAction();
  const [completing, setCompleting] = useState<string>();
  const blockedId = useId();
  const open = c.actions.filter((a) => !a.doneAt);

  async function complete(action: CaseAction) {
    setCompleting(action.id);
    await completion.run(async () => {
      await work('complete', { actionId: action.id }, (key) => cases.completeAction(shopId, c.id, action.id, key));
    });
    setCompleting(undefined);
  }

  async function deliver() {
    await delivery.run(async () => {
      await work('deliver', undefined, (key) => cases.deliver(shopId, c.id, key));
    });
  }

  return (
    <Stack gap="md">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('cases.actionsTitle')}
        </Title>
        {c.actions.length === 0 ? (
          <Text size="sm" data-testid="case-no-actions">
            {t('cases.noActions')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {c.actions.map((a) => (
              <ActionLine key={a.id} action={a} today={today} timeZone={timeZone}>
                {!a.doneAt && (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => void complete(a)}
                    loading={completing === a.id}
                    disabled={!!completing && completing !== a.id}
                    aria-label={t('cases.markDoneLabel', { description: a.description })}
                    style={{ flexShrink: 0 }}
                  >
                    {t('cases.markDone')}
                  </Button>
                )}
              </ActionLine>
            ))}
          </Stack>
        )}
        <ErrorAlert error={completion.error} />
      </Stack>
      <AddActionForm c={c} work={work} today={today} />
      <Stack gap={4}>
        <ErrorAlert error={delivery.error} handledFields={[]} />
        <Group justify="flex-end" align="center" gap="sm">
          {open.length > 0 && (
            <Text size="sm" id={blockedId} data-testid="deliver-blocked">
              {t('cases.deliverBlocked', { count: open.length })}
            </Text>
          )}
          <Button
            onClick={() => void deliver()}
            loading={delivery.busy}
            disabled={open.length > 0}
            aria-describedby={open.length > 0 ? blockedId : undefined}
          >
            {t('cases.delivered')}
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}

function AddActionForm({ c, work, today }: { c: Case; work: Work; today: string }) {
  const { t } = useTranslation();
  const { cases, shopId } = useCaseApi();
  const form = useForm({ description: '', dueOn: '' });
  const v = form.values;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors: Partial<Record<keyof typeof v, string>> = {};
    if (!v.description.trim()) errors.description = t('validation.required');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v.dueOn)) errors.dueOn = t('validation.required');
    else if (v.dueOn < today) errors.dueOn = t('cases.dueInvalid');
    if (!form.check(errors)) return;
    const body: ActionRequest = { description: v.description.trim(), dueOn: v.dueOn };
    await form.submit(async () => {
      const updated = await work('plan', body, (key) => cases.planAction(shopId, c.id, body, key));
      if (updated) form.setValues({ description: '', dueOn: '' });
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('cases.addAction')} data-testid="add-action-form">
      <Stack gap="sm">
        <ErrorAlert error={form.error} handledFields={['description', 'dueOn']} />
        <Group align="flex-start" wrap="wrap" gap="sm">
          <TextInput
            label={t('cases.actionDescription')}
            value={v.description}
            onChange={(e) => form.update('description', e.currentTarget.value)}
            error={form.errorFor('description')}
            maxLength={TEXT_MAX}
            withAsterisk
            style={{ flex: '1 1 240px' }}
          />
          <TextInput
            label={t('cases.dueOn')}
            type="date"
            min={today}
            value={v.dueOn}
            onChange={(e) => form.update('dueOn', e.currentTarget.value)}
            error={form.errorFor('dueOn')}
            withAsterisk
            style={{ flex: '0 1 180px' }}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={form.busy}>
            {t('cases.addAction')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type Scores = { expectedQuality: string; perceivedQuality: string; satisfaction: string; effort: string };
const SCORES: { field: keyof Scores; scale: 'quality' | 'csat' | 'effortScale'; max: number }[] = [
  { field: 'expectedQuality', scale: 'quality', max: 5 },
  { field: 'perceivedQuality', scale: 'quality', max: 5 },
  { field: 'satisfaction', scale: 'csat', max: 5 },
  { field: 'effort', scale: 'effortScale', max: 7 },
];

function CloseForm({ c, work }: { c: Case; work: Work }) {
  const { t } = useTranslation();
  const { cases, shopId } = useCaseApi();
  const form = useForm({ expectedQuality: '', perceivedQuality: '', satisfaction: '', effort: '', note: '' });
  const v = form.values;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const body: CloseRequest = {};
    for (const { field } of SCORES) if (v[field]) body[field] = Number(v[field]);
    if (v.note.trim()) body.note = v.note.trim();
    await form.submit(async () => {
      await work('close', body, (key) => cases.close(shopId, c.id, body, key));
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('cases.steps.CLOSE')} data-testid="close-form">
      <Stack gap="sm">
        <ErrorAlert error={form.error} handledFields={['expectedQuality', 'perceivedQuality', 'satisfaction', 'effort', 'note']} />
        <Grid gap="sm">
          {SCORES.map(({ field, scale, max }) => (
            <Grid.Col key={field} span={{ base: 12, sm: 6 }}>
              <NativeSelect
                label={t(`cases.${field}`)}
                description={t(`cases.${field}Hint`)}
                data={[
                  { value: '', label: t('cases.notAsked') },
                  ...Array.from({ length: max }, (_, i) => ({ value: String(i + 1), label: t(`cases.${scale}.${i + 1}`) })),
                ]}
                value={v[field]}
                onChange={(e) => form.update(field, e.currentTarget.value)}
                error={form.errorFor(field)}
              />
            </Grid.Col>
          ))}
        </Grid>
        <Textarea
          label={t('cases.closeNote')}
          value={v.note}
          onChange={(e) => form.update('note', e.currentTarget.value)}
          error={form.errorFor('note')}
          maxLength={TEXT_MAX}
          rows={2}
        />
        <SubmitRow busy={form.busy}>{t('cases.close')}</SubmitRow>
      </Stack>
    </form>
  );
}

/** A closed case: how satisfied the customer was (scores and verdict in words) and reopening with a reason. */
function ClosedPanel({ c, work }: { c: Case; work: Work }) {
  const { t, i18n } = useTranslation();
  const { cases, shopId } = useCaseApi();
  const timeZone = useUser().shop.timeZone;
  const form = useForm({ reason: '' });
  const s = c.satisfaction;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!form.check(form.values.reason.trim() ? {} : { reason: t('validation.required') })) return;
    const body: ReopenRequest = { reason: form.values.reason.trim() };
    await form.submit(async () => {
      await work('reopen', body, (key) => cases.reopen(shopId, c.id, body, key));
    });
  }

  return (
    <Grid gap="md" data-testid="case-step-panel" data-step="CLOSED">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="xs" data-testid="case-summary">
          <Title order={2} size="h4">
            {t('cases.summary')}
          </Title>
          {c.closedAt && (
            <Text size="sm">{t('cases.closedOn', { date: formatDateTime(c.closedAt, timeZone, i18n.language) })}</Text>
          )}
          <Text size="sm" data-testid="case-verdict">
            <Text span fw={600} size="sm">
              {`${t('cases.verdict')}: `}
            </Text>
            {s.verdict ? t(`cases.verdicts.${s.verdict}`) : t('cases.noVerdict')}
          </Text>
          {SCORES.map(({ field, max }) => {
            const score = s[field];
            return (
              <Text size="sm" key={field} data-testid={`case-score-${field}`}>
                {`${t(`cases.${field}`)}: `}
                {score != null ? t('cases.scoreOf', { score, max }) : t('cases.notAsked')}
              </Text>
            );
          })}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <form onSubmit={onSubmit} noValidate aria-label={t('cases.reopen')} data-testid="reopen-form">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('cases.reopen')}
            </Title>
            <ErrorAlert error={form.error} handledFields={['reason']} />
            <Textarea
              label={t('cases.reopenReason')}
              value={form.values.reason}
              onChange={(e) => form.update('reason', e.currentTarget.value)}
              error={form.errorFor('reason')}
              maxLength={TEXT_MAX}
              rows={2}
              withAsterisk
            />
            <Group justify="flex-end">
              <Button type="submit" variant="light" loading={form.busy}>
                {t('cases.reopen')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Grid.Col>
    </Grid>
  );
}

/** Reminder shown above the step: something happened meanwhile (the case is reloaded). */
export function ConflictAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Stack gap={4} data-testid="case-conflict">
      <ErrorAlert error={error} handledFields={[]} />
      <Text size="sm">{t('cases.reloaded')}</Text>
    </Stack>
  );
}
