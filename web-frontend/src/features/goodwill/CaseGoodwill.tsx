import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type Recommendation,
  GESTURE_DESCRIPTION_MAX,
  GESTURE_KINDS,
  GESTURE_MONTHS_MAX,
  GESTURE_POINTS_MAX,
  IdempotencyKeys,
  isApiError,
  type Allowance,
  type Case,
  type Gesture,
  type GestureKind,
  type NewGesture,
  type Reward,
  type Subscription,
} from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useForm } from '../../components/useForm';
import { useLoad } from '../../components/useLoad';
import { currencyFractionDigits, formatLocalDate, formatMoney, formatPoints, parseAmount, parseWholeNumber } from '../../format';
import { GestureCards, limitsAbove, moneyString, multiplyAmount, useLimitsText } from './goodwillUi';

/** Steps in which goodwill is offered: agreed in Vereinbaren, given in Liefern. */
const OFFER_STEPS = new Set<Case['step']>(['AGREE', 'DELIVER']);

/**
 * The goodwill of a complaint case, in every step: what the staff member may still give without approval, the
 * case's gestures and — in Vereinbaren and Liefern — a form to offer one, saying before it is sent whether it is
 * given at once or waits for an owner's approval.
 */
export function CaseGoodwill({ c, onCaseChanged }: { c: Case; onCaseChanged: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const shop = useUser().shop;
  const goodwill = useLoad(() => api.goodwill.ofCase(shop.id, c.id), [api, shop.id, c.id]);
  const canOffer = OFFER_STEPS.has(c.step);

  return (
    <Card withBorder data-testid="case-goodwill">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('goodwill.caseTitle')}
        </Title>
        <LoadError error={goodwill.error} onRetry={() => void goodwill.reload()} />
        {goodwill.data ? (
          <>
            <AllowanceBox allowance={goodwill.data.allowance} />
            {goodwill.data.items.length === 0 ? (
              <Text size="sm" data-testid="case-gestures-empty">
                {t('goodwill.noneInCase')}
              </Text>
            ) : (
              <GestureCards gestures={goodwill.data.items} timeZone={shop.timeZone} testId="case-gestures" />
            )}
            {canOffer && <Recommended c={c} onOffered={() => void goodwill.reload()} />}
            {canOffer ? (
              <OfferForm
                c={c}
                allowance={goodwill.data.allowance}
                onOffered={() => void goodwill.reload()}
                onCaseChanged={onCaseChanged}
              />
            ) : (
              <Text size="sm" data-testid="goodwill-wrong-step">
                {t('goodwill.onlyInSteps', { agree: t('cases.steps.AGREE'), deliver: t('cases.steps.DELIVER') })}
              </Text>
            )}
          </>
        ) : (
          !goodwill.error && <Loading />
        )}
      </Stack>
    </Card>
  );
}

/**
 * The recommendation for the case: what it is worth in goodwill and why, and the fitting gestures with their cost
 * and whether they are within the caller's allowance; one click offers a suggestion as it stands.
 */
