import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Reward, RewardInput } from '../api';
import { useApi } from '../app/ApiContext';
import { useUser } from '../app/SessionContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { usePointsText, useRewardValueText } from '../components/Rewards';
import { useLoad } from '../components/useLoad';
import { RewardForm } from './RewardForm';

/** The body of a PUT that keeps everything of `reward` except `active`. */
export function withActive(reward: Reward, active: boolean): RewardInput {
  const body: RewardInput = {
    name: reward.name,
    pointsCost: reward.pointsCost,
    kind: reward.kind,
    validityDays: reward.validityDays,
    active,
  };
  if (reward.description) body.description = reward.description;
  if (reward.kind === 'AMOUNT_OFF' && reward.amount) body.amount = reward.amount;
  if (reward.kind === 'PERCENT_OFF' && reward.percent) body.percent = reward.percent;
  if (reward.kind === 'FREE_ITEM' && reward.item) body.item = reward.item;
  return body;
}

/** `/admin/rewards`: the rewards catalogue. OWNER creates, edits and retires rewards; AGENT reads. */
export function RewardsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const user = useUser();
  const shop = user.shop;
  const isOwner = user.role === 'OWNER';
  const phone = useMediaQuery('(max-width: 36em)');
  const rewards = useLoad(() => api.rewards.list(shop.id), [api, shop.id]);
  const valueText = useRewardValueText();
  const pointsText = usePointsText();
  // undefined: closed, null: new reward, Reward: editing
  const [editing, setEditing] = useState<Reward | null | undefined>(undefined);
  const [saved, setSaved] = useState<string>();
  const [toggleError, setToggleError] = useState<unknown>();
  const [toggling, setToggling] = useState<string>();

  function onSaved(reward: Reward) {
    setEditing(undefined);
    setSaved(t('rewards.saved', { name: reward.name }));
    void rewards.reload();
  }

  async function setActive(reward: Reward, active: boolean) {
    setToggling(reward.id);
    setToggleError(undefined);
    setSaved(undefined);
    try {
      const updated = await api.rewards.update(shop.id, reward.id, withActive(reward, active));
      setSaved(t(active ? 'rewards.reactivated' : 'rewards.retiredNotice', { name: updated.name }));
      void rewards.reload();
    } catch (e) {
      setToggleError(e);
    } finally {
      setToggling(undefined);
    }
  }

  const items = rewards.data?.items ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('rewards.title')}
        </Title>
        {isOwner && (
          <Button
            onClick={() => {
              setSaved(undefined);
              setEditing(null);
            }}
          >
            {t('rewards.new')}
          </Button>
        )}
      </Group>
      {!isOwner && (
        <Text c="dimmed" size="sm" data-testid="rewards-read-only">
          {t('rewards.readOnly')}
        </Text>
      )}
      {saved && (
        <Alert color="teal" withCloseButton onClose={() => setSaved(undefined)} data-testid="reward-saved">
          {saved}
        </Alert>
      )}
      <ErrorAlert error={toggleError} />
      <ErrorAlert error={rewards.error} />
      <Card withBorder>
        {!rewards.data && !rewards.error ? (
          <Loading />
        ) : items.length === 0 ? (
          <Text c="dimmed" data-testid="rewards-empty">
            {isOwner ? t('rewards.emptyOwner') : t('rewards.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={isOwner ? 760 : 600}>
            <Table striped data-testid="rewards-table" verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('rewards.name')}</Table.Th>
                  <Table.Th>{t('rewards.value')}</Table.Th>
                  <Table.Th ta="right">{t('rewards.cost')}</Table.Th>
                  <Table.Th>{t('rewards.validity')}</Table.Th>
                  <Table.Th>{t('rewards.status')}</Table.Th>
                  {isOwner && <Table.Th>{t('rewards.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr key={r.id} data-testid="reward-row" data-active={r.active}>
                    <Table.Td>
                      <Text fw={500}>{r.name}</Text>
                      {r.description && (
                        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
                          {r.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{valueText(r, shop.currency)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {pointsText(r.pointsCost)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('rewards.validityDays', { count: r.validityDays })}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Badge style={{ overflow: 'visible' }} color={r.active ? 'teal' : 'gray'} variant="light">
                        {r.active ? t('rewards.active') : t('rewards.retired')}
                      </Badge>
                    </Table.Td>
                    {isOwner && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="light"
                            onClick={() => {
                              setSaved(undefined);
                              setEditing(r);
                            }}
                            aria-label={t('rewards.editNamed', { name: r.name })}
                          >
                            {t('rewards.edit')}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            loading={toggling === r.id}
                            onClick={() => void setActive(r, !r.active)}
                            aria-label={t(r.active ? 'rewards.retireNamed' : 'rewards.reactivateNamed', { name: r.name })}
                          >
                            {r.active ? t('rewards.retire') : t('rewards.reactivate')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {isOwner && (
        <Modal
          opened={editing !== undefined}
          onClose={() => setEditing(undefined)}
          title={editing ? t('rewards.editTitle') : t('rewards.new')}
          size="lg"
          fullScreen={!!phone}
        >
          {editing !== undefined && (
            <RewardForm
              key={editing?.id ?? 'new'}
              shopId={shop.id}
              currency={shop.currency}
              reward={editing ?? undefined}
              onSaved={onSaved}
              onCancel={() => setEditing(undefined)}
            />
          )}
        </Modal>
      )}
    </Stack>
  );
}
