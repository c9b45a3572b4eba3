import { useState } from 'react';
import type { TFunction } from 'i18next';
import { Anchor, Button, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Programme, ShopSetup } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/useAction';
import { useLoad } from '../../components/useLoad';
import { formatMoney, intlLocale } from '../../format';
import { zoneLabel } from '../security/timeZones';

/** The programme's rules in a line: "1 point per €1.00, points expire 24 months after earning, 14-day return window". */
export function programmeInWords(p: Programme, currency: string, t: TFunction, language: string): string {
  const rate = Number(p.basePointsPerUnit);
  const parts = [
    t('setup.rules.rate', {
      count: rate,
      points: new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 4 }).format(rate),
      unit: formatMoney(1, currency, language),
    }),
    p.expiryMode && p.expiryMode !== 'NONE' && p.expiryMonths
      ? t(`setup.rules.expiry.${p.expiryMode}`, { count: p.expiryMonths })
      : t('setup.rules.noExpiry'),
    p.returnWindowDays ? t('setup.rules.window', { count: p.returnWindowDays }) : t('setup.rules.noWindow'),
  ];
  return parts.join(', ');
}

/**
 * The new owner's "Set up your shop" card on the page they land on (the customer list): check the programme, a first
 * reward, a first customer, a till key; the shop's time zone and currency; "Hide" dismisses it for the shop. Shown
 * to owners only, while not dismissed and not everything is done.
 */
export function SetupChecklist({ onNewCustomer }: { onNewCustomer: () => void }) {
  const user = useUser();
  if (user.role !== 'OWNER') return null;
  return <OwnerSetupChecklist shopId={user.shop.id} onNewCustomer={onNewCustomer} />;
}

function OwnerSetupChecklist({ shopId, onNewCustomer }: { shopId: string; onNewCustomer: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const setup = useLoad(() => api.shops.setup(shopId), [api, shopId]);
  const programme = useLoad(() => api.shops.programme(shopId), [api, shopId]);
  const hide = useAction();
  const [hidden, setHidden] = useState(false);
  const s: ShopSetup | undefined = setup.data;
  // a checklist that cannot be loaded is left out: it is a help, not the page's content
  if (!s || hidden || s.dismissed) return null;
  const steps = [
    {
      key: 'programme',
      done: s.programmeSaved,
      label: t('setup.programme'),
      hint: programme.data ? programmeInWords(programme.data, s.currency, t, i18n.language) : undefined,
      action: (
        <Anchor component={Link} to="/admin/programme" size="sm">
          {t('setup.programmeLink')}
        </Anchor>
      ),
    },
    {
      key: 'reward',
      done: s.rewards > 0,
      label: t('setup.reward'),
      action: (
        <Anchor component={Link} to="/admin/rewards" size="sm">
          {t('setup.rewardLink')}
        </Anchor>
      ),
    },
    {
      key: 'customer',
      done: s.customers > 0,
      label: t('setup.customer'),
      action: (
        <Anchor component="button" type="button" size="sm" onClick={onNewCustomer}>
          {t('setup.customerLink')}
        </Anchor>
      ),
    },
    {
      key: 'tillKey',
      done: s.tillKeys > 0,
      label: t('setup.tillKey'),
      action: (
        <Anchor component={Link} to="/admin/api-keys" size="sm">
          {t('setup.tillKeyLink')}
        </Anchor>
      ),
    },
  ];
  const done = steps.filter((st) => st.done).length;
  if (s.complete || done === steps.length) return null;

  return (
    <Card withBorder component="section" aria-labelledby="setup-title" data-testid="setup-checklist">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4" id="setup-title">
              {t('setup.title')}
            </Title>
            <Text size="sm" c="dimmed" data-testid="setup-progress">
              {t('setup.progress', { done, total: steps.length })}
            </Text>
          </div>
          <Button
            variant="subtle"
            size="compact-sm"
            loading={hide.busy}
            onClick={() =>
              void hide.run(async () => {
                await api.shops.dismissSetup(shopId);
                setHidden(true);
              })
            }
          >
            {t('setup.hide')}
          </Button>
        </Group>
        <ErrorAlert error={hide.error} />
        <List spacing="xs" listStyleType="none" ml={0} pl={0}>
          {steps.map((st, i) => (
            <List.Item
              key={st.key}
              data-testid={`setup-step-${st.key}`}
              data-done={st.done}
              icon={
                <ThemeIcon size={22} radius="xl" color={st.done ? 'teal' : 'gray'} variant={st.done ? 'filled' : 'light'} aria-hidden>
                  {st.done ? '✓' : i + 1}
                </ThemeIcon>
              }
            >
              <Text size="sm" fw={500} td={st.done ? 'line-through' : undefined}>
                {st.label}
                <Text span size="sm" c="dimmed" fw={400}>
                  {st.done ? ` – ${t('setup.done')}` : ''}
                </Text>
              </Text>
              {st.hint && (
                <Text size="sm" c="dimmed" data-testid={`setup-hint-${st.key}`}>
                  {st.hint}
                </Text>
              )}
              {!st.done && st.action}
            </List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed" data-testid="setup-shop">
          {t('setup.shop', { zone: zoneLabel(s.timeZone, i18n.language), currency: s.currency })}
        </Text>
      </Stack>
    </Card>
  );
}
