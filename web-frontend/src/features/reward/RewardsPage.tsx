import { Badge, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Reward, RewardInput } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  EditorModal,
  ListCard,
  PageHeader,
  SavedNotice,
  useListEditor,
  useRowAction,
} from '../../components/ResourceList';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { usePointsText, useRewardValueText } from './Rewards';
import { useLoad } from '../../components/useLoad';
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
  const rewards = useLoad(() => api.rewards.list(shop.id), [api, shop.id]);
  const valueText = useRewardValueText();
  const pointsText = usePointsText();
  const editor = useListEditor<Reward>();
  const toggle = useRowAction();

  function setActive(reward: Reward, active: boolean) {
    return toggle.run(reward.id, async () => {
      editor.setSaved(undefined);
      const updated = await api.rewards.update(shop.id, reward.id, withActive(reward, active));
      editor.setSaved(t(active ? 'rewards.reactivated' : 'rewards.retiredNotice', { name: updated.name }));
      void rewards.reload();
    });
  }

  const items = rewards.data?.items ?? [];
  return (
    <Stack>
      <PageHeader title={t('rewards.title')} action={isOwner && <Button onClick={editor.openNew}>{t('rewards.new')}</Button>} />
      {!isOwner && (
        <Text c="dimmed" size="sm" data-testid="rewards-read-only">
          {t('rewards.readOnly')}
        </Text>
      )}
      <SavedNotice message={editor.saved} onClose={() => editor.setSaved(undefined)} testId="reward-saved" />
      <ErrorAlert error={toggle.error} />
      <ErrorAlert error={rewards.error} />
      <ListCard
        loaded={rewards}
        isEmpty={items.length === 0}
        empty={isOwner ? t('rewards.emptyOwner') : t('rewards.empty')}
        emptyTestId="rewards-empty"
      >
        <ResponsiveTable
          rows={items}
          rowKey={(r) => r.id}
          rowProps={(r) => ({ 'data-testid': 'reward-row', 'data-active': r.active })}
          testId="rewards-table"
          minWidth={isOwner ? 760 : 600}
          tableProps={{ striped: true, verticalSpacing: 'sm' }}
          columns={[
            {
              key: 'name',
              header: t('rewards.name'),
              card: 'title',
              cell: (r) => (
                <>
                  <Text fw={500} inherit>
                    {r.name}
                  </Text>
                  {r.description && (
                    <Text size="xs" c="dimmed" fw={400} style={{ wordBreak: 'break-word' }}>
                      {r.description}
                    </Text>
                  )}
                </>
              ),
            },
            { key: 'value', header: t('rewards.value'), cell: (r) => valueText(r, shop.currency) },
            {
              key: 'cost',
              header: t('rewards.cost'),
              align: 'right',
              style: { whiteSpace: 'nowrap' },
              cell: (r) => pointsText(r.pointsCost),
            },
            {
              key: 'validity',
              header: t('rewards.validity'),
              style: { whiteSpace: 'nowrap' },
              cell: (r) => t('rewards.validityDays', { count: r.validityDays }),
            },
            {
              key: 'status',
              header: t('rewards.status'),
              style: { whiteSpace: 'nowrap' },
              cell: (r) => (
                <Badge style={{ overflow: 'visible' }} color={r.active ? 'teal' : 'gray'} variant="light">
                  {r.active ? t('rewards.active') : t('rewards.retired')}
                </Badge>
              ),
            },
            isOwner && {
              key: 'actions',
              header: t('rewards.actions'),
              card: 'actions',
              cell: (r) => (
                <>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => editor.openEdit(r)}
                    aria-label={t('rewards.editNamed', { name: r.name })}
                  >
                    {t('rewards.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    loading={toggle.pending === r.id}
                    onClick={() => void setActive(r, !r.active)}
                    aria-label={t(r.active ? 'rewards.retireNamed' : 'rewards.reactivateNamed', { name: r.name })}
                  >
                    {r.active ? t('rewards.retire') : t('rewards.reactivate')}
                  </Button>
                </>
              ),
            },
          ]}
        />
      </ListCard>
      {isOwner && (
        <EditorModal editor={editor} newTitle={t('rewards.new')} editTitle={t('rewards.editTitle')} size="lg">
          {(reward) => (
            <RewardForm
              shopId={shop.id}
              currency={shop.currency}
              reward={reward}
              onSaved={(saved) => {
                editor.done(t('rewards.saved', { name: saved.name }));
                void rewards.reload();
              }}
              onCancel={editor.close}
            />
          )}
        </EditorModal>
      )}
    </Stack>
  );
}
