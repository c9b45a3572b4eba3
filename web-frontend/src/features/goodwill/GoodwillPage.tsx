import { useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  IdempotencyKeys,
  isApiError,
  type Assignee,
  type Gesture,
  type GoodwillLimits,
  type GoodwillLimitsInput,
  type GoodwillPolicy,
  type GoodwillPolicyInput,
} from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert, serverFieldErrors } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useAction } from '../../components/useAction';
import { useForm } from '../../components/useForm';
import { useLoad } from '../../components/useLoad';
import { amountForInput, compareAmounts, currencyFractionDigits, formatMoney, parseAmount } from '../../format';
import { useStepUp } from '../security/StepUp';
import { GestureCards, parseLimit, useGestureWhat } from './goodwillUi';

/**
 * `/admin/goodwill` (OWNER): the requests waiting for a decision (approve, reject — never one's own), the fee
 * refunds to pay (with the CSV for accounting) and the goodwill policy: a point's worth, the monthly budget, the
 * agents' limits and own limits of single agents.
 */
export function GoodwillPage() {
  const { t } = useTranslation();
  // an approved fee refund is one to pay: the refunds follow every decision
  const [decisions, setDecisions] = useState(0);
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('goodwill.pageTitle')}
      </Title>
      <Text size="sm">{t('goodwill.pageIntro')}</Text>
      <ApprovalQueue onDecided={() => setDecisions((n) => n + 1)} />
      <Refunds decisions={decisions} />
      <PolicyCard />
    </Stack>
  );
}

// ── approvals ───────────────────────────────────────────────────────────────────────────────────────────────────

function ApprovalQueue({ onDecided: decidedHere }: { onDecided: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const shop = useUser().shop;
  const approvals = useLoad(() => api.goodwill.approvals(shop.id), [api, shop.id]);
  const what = useGestureWhat();
  const [decided, setDecided] = useState<{ text: string; outdated?: boolean }>();

  function onDecided(g: Gesture) {
    const cost = formatMoney(g.cost, g.currency, i18n.language);
    setDecided({
      text:
        g.status === 'ISSUED'
          ? t('goodwill.approvedNotice', { what: what(g), cost })
          : t('goodwill.rejectedNotice', { what: what(g), cost }),
    });
    void approvals.reload();
    decidedHere();
  }

  /** Another owner decided it meanwhile: it leaves the queue, so the notice says why. */
  function onOutdated(g: Gesture) {
    setDecided({ text: t('goodwill.decidedMeanwhile', { what: what(g) }), outdated: true });
    void approvals.reload();
    decidedHere();
  }

  const items = approvals.data?.items ?? [];
  return (
    <Card withBorder data-testid="goodwill-approvals">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('goodwill.approvalsTitle')}
        </Title>
        <Text size="sm">{t('goodwill.approvalsIntro')}</Text>
        {decided && (
          <Alert
            color={decided.outdated ? 'yellow' : 'teal'}
            withCloseButton
            onClose={() => setDecided(undefined)}
            data-testid="goodwill-decided"
          >
            {decided.text}
          </Alert>
        )}
        <LoadError error={approvals.error} onRetry={() => void approvals.reload()} />
        {!approvals.data ? (
          !approvals.error && <Loading />
        ) : items.length === 0 ? (
          <Text size="sm" data-testid="approvals-empty">
            {t('goodwill.approvalsEmpty')}
          </Text>
        ) : (
          <GestureCards
            gestures={items}
            timeZone={shop.timeZone}
            showCase
            testId="approval-list"
            actions={(g) => <DecisionForm gesture={g} onDecided={onDecided} onOutdated={() => onOutdated(g)} />}
          />
        )}
      </Stack>
    </Card>
  );
}