function Recommended({ c, onOffered }: { c: Case; onOffered: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const shop = useUser().shop;
  const recommended = useLoad(() => api.goodwill.recommendations(shop.id, c.id), [api, shop.id, c.id]);
  const keys = useRef(new IdempotencyKeys());
  const [busy, setBusy] = useState<number>();
  const [error, setError] = useState<unknown>();
  const [given, setGiven] = useState<Gesture>();
  const r = recommended.data;
  if (!r) return <LoadError error={recommended.error} onRetry={() => void recommended.reload()} />;
  const reason = (code: string) => {
    const [kind, value] = code.split('.');
    return kind === 'category'
      ? t('recommend.reasons.category', { category: t(`cases.categories.${value}`, { defaultValue: value }) })
      : kind === 'severity'
        ? t('recommend.reasons.severity', { severity: t(`cases.severities.${value}`, { defaultValue: value }) })
        : t(`recommend.reasons.${code}`, { defaultValue: code });
  };
  async function offer(index: number, item: Recommendation) {
    const body: NewGesture = {
      kind: item.kind,
      ...(item.points != null ? { points: item.points } : {}),
      ...(item.rewardId ? { rewardId: item.rewardId } : {}),
      ...(item.subscriptionId ? { subscriptionId: item.subscriptionId, months: item.months ?? 1 } : {}),
      ...(item.kind === 'FEE_REFUND' || item.kind === 'GIFT'
        ? { description: t(`recommend.describe.${item.kind}`, { subject: c.subject }), amount: item.amount ?? item.cost }
        : {}),
    };
    setBusy(index);
    setError(undefined);
    try {
      setGiven(await keys.current.run({ caseId: c.id, index, body }, (key) => api.goodwill.offer(shop.id, c.id, body, key)));
      onOffered();
      void recommended.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(undefined);
    }
  }
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="recommendations">
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('recommend.title', { amount: formatMoney(r.target, r.currency, i18n.language) })}
        </Text>
        <Text size="sm" data-testid="recommend-why">
          {t('recommend.why', { reasons: r.reasons.map(reason).join(' · ') })}
        </Text>
        {given && (
          <Alert color={given.status === 'ISSUED' ? 'teal' : 'orange'} data-testid="recommend-result">
            {t(given.status === 'ISSUED' ? 'recommend.given' : 'recommend.requested')}
          </Alert>
        )}
        <ErrorAlert error={error} />
        {r.items.length === 0 ? (
          <Text size="sm">{t('recommend.none')}</Text>
        ) : (
          <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
            {r.items.map((item, i) => (
              <Group key={`${item.kind}-${i}`} component="li" justify="space-between" gap="xs" wrap="wrap" data-testid="recommendation">
                <Text size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                  {`${i + 1}. ${t(`goodwill.kinds.${item.kind}`, { defaultValue: item.kind })}`}
                  {item.points != null && ` · ${t('recommend.points', { count: item.points })}`}
                  {item.rewardName && ` · ${item.rewardName}`}
                  {item.months != null && ` · ${t('recommend.months', { count: item.months })}`}
                  {` · ${formatMoney(item.cost, r.currency, i18n.language)} · `}
                  {t(item.withinAllowance ? 'recommend.within' : 'recommend.approval')}
                </Text>
                <Button size="compact-sm" variant="light" loading={busy === i} disabled={busy != null}
                  onClick={() => void offer(i, item)}>
                  {t('recommend.offer')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** What the caller may still give without approval; an owner has no agent limits, only the shop's budget. */
function AllowanceBox({ allowance }: { allowance: Allowance }) {
  const { t, i18n } = useTranslation();
  const money = (amount: string) => formatMoney(amount, allowance.currency, i18n.language);
  const agent = allowance.perGesture != null || allowance.leftInCase != null || allowance.leftThisMonth != null;
  return (
    <Stack gap={4} data-testid="goodwill-allowance">
      <Text size="sm" fw={600}>
        {t('goodwill.allowanceTitle')}
      </Text>
      <List size="sm" spacing={2}>
        {allowance.perGesture != null && (
          <List.Item data-testid="allowance-per-gesture">{t('goodwill.allowance.perGesture', { amount: money(allowance.perGesture) })}</List.Item>
        )}
        {allowance.leftInCase != null && (
          <List.Item data-testid="allowance-in-case">{t('goodwill.allowance.leftInCase', { amount: money(allowance.leftInCase) })}</List.Item>
        )}
        {allowance.leftThisMonth != null && (
          <List.Item data-testid="allowance-this-month">
            {t('goodwill.allowance.leftThisMonth', { amount: money(allowance.leftThisMonth) })}
          </List.Item>
        )}
        <List.Item data-testid="allowance-budget">{t('goodwill.allowance.budgetLeft', { amount: money(allowance.budgetLeft) })}</List.Item>
        <List.Item data-testid="allowance-point-value">
          {t('goodwill.allowance.pointValue', { amount: formatMoney(allowance.pointValue, allowance.currency, i18n.language) })}
        </List.Item>
      </List>
      {!agent && (
        <Text size="sm" data-testid="allowance-owner">
          {t('goodwill.allowance.noAgentLimits')}
        </Text>
      )}
    </Stack>
  );
}

interface OfferValues {
  kind: GestureKind;
  points: string;
  rewardId: string;
  subscriptionId: string;
  months: string;
  description: string;
  amount: string;
}

const EMPTY: OfferValues = { kind: 'BONUS_POINTS', points: '', rewardId: '', subscriptionId: '', months: '1', description: '', amount: '' };
const HANDLED = ['kind', 'points', 'rewardId', 'subscriptionId', 'months', 'description', 'amount'];

/** A reward's voucher costs its amount (AMOUNT_OFF) or its points at the point value. */
function voucherCost(reward: Reward, pointValue: string, digits: number): string | undefined {
  if (reward.kind === 'AMOUNT_OFF' && reward.amount) return reward.amount;
  return multiplyAmount(pointValue, reward.pointsCost, digits);
}

function OfferForm({
  c,
  allowance,
  onOffered,
  onCaseChanged,
}: {
  c: Case;
  allowance: Allowance;
  onOffered: () => void;
  onCaseChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const shop = useUser().shop;
  const lang = i18n.language;
  const keys = useRef(new IdempotencyKeys());
  const form = useForm<OfferValues>(EMPTY);
  const [result, setResult] = useState<Gesture>();
  const limitsText = useLimitsText();
  const v = form.values;
  const digits = currencyFractionDigits(shop.currency);
  const needRewards = v.kind === 'VOUCHER';
  const needSubscriptions = v.kind === 'FREE_MONTHS';
  const rewards = useLoad(
    () => (needRewards ? api.rewards.list(shop.id) : Promise.resolve(undefined)),
    [api, shop.id, needRewards],
  );
  const subscriptions = useLoad(
    () => (needSubscriptions ? api.subscriptions.list(shop.id, c.customerId) : Promise.resolve(undefined)),
    [api, shop.id, c.customerId, needSubscriptions],
  );
  const activeRewards = (rewards.data?.items ?? []).filter((r) => r.active);
  const reward = activeRewards.find((r) => r.id === v.rewardId);
  const subscription = subscriptions.data?.items.find((s) => s.id === v.subscriptionId);
  const points = parseWholeNumber(v.points, 1, GESTURE_POINTS_MAX, lang);
  const months = parseWholeNumber(v.months, 1, GESTURE_MONTHS_MAX, lang);
  const money = (amount: string) => formatMoney(amount, shop.currency, lang);

  /** The cost as the server will price it, and how it comes about; undefined while details are missing. */
  function preview(): { cost: string; how?: string } | undefined {
    switch (v.kind) {
      case 'BONUS_POINTS': {
        const cost = points === undefined ? undefined : multiplyAmount(allowance.pointValue, points, digits);
        return cost === undefined || points === undefined
          ? undefined
          : {
              cost,
              how: t('goodwill.costOfPoints', { points: formatPoints(points, lang), value: money(allowance.pointValue) }),
            };
      }
      case 'VOUCHER': {
        const cost = reward && voucherCost(reward, allowance.pointValue, digits);
        if (!reward || !cost) return undefined;
        return reward.kind === 'AMOUNT_OFF' && reward.amount
          ? { cost, how: t('goodwill.costOfVoucherAmount') }
          : {
              cost,
              how: t('goodwill.costOfPoints', { points: formatPoints(reward.pointsCost, lang), value: money(allowance.pointValue) }),
            };
      }
      case 'FREE_MONTHS': {
        if (!subscription || months === undefined) return undefined;
        const fee = moneyString(subscription.monthlyFee);
        const cost = multiplyAmount(fee, months, digits);
        return cost ? { cost, how: t('goodwill.costOfMonths', { count: months, fee: money(fee) }) } : undefined;
      }
      default: {
        const amount = parseAmount(v.amount, digits, lang);
        return amount ? { cost: amount } : undefined;
      }
    }
  }

  const priced = preview();
  const over = priced ? limitsAbove(priced.cost, allowance) : [];

  function changeKind(kind: GestureKind) {
    form.setValues((old) => ({ ...EMPTY, kind, months: old.months }));
    form.check({});
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors: Partial<Record<keyof OfferValues, string>> = {};
    let body: NewGesture;
    switch (v.kind) {
      case 'BONUS_POINTS':
        if (points === undefined) errors.points = t('goodwill.invalidPoints', { max: formatPoints(GESTURE_POINTS_MAX, lang) });
        body = { kind: v.kind, points };
        break;
      case 'VOUCHER':
        if (!v.rewardId) errors.rewardId = t('validation.required');
        body = { kind: v.kind, rewardId: v.rewardId };
        break;
      case 'FREE_MONTHS':
        if (!v.subscriptionId) errors.subscriptionId = t('validation.required');
        if (months === undefined) errors.months = t('goodwill.invalidMonths', { max: GESTURE_MONTHS_MAX });
        body = { kind: v.kind, subscriptionId: v.subscriptionId, months };
        break;
      default: {
        const description = v.description.trim();
        const amount = parseAmount(v.amount, digits, lang);
        if (!description) errors.description = t('validation.required');
        if (!amount) errors.amount = t('goodwill.invalidAmount');
        body = { kind: v.kind, description, amount: amount ?? '' };
      }
    }
    if (!form.check(errors)) return;
    setResult(undefined);
    await form.submit(async () => {
      try {
        const gesture = await keys.current.run({ caseId: c.id, body }, (key) => api.goodwill.offer(shop.id, c.id, body, key));
        setResult(gesture);
        form.setValues((old) => ({ ...EMPTY, kind: old.kind }));
        onOffered();
      } catch (err) {
        // the case left Vereinbaren/Liefern meanwhile: show it as it is now
        if (isApiError(err) && err.code === 'gesture-wrong-step') onCaseChanged();
        // the reward was retired or the subscription removed meanwhile: offer the current ones
        if (isApiError(err) && err.status === 404) {
          void rewards.reload();
          void subscriptions.reload();
        }
        throw err;
      }
    });
  }

  const subscriptionLabel = (s: Subscription) =>
    t('goodwill.subscriptionOption', {
      plan: s.plan,
      fee: formatMoney(moneyString(s.monthlyFee), s.currency, lang),
      date: formatLocalDate(s.paidUntil, lang),
    });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('goodwill.offerTitle')} data-testid="offer-gesture">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('goodwill.offerTitle')}
        </Title>
        {result && (
          <Alert
            color={result.status === 'ISSUED' ? 'teal' : 'orange'}
            title={result.status === 'ISSUED' ? t('goodwill.offeredIssuedTitle') : t('goodwill.offeredPendingTitle')}
            withCloseButton
            onClose={() => setResult(undefined)}
            data-testid="gesture-offered"
          >
            {result.status === 'ISSUED'
              ? t('goodwill.offeredIssued', { cost: formatMoney(result.cost, result.currency, lang) })
              : t('goodwill.offeredPending', {
                  cost: formatMoney(result.cost, result.currency, lang),
                  limits: limitsText(result.overLimits),
                })}
          </Alert>
        )}
        <ErrorAlert error={form.error} handledFields={HANDLED} />
        <NativeSelect
          label={t('goodwill.kind')}
          data={GESTURE_KINDS.map((k) => ({ value: k, label: t(`goodwill.kinds.${k}`) }))}
          value={v.kind}
          onChange={(e) => changeKind(e.currentTarget.value as GestureKind)}
          error={form.errorFor('kind')}
        />
        {v.kind === 'BONUS_POINTS' && (
          <TextInput
            label={t('goodwill.points')}
            description={t('goodwill.pointsHint', { max: formatPoints(GESTURE_POINTS_MAX, lang) })}
            value={v.points}
            onChange={(e) => form.update('points', e.currentTarget.value)}
            error={form.errorFor('points')}
            inputMode="numeric"
            autoComplete="off"
            withAsterisk
            maw={260}
          />
        )}
        {v.kind === 'VOUCHER' &&
          (rewards.error ? (
            <LoadError error={rewards.error} onRetry={() => void rewards.reload()} />
          ) : !rewards.data ? (
            <Loading />
          ) : activeRewards.length === 0 ? (
            <Text size="sm" data-testid="goodwill-no-rewards">
              {t('goodwill.noRewards')}
            </Text>
          ) : (
            <NativeSelect
              label={t('goodwill.reward')}
              data={[
                { value: '', label: t('goodwill.choose') },
                ...activeRewards.map((r) => ({ value: r.id, label: r.name })),
              ]}
              value={v.rewardId}
              onChange={(e) => form.update('rewardId', e.currentTarget.value)}
              error={form.errorFor('rewardId')}
              withAsterisk
            />
          ))}
        {v.kind === 'FREE_MONTHS' &&
          (subscriptions.error ? (
            <LoadError error={subscriptions.error} onRetry={() => void subscriptions.reload()} />
          ) : !subscriptions.data ? (
            <Loading />
          ) : subscriptions.data.items.length === 0 ? (
            <Text size="sm" data-testid="goodwill-no-subscriptions">
              {t('goodwill.noSubscriptions')}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <NativeSelect
                label={t('goodwill.subscription')}
                data={[
                  { value: '', label: t('goodwill.choose') },
                  ...subscriptions.data.items.map((s) => ({ value: s.id, label: subscriptionLabel(s) })),
                ]}
                value={v.subscriptionId}
                onChange={(e) => form.update('subscriptionId', e.currentTarget.value)}
                error={form.errorFor('subscriptionId')}
                withAsterisk
              />
              <NativeSelect
                label={t('goodwill.months')}
                data={Array.from({ length: GESTURE_MONTHS_MAX }, (_, i) => String(i + 1))}
                value={v.months}
                onChange={(e) => form.update('months', e.currentTarget.value)}
                error={form.errorFor('months')}
                withAsterisk
              />
            </SimpleGrid>
          ))}
        {(v.kind === 'FEE_REFUND' || v.kind === 'GIFT') && (
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label={v.kind === 'FEE_REFUND' ? t('goodwill.fee') : t('goodwill.gift')}
              description={v.kind === 'FEE_REFUND' ? t('goodwill.feeHint') : t('goodwill.giftHint')}
              value={v.description}
              onChange={(e) => form.update('description', e.currentTarget.value)}
              error={form.errorFor('description')}
              maxLength={GESTURE_DESCRIPTION_MAX}
              withAsterisk
            />
            <TextInput
              label={t(v.kind === 'FEE_REFUND' ? 'goodwill.feeAmount' : 'goodwill.giftCost', { currency: shop.currency })}
              value={v.amount}
              onChange={(e) => form.update('amount', e.currentTarget.value)}
              error={form.errorFor('amount')}
              inputMode="decimal"
              autoComplete="off"
              withAsterisk
            />
          </SimpleGrid>
        )}
        {priced && (
          <Stack gap={4} data-testid="gesture-preview">
            <Text size="sm" fw={600} data-testid="gesture-preview-cost">
              {`${t('goodwill.cost')}: ${money(priced.cost)}`}
              {priced.how && ` (${priced.how})`}
            </Text>
            {over.length === 0 ? (
              <Text size="sm" c="teal.9" data-testid="gesture-preview-verdict" data-within="true">
                {t('goodwill.withinAllowance')}
              </Text>
            ) : (
              <Text size="sm" c="orange.9" fw={600} data-testid="gesture-preview-verdict" data-within="false">
                {t('goodwill.needsApproval', { limits: limitsText(over) })}
              </Text>
            )}
          </Stack>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={form.busy}>
            {over.length > 0 ? t('goodwill.askApproval') : t('goodwill.offer')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
