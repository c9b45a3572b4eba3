import { useRef, useState } from 'react';
import { Alert, Badge, Box, Button, Card, Container, Divider, Group, Paper, Progress, Stack, Tabs, Text, Title } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { IdempotencyKeys, isApiError, type Redeemed, type Reward } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useSession, useUser } from '../../app/SessionContext';
import { usePageTitle } from '../../components/DocumentTitle';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { ExpiringPointsList } from '../expiry/ExpiringPoints';
import { LedgerList } from '../ledger/Ledger';
import { LoadError } from '../../components/LoadError';
import { LoginAddress } from '../../components/LoginAddress';
import { LoadMoreButton, useHistory } from '../../components/LoadMore';
import { Loading } from '../../components/Loading';
import { TierCard } from '../tier/TierCard';
import { PortalGoodwill } from './PortalGoodwill';
import { PortalRequests } from './PortalRequests';
import { ChangePasswordForm } from '../security/ChangePasswordForm';
import { SecondFactorCard } from '../security/SecondFactorCard';
import { RedeemDialog, usePointsText, useRewardValueText, VoucherCard } from '../reward/Rewards';
import { useLoad } from '../../components/useLoad';
import { formatPoints } from '../../format';
import type { Language } from '../../i18n';

/** The portal's sections, in the order of the tabs; the URL names all but the first (`/portal?tab=history`). */
export const PORTAL_TABS = ['overview', 'rewards', 'history', 'service', 'account'] as const;
export type PortalTab = (typeof PORTAL_TABS)[number];

/** The tab a `?tab=` value names; the overview for none or an unknown one. */
export function portalTab(value: string | null): PortalTab {
  return (PORTAL_TABS as readonly string[]).includes(value ?? '') ? (value as PortalTab) : 'overview';
}

/**
 * The reward within reach on the overview: what can be redeemed now (the dearest affordable), else the cheapest
 * with the points still missing; nothing without rewards.
 */
export function nextReward(rewards: Reward[], available: number): { reward: Reward; missing: number } | undefined {
  const affordable = rewards.filter((r) => r.pointsCost <= available).sort((a, b) => b.pointsCost - a.pointsCost);
  if (affordable.length > 0) return { reward: affordable[0], missing: 0 };
  const cheapest = [...rewards].sort((a, b) => a.pointsCost - b.pointsCost)[0];
  return cheapest && { reward: cheapest, missing: cheapest.pointsCost - available };
}

function NextReward({ rewards, available, onShow }: { rewards: Reward[]; available: number; onShow: () => void }) {
  const { t, i18n } = useTranslation();
  const next = nextReward(rewards, available);
  if (!next) return null;
  const { reward, missing } = next;
  const progress = Math.min(100, Math.round((available / reward.pointsCost) * 100));
  return (
    <Card withBorder radius="lg" data-testid="next-reward">
      <Stack gap="xs">
        <Text fw={600} data-testid="next-reward-text">
          {missing === 0
            ? t('portal.nextReward.ready', { name: reward.name })
            : t('portal.nextReward.missing', { count: missing, points: formatPoints(missing, i18n.language), name: reward.name })}
        </Text>
        {missing > 0 && <Progress value={progress} color="teal" aria-label={t('portal.nextReward.progress', { percent: progress })} />}
        <Button variant="light" onClick={onShow} data-testid="next-reward-show">
          {t('portal.nextReward.show')}
        </Button>
      </Stack>
    </Card>
  );
}