/** Approve (reason optional; may ask for the second factor again) or reject (reason required) one request. */
function DecisionForm({
  gesture,
  onDecided,
  onOutdated,
}: {
  gesture: Gesture;
  onDecided: (g: Gesture) => void;
  onOutdated: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const user = useUser();
  const shopId = user.shop.id;
  const stepUp = useStepUp();
  const keys = useRef(new IdempotencyKeys());
  const form = useForm({ reason: '' });
  const [busy, setBusy] = useState<'approve' | 'reject'>();

  async function decide(mode: 'approve' | 'reject') {
    const reason = form.values.reason.trim();
    if (mode === 'reject' && !form.check(reason ? {} : { reason: t('goodwill.rejectReasonRequired') })) return;
    if (mode === 'approve') form.check({});
    setBusy(mode);
    try {
      await form.submit(async () => {
        try {
          const decided =
            mode === 'approve'
              ? await keys.current.run({ mode, id: gesture.id, reason }, (key) =>
                  // approving may need the owner's second factor again (403 second-factor-recheck-required)
                  stepUp(() => api.goodwill.approve(shopId, gesture.id, reason ? { reason } : {}, key)),
                )
              : await keys.current.run({ mode, id: gesture.id, reason }, (key) =>
                  api.goodwill.reject(shopId, gesture.id, { reason }, key),
                );
          onDecided(decided);
        } catch (err) {
          // another owner decided it meanwhile
          if (isApiError(err) && err.code === 'gesture-decided') onOutdated();
          throw err;
        }
      });
    } finally {
      setBusy(undefined);
    }
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void decide('approve');
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('goodwill.decideTitle')} data-testid="decision-form">
      <Stack gap="xs" mt="xs">
        {gesture.requestedById === user.id && (
          <Text size="sm" fw={600} data-testid="gesture-own-request">
            {t('goodwill.ownRequest')}
          </Text>
        )}
        <ErrorAlert
          error={form.error}
          handledFields={['reason']}
          titles={{ 'four-eyes': t('goodwill.fourEyes'), 'gesture-decided': t('goodwill.alreadyDecided') }}
        />
        <Textarea
          label={t('goodwill.reason')}
          description={t('goodwill.reasonHint')}
          value={form.values.reason}
          onChange={(e) => form.update('reason', e.currentTarget.value)}
          error={form.errorFor('reason')}
          maxLength={4000}
          rows={2}
        />
        <Group gap="xs" justify="flex-end">
          <Button
            color="red"
            variant="light"
            onClick={() => void decide('reject')}
            loading={busy === 'reject'}
            disabled={busy === 'approve'}
            data-testid="gesture-reject"
          >
            {t('goodwill.reject')}
          </Button>
          <Button type="submit" loading={busy === 'approve'} disabled={busy === 'reject'} data-testid="gesture-approve">
            {t('goodwill.approve')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

// ── refunds ─────────────────────────────────────────────────────────────────────────────────────────────────────

type RefundView = 'open' | 'all';

function Refunds({ decisions }: { decisions: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const shop = useUser().shop;
  const [view, setView] = useState<RefundView>('open');
  const paid = view === 'open' ? false : undefined;
  const refunds = useLoad(() => api.goodwill.refunds(shop.id, paid), [api, shop.id, paid, decisions]);
  const items = refunds.data?.items ?? [];

  return (
    <Card withBorder data-testid="goodwill-refunds">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('goodwill.refundsTitle')}
        </Title>
        <Text size="sm">{t('goodwill.refundsIntro')}</Text>
        <Group justify="space-between" gap="sm" wrap="wrap">
          <SegmentedControl
            aria-label={t('goodwill.refundsShow')}
            data={[
              { value: 'open', label: t('goodwill.refundsOpen') },
              { value: 'all', label: t('goodwill.refundsAll') },
            ]}
            value={view}
            onChange={(value) => setView(value as RefundView)}
          />
          <Button
            component="a"
            href={api.goodwill.refundsCsvUrl(shop.id, paid)}
            download
            variant="default"
            size="sm"
            data-testid="refunds-csv"
          >
            {view === 'open' ? t('goodwill.csvOpen') : t('goodwill.csvAll')}
          </Button>
        </Group>
        <LoadError error={refunds.error} onRetry={() => void refunds.reload()} />
        {!refunds.data ? (
          !refunds.error && <Loading />
        ) : items.length === 0 ? (
          <Text size="sm" data-testid="refunds-empty">
            {view === 'open' ? t('goodwill.refundsNoneOpen') : t('goodwill.refundsNone')}
          </Text>
        ) : (
          <GestureCards
            gestures={items}
            timeZone={shop.timeZone}
            showCase
            testId="refund-list"
            actions={(g) => (g.refundPaidAt ? null : <MarkPaid gesture={g} onPaid={() => void refunds.reload()} />)}
          />
        )}
      </Stack>
    </Card>
  );
}

function MarkPaid({ gesture, onPaid }: { gesture: Gesture; onPaid: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const shopId = useUser().shop.id;
  const action = useAction();
  const what = useGestureWhat();

  async function onClick() {
    await action.run(async () => {
      await api.goodwill.markRefundPaid(shopId, gesture.id);
      onPaid();
    });
  }

  return (
    <Stack gap="xs" mt="xs">
      <ErrorAlert error={action.error} />
      <Group justify="flex-end">
        <Button
          size="xs"
          variant="light"
          onClick={() => void onClick()}
          loading={action.busy}
          aria-label={t('goodwill.markPaidNamed', { what: what(gesture) })}
          data-testid="refund-mark-paid"
        >
          {t('goodwill.markPaid')}
        </Button>
      </Group>
    </Stack>
  );
}

// ── policy ──────────────────────────────────────────────────────────────────────────────────────────────────────

interface LimitValues {
  perGesture: string;
  perCase: string;
  perMonth: string;
}
interface OwnRow extends LimitValues {
  /** Stable key of the row while editing. */
  key: number;
  staffId: string;
}
interface PolicyValues extends LimitValues {
  pointValue: string;
  monthlyBudget: string;
  own: OwnRow[];
}

const LIMIT_FIELDS = ['perGesture', 'perCase', 'perMonth'] as const;
const POINT_VALUE_MAX = '10';

function limitValues(l: GoodwillLimits, language: string): LimitValues {
  return {
    perGesture: amountForInput(l.perGesture, language),
    perCase: amountForInput(l.perCase, language),
    perMonth: amountForInput(l.perMonth, language),
  };
}

function PolicyCard() {
  const { t } = useTranslation();
  const api = useApi();
  const shop = useUser().shop;
  const policy = useLoad(() => api.goodwill.policy(shop.id), [api, shop.id]);
  const assignees = useLoad(() => api.cases.assignees(shop.id), [api, shop.id]);
  return (
    <Card withBorder data-testid="goodwill-policy">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('goodwill.policyTitle')}
        </Title>
        <Text size="sm">{t('goodwill.policyIntro')}</Text>
        <LoadError error={policy.error} onRetry={() => void policy.reload()} />
        <LoadError error={assignees.error} onRetry={() => void assignees.reload()} />
        {policy.data && assignees.data ? (
          <PolicyForm policy={policy.data} agents={assignees.data.items.filter((a) => a.role === 'AGENT')} />
        ) : (
          !policy.error && !assignees.error && <Loading />
        )}
      </Stack>
    </Card>
  );
}

function PolicyForm({ policy, agents }: { policy: GoodwillPolicy; agents: Assignee[] }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const shop = useUser().shop;
  const lang = i18n.language;
  const digits = currencyFractionDigits(shop.currency);
  const nextKey = useRef(0);
  const toValues = (p: GoodwillPolicy): PolicyValues => ({
    pointValue: amountForInput(p.pointValue, lang),
    monthlyBudget: amountForInput(p.monthlyBudget, lang),
    ...limitValues(p.agentLimits, lang),
    own: p.ownLimits.map((o) => ({ key: nextKey.current++, staffId: o.staffId, ...limitValues(o.limits, lang) })),
  });
  const [values, setValues] = useState<PolicyValues>(() => toValues(policy));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const save = useAction();
  const [saved, setSaved] = useState(false);
  const server = serverFieldErrors(save.error);
  const errorFor = (key: string) => clientErrors[key] ?? server[key];
  const names = new Map(agents.map((a) => [a.id, a.name]));

  function edit(change: (v: PolicyValues) => PolicyValues, field?: string) {
    setValues(change);
    setSaved(false);
    if (field) setClientErrors((c) => ({ ...c, [field]: '' }));
  }

  function editRow(index: number, field: keyof OwnRow, value: string, errorKey: string) {
    edit((v) => ({ ...v, own: v.own.map((r, i) => (i === index ? { ...r, [field]: value } : r)) }), errorKey);
  }

  function addRow() {
    const taken = new Set(values.own.map((r) => r.staffId));
    const agent = agents.find((a) => !taken.has(a.id));
    edit((v) => ({
      ...v,
      own: [
        ...v.own,
        { key: nextKey.current++, staffId: agent?.id ?? '', perGesture: v.perGesture, perCase: v.perCase, perMonth: v.perMonth },
      ],
    }));
  }

  function removeRow(index: number) {
    edit((v) => ({ ...v, own: v.own.filter((_, i) => i !== index) }));
    setClientErrors({});
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors: Record<string, string> = {};
    const limits = (l: LimitValues, prefix: string): GoodwillLimitsInput => {
      const out = {} as GoodwillLimitsInput;
      for (const f of LIMIT_FIELDS) {
        const parsed = parseLimit(l[f], 2);
        if (parsed === undefined) errors[`${prefix}${f}`] = t('goodwill.invalidLimit');
        out[f] = parsed ?? '';
      }
      return out;
    };
    const pointValue = parseAmount(values.pointValue, 4, lang);
    if (!pointValue || compareAmounts(pointValue, POINT_VALUE_MAX) > 0) errors.pointValue = t('goodwill.invalidPointValue');
    const monthlyBudget = parseLimit(values.monthlyBudget, Math.min(digits, 2));
    if (monthlyBudget === undefined) errors.monthlyBudget = t('goodwill.invalidLimit');
    const body: GoodwillPolicyInput = {
      pointValue: pointValue ?? '',
      monthlyBudget: monthlyBudget ?? '',
      agentLimits: limits(values, ''),
      ownLimits: values.own.map((row, i) => {
        if (!row.staffId) errors[`ownLimits[${i}].staffId`] = t('validation.required');
        return { staffId: row.staffId, limits: limits(row, `ownLimits[${i}].limits.`) };
      }),
    };
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setSaved(false);
    if (save.busy) return;
    const ok = await save.run(async () => {
      const answer = await api.goodwill.setPolicy(shop.id, body);
      setValues(toValues(answer));
    });
    setSaved(ok);
  }

  const money = (label: string) => t(label, { currency: shop.currency });
  const limitInputs = (row: LimitValues, prefix: string, onChange: (f: keyof LimitValues, value: string) => void, who?: string) =>
    LIMIT_FIELDS.map((f) => (
      <TextInput
        key={f}
        label={money(`goodwill.limitLabels.${f}`)}
        aria-label={who ? `${money(`goodwill.limitLabels.${f}`)} – ${who}` : undefined}
        value={row[f]}
        onChange={(e) => onChange(f, e.currentTarget.value)}
        error={errorFor(`${prefix}${f}`)}
        inputMode="decimal"
        autoComplete="off"
        withAsterisk
      />
    ));

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('goodwill.policyTitle')} data-testid="policy-form">
      <Stack gap="md">
        {saved && (
          <Alert color="teal" withCloseButton onClose={() => setSaved(false)} data-testid="policy-saved">
            {t('goodwill.policySaved')}
          </Alert>
        )}
        <ErrorAlert
          error={save.error}
          handledFields={[
            'pointValue',
            'monthlyBudget',
            ...LIMIT_FIELDS,
            ...values.own.flatMap((_, i) => [`ownLimits[${i}].staffId`, ...LIMIT_FIELDS.map((f) => `ownLimits[${i}].limits.${f}`)]),
          ]}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={money('goodwill.pointValue')}
            description={t('goodwill.pointValueHint')}
            value={values.pointValue}
            onChange={(e) => {
              const value = e.currentTarget.value;
              edit((v) => ({ ...v, pointValue: value }), 'pointValue');
            }}
            error={errorFor('pointValue')}
            inputMode="decimal"
            autoComplete="off"
            withAsterisk
          />
          <TextInput
            label={money('goodwill.monthlyBudget')}
            description={t('goodwill.monthlyBudgetHint')}
            value={values.monthlyBudget}
            onChange={(e) => {
              const value = e.currentTarget.value;
              edit((v) => ({ ...v, monthlyBudget: value }), 'monthlyBudget');
            }}
            error={errorFor('monthlyBudget')}
            inputMode="decimal"
            autoComplete="off"
            withAsterisk
          />
        </SimpleGrid>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('goodwill.agentLimits')}
          </Title>
          <Text size="sm">{t('goodwill.agentLimitsHint')}</Text>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" data-testid="agent-limits">
            {limitInputs(values, '', (f, value) => edit((v) => ({ ...v, [f]: value }), f))}
          </SimpleGrid>
        </Stack>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('goodwill.ownLimits')}
          </Title>
          <Text size="sm">{t('goodwill.ownLimitsHint')}</Text>
          {values.own.map((row, i) => {
            const taken = new Set(values.own.filter((_, j) => j !== i).map((r) => r.staffId));
            const options = agents.filter((a) => !taken.has(a.id));
            const unknown = row.staffId && !names.has(row.staffId);
            const who = names.get(row.staffId) ?? t('goodwill.unknownAgent');
            return (
              <Paper key={row.key} withBorder p="sm" radius="sm" data-testid="own-limits-row">
                <Stack gap="xs">
                  <NativeSelect
                    label={t('goodwill.agent')}
                    data={[
                      { value: '', label: t('goodwill.choose') },
                      ...(unknown ? [{ value: row.staffId, label: t('goodwill.unknownAgent') }] : []),
                      ...options.map((a) => ({ value: a.id, label: a.name })),
                    ]}
                    value={row.staffId}
                    onChange={(e) => editRow(i, 'staffId', e.currentTarget.value, `ownLimits[${i}].staffId`)}
                    error={errorFor(`ownLimits[${i}].staffId`)}
                    withAsterisk
                  />
                  <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
                    {limitInputs(
                      row,
                      `ownLimits[${i}].limits.`,
                      (f, value) => editRow(i, f, value, `ownLimits[${i}].limits.${f}`),
                      who,
                    )}
                  </SimpleGrid>
                  <Group justify="flex-end">
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => removeRow(i)}
                      aria-label={t('goodwill.removeOwnNamed', { name: who })}
                    >
                      {t('goodwill.removeOwn')}
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            );
          })}
          {agents.length === 0 ? (
            <Text size="sm" data-testid="no-agents">
              {t('goodwill.noAgents')}
            </Text>
          ) : (
            values.own.length < agents.length && (
              <Group>
                <Button size="xs" variant="light" onClick={addRow} data-testid="own-limits-add">
                  {t('goodwill.addOwn')}
                </Button>
              </Group>
            )
          )}
        </Stack>
        <Group justify="flex-end">
          <Button type="submit" loading={save.busy} data-testid="policy-save">
            {t('goodwill.savePolicy')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