/** One reward of the catalogue with its redeem button (disabled with a hint when points are missing). */
function RewardItem({
  reward,
  available,
  currency,
  onRedeem,
}: {
  reward: Reward;
  available: number | undefined;
  currency: string;
  onRedeem: (reward: Reward) => void;
}) {
  const { t } = useTranslation();
  const valueText = useRewardValueText();
  const pointsText = usePointsText();
  const missing = available === undefined ? 0 : Math.max(reward.pointsCost - available, 0);
  const hintId = `reward-hint-${reward.id}`;
  return (
    <Paper component="li" withBorder radius="md" p="md" data-testid="reward" data-reward-id={reward.id}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} data-testid="reward-name">
              {reward.name}
            </Text>
            <Text size="sm" c="teal.8" fw={500} data-testid="reward-value">
              {valueText(reward, currency)}
            </Text>
          </div>
          <Badge variant="light" size="lg" style={{ flexShrink: 0 }} data-testid="reward-cost">
            {pointsText(reward.pointsCost)}
          </Badge>
        </Group>
        {reward.description && (
          <Text size="sm" c="dimmed" style={{ wordBreak: 'break-word' }}>
            {reward.description}
          </Text>
        )}
        <Button
          onClick={() => onRedeem(reward)}
          disabled={available === undefined || missing > 0}
          aria-describedby={missing > 0 ? hintId : undefined}
          data-testid="redeem-reward"
        >
          {t('redeem.button')}
        </Button>
        {missing > 0 && (
          <Text size="sm" c="dimmed" ta="center" id={hintId} data-testid="reward-hint">
            {t('redeem.missing', { count: missing })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * `/portal`: the customer's points and history (phone-first), in tabs a customer understands — overview (balance,
 * point debt, the next reward, expiring points, tier), rewards and vouchers, history, service (requests and
 * goodwill), account — the tab in the URL (`?tab=history`) so that reload and back keep it. Available points big; pending points with a
 * short explanation (the portal API tells neither the return window nor when a purchase's points are
 * released); a notice while points from a return are owed.
 */
export function PortalPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const user = useUser();
  const { logout } = useSession();
  const navigate = useNavigate();
  const me = useLoad(() => api.portal.me(), [api]);
  const ledger = useHistory((limit) => api.portal.ledger(limit), [api]);
  const tier = useLoad(() => api.portal.tier(), [api]);
  const rewards = useLoad(() => api.portal.rewards(), [api]);
  const vouchers = useLoad(() => api.portal.vouchers(), [api]);
  const expiring = useLoad(() => api.portal.expiring(), [api]);
  // a server from before step 5 does not know the endpoint: no card then
  const expiringError = isApiError(expiring.error) && expiring.error.status === 404 ? undefined : expiring.error;
  const keys = useRef(new IdempotencyKeys());
  const [redeeming, setRedeeming] = useState<Reward | undefined>();
  const [changingPassword, setChangingPassword] = useState(false);
  const [showSecondFactor, setShowSecondFactor] = useState(false);
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = portalTab(searchParams.get('tab'));
  const shop = me.data?.shop ?? user.shop;
  usePageTitle(t(`portal.tabs.${tab}`));

  /** Opens a tab: a new history entry (back returns to the previous tab), `?tab=` left out for the overview. */
  function openTab(next: PortalTab) {
    if (next === tab) return;
    setSearchParams(next === 'overview' ? {} : { tab: next });
  }
  const lang = i18n.language;
  const available = me.data?.balance.available;
  const owed = me.data?.balance.owed ?? 0;

  function onRedeemed(result: Redeemed) {
    if (me.data) me.setData({ ...me.data, balance: result.balance });
    void vouchers.reload();
    void ledger.reload();
    void expiring.reload();
  }

  function onRedeemFailed() {
    // The balance may have changed elsewhere, or the reward was retired: show the current state.
    void me.reload();
    void rewards.reload();
    void vouchers.reload();
    void ledger.reload();
  }

  /**
   * The customer switched the portal's language: the server remembers it for their e-mails. Fire and forget —
   * the UI has switched anyway, so a failure is neither shown nor logged.
   */
  function rememberLanguage(language: Language) {
    api.portal.setLanguage(language).catch(() => undefined);
  }

  async function onLogout() {
    await logout().catch(() => undefined);
    navigate(`/portal/login?shop=${encodeURIComponent(shop.slug)}`, { replace: true });
  }

  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Box component="header" px="md" py="sm" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg" truncate data-testid="shop-name">
            {shop.name}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitcher onChange={rememberLanguage} />
            <Button variant="default" size="xs" onClick={() => void onLogout()}>
              {t('nav.logout')}
            </Button>
          </Group>
        </Group>
      </Box>
      <Container size={560} py="lg" px="md" component="main">
        <Stack>
          <div>
            <Title order={1} size="h2" data-testid="portal-heading">
              {t('portal.title')}
            </Title>
            {me.data && (
              <Text c="dimmed" size="sm">
                {t('portal.greeting', { firstName: me.data.customer.firstName, number: me.data.customer.number })}
              </Text>
            )}
          </div>
          <Tabs value={tab} onChange={(value) => value && openTab(value as PortalTab)} keepMounted={false}>
            {/* on a phone the tabs scroll sideways inside their bar, never the page */}
            <Tabs.List
              aria-label={t('portal.sections')}
              style={{ flexWrap: 'wrap' }}
              data-testid="portal-tabs"
            >
              {PORTAL_TABS.map((value) => (
                <Tabs.Tab key={value} value={value} style={{ flexShrink: 0 }} data-testid={`portal-tab-${value}`}>
                  {t(`portal.tabs.${value}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>

            <Tabs.Panel value="overview" pt="md">
              <Stack>
                <LoadError error={me.error} onRetry={() => void me.reload()} />
                {me.data ? (
                  <Card withBorder radius="lg" p="xl" ta="center">
                    <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
                      {t('portal.available')}
                    </Text>
                    <Text fz={64} fw={800} lh={1.1} c="teal.8" data-testid="available-points">
                      {formatPoints(me.data.balance.available, lang)}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t('portal.pending')}{' '}
                      <Text span fw={600} c="dark" data-testid="pending-points">
                        {formatPoints(me.data.balance.pending, lang)}
                      </Text>
                    </Text>
                    {me.data.balance.pending > 0 && (
                      <Text size="xs" c="dimmed" mt={4} data-testid="pending-explanation">
                        {t('portal.pendingExplanation')}
                      </Text>
                    )}
                  </Card>
                ) : (
                  !me.error && <Loading />
                )}
                {owed > 0 && (
                  <Alert color="orange" title={t('portal.owedTitle')} data-testid="owed-notice">
                    {t('portal.owedNotice', { count: owed, points: formatPoints(owed, lang) })}
                  </Alert>
                )}
                {rewards.data && available !== undefined && owed === 0 && (
                  <NextReward rewards={rewards.data.items} available={available} onShow={() => openTab('rewards')} />
                )}

                {(!!expiring.data || !!expiringError) && (
                  <Card withBorder radius="lg" data-testid="expiring-points">
                    <Title order={2} size="h4" mb="sm">
                      {t('expiring.title')}
                    </Title>
                    <LoadError error={expiringError} onRetry={() => void expiring.reload()} />
                    {expiring.data && <ExpiringPointsList data={expiring.data} timeZone={shop.timeZone} />}
                  </Card>
                )}

                {(!!tier.data || !!tier.error) && (
                  <Card withBorder radius="lg" data-testid="portal-tier">
                    <Title order={2} size="h4" mb="sm">
                      {t('tier.title')}
                    </Title>
                    <LoadError error={tier.error} onRetry={() => void tier.reload()} />
                    {tier.data && <TierCard data={tier.data} currency={shop.currency} timeZone={shop.timeZone} />}
                  </Card>
                )}
              </Stack>
            </Tabs.Panel>

            <Tabs.Panel value="rewards" pt="md">
              <Stack>
                <Title order={2} size="h4" id="portal-rewards">
                  {t('portal.rewards')}
                </Title>
                {available !== undefined && (
                  <Text size="sm" c="dimmed" data-testid="rewards-available">
                    {t('portal.rewardsAvailable', { count: available, points: formatPoints(available, lang) })}
                  </Text>
                )}
                <LoadError error={rewards.error} onRetry={() => void rewards.reload()} />
                {rewards.data ? (
                  rewards.data.items.length === 0 ? (
                    <Text c="dimmed" data-testid="rewards-empty">
                      {t('portal.rewardsEmpty')}
                    </Text>
                  ) : (
                    <Stack
                      gap="sm"
                      component="ul"
                      p={0}
                      m={0}
                      style={{ listStyle: 'none' }}
                      aria-labelledby="portal-rewards"
                      data-testid="reward-list"
                    >
                      {rewards.data.items.map((r) => (
                        <RewardItem key={r.id} reward={r} available={available} currency={shop.currency} onRedeem={setRedeeming} />
                      ))}
                    </Stack>
                  )
                ) : (
                  !rewards.error && <Loading />
                )}

                <Title order={2} size="h4" id="portal-vouchers">
                  {t('portal.vouchers')}
                </Title>
                <LoadError error={vouchers.error} onRetry={() => void vouchers.reload()} />
                {vouchers.data ? (
                  vouchers.data.items.length === 0 ? (
                    <Text c="dimmed" data-testid="vouchers-empty">
                      {t('portal.vouchersEmpty')}
                    </Text>
                  ) : (
                    <Stack
                      gap="sm"
                      component="ul"
                      p={0}
                      m={0}
                      style={{ listStyle: 'none' }}
                      aria-labelledby="portal-vouchers"
                      data-testid="voucher-list"
                    >
                      {vouchers.data.items.map((v) => (
                        <VoucherCard
                          key={v.id}
                          component="li"
                          voucher={v}
                          currency={shop.currency}
                          timeZone={shop.timeZone}
                          qrUrl={api.portal.voucherQrUrl}
                        />
                      ))}
                    </Stack>
                  )
                ) : (
                  !vouchers.error && <Loading />
                )}
              </Stack>
            </Tabs.Panel>

            <Tabs.Panel value="history" pt="md">
              <Stack>
                <Title order={2} size="h4">
                  {t('portal.history')}
                </Title>
                <LoadError error={ledger.error} onRetry={() => void ledger.reload()} />
                {ledger.data ? <LedgerList entries={ledger.data.items} timeZone={shop.timeZone} /> : !ledger.error && <Loading />}
                <LoadMoreButton history={ledger} testId="history-load-more" />
              </Stack>
            </Tabs.Panel>

            <Tabs.Panel value="service" pt="md">
              <Stack>
                <PortalRequests timeZone={shop.timeZone} />
                <PortalGoodwill timeZone={shop.timeZone} />
              </Stack>
            </Tabs.Panel>

            <Tabs.Panel value="account" pt="md">
              <Stack>
                <Card withBorder radius="lg" data-testid="portal-account">
                  <Title order={2} size="h4" mb={4}>
                    {t('portal.account')}
                  </Title>
                  <Text size="sm" c="dimmed" style={{ wordBreak: 'break-word' }}>
                    {t('portal.loggedInAs', { email: user.email })}
                  </Text>
                  {changingPassword ? (
                    <Stack gap="xs" mt="md">
                      <Title order={3} size="h5">
                        {t('changePassword.title')}
                      </Title>
                      <Text size="sm" c="dimmed">
                        {t('changePassword.hint')}
                      </Text>
                      <ChangePasswordForm email={user.email} />
                    </Stack>
                  ) : (
                    <Button variant="light" mt="md" onClick={() => setChangingPassword(true)} data-testid="open-change-password">
                      {t('changePassword.open')}
                    </Button>
                  )}
                  <Divider my="md" />
                  {/* loaded only when opened, like the password form */}
                  {showSecondFactor ? (
                    <SecondFactorCard titleOrder={3} timeZone={shop.timeZone} />
                  ) : (
                    <Button variant="light" onClick={() => setShowSecondFactor(true)} data-testid="open-second-factor">
                      {t('secondFactor.title')}
                    </Button>
                  )}
                </Card>
                <LoginAddress slug={shop.slug} portal />
              </Stack>
            </Tabs.Panel>
          </Tabs>
        </Stack>
      </Container>
      <RedeemDialog
        reward={redeeming}
        available={available ?? 0}
        currency={shop.currency}
        timeZone={shop.timeZone}
        keys={keys.current}
        redeem={(rewardId, key) => api.portal.redeem(rewardId, key)}
        onRedeemed={onRedeemed}
        onFailed={onRedeemFailed}
        onClose={() => setRedeeming(undefined)}
        qrUrl={api.portal.voucherQrUrl}
      />
    </Box>
  );
}
