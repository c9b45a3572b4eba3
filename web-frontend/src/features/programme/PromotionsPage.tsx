import { Badge, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Promotion, PromotionInput } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import {
  EditorModal,
  ListCard,
  PageHeader,
  SavedNotice,
  useListEditor,
  useRowAction,
} from '../../components/ResourceList';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { useLoad } from '../../components/useLoad';
import { formatDateTime, formatFactor, formatMoney, formatPoints, parseInstant } from '../../format';
import { PromotionForm } from './PromotionForm';

export type PromotionState = 'RUNNING' | 'PLANNED' | 'ENDED' | 'INACTIVE';

/** Running, planned or ended at `now`; a deactivated promotion is INACTIVE. */
export function promotionState(p: Promotion, now: Date = new Date()): PromotionState {
  if (!p.active) return 'INACTIVE';
  if (now.getTime() < parseInstant(p.startsAt).getTime()) return 'PLANNED';
  if (now.getTime() >= parseInstant(p.endsAt).getTime()) return 'ENDED';
  return 'RUNNING';
}

const STATE_COLOR: Record<PromotionState, string> = { RUNNING: 'teal', PLANNED: 'blue', ENDED: 'gray', INACTIVE: 'gray' };

/** The body of a PUT that keeps everything of `p` except `active`. */
export function promotionWithActive(p: Promotion, active: boolean): PromotionInput {
  const body: PromotionInput = { name: p.name, kind: p.kind, startsAt: p.startsAt, endsAt: p.endsAt, active };
  if (p.kind === 'MULTIPLIER' && p.multiplier) body.multiplier = p.multiplier;
  if (p.kind === 'FIXED_BONUS' && p.bonusPoints != null) body.bonusPoints = p.bonusPoints;
  if (p.minAmount) body.minAmount = p.minAmount;
  if (p.category) body.category = p.category;
  return body;
}

/** `/admin/promotions`: time-limited extra points. OWNER creates, edits and deactivates; AGENT reads. */
export function PromotionsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const user = useUser();
  const shop = user.shop;
  const isOwner = user.role === 'OWNER';
  const promotions = useLoad(() => api.promotions.list(shop.id), [api, shop.id]);
  const editor = useListEditor<Promotion>();
  const toggle = useRowAction();
  const lang = i18n.language;

  function effect(p: Promotion): string {
    const main =
      p.kind === 'MULTIPLIER'
        ? t('promotions.multiplierEffect', { factor: formatFactor(p.multiplier ?? '', lang) })
        : t('promotions.bonusEffect', { count: p.bonusPoints ?? 0, points: formatPoints(p.bonusPoints ?? 0, lang) });
    if (!p.minAmount) return main;
    const amount = formatMoney(p.minAmount, shop.currency, lang);
    return `${main} · ${t(p.category ? 'promotions.minAmountInCategory' : 'promotions.minAmount', { amount })}`;
  }

  function setActive(p: Promotion, active: boolean) {
    return toggle.run(p.id, async () => {
      editor.setSaved(undefined);
      const updated = await api.promotions.update(shop.id, p.id, promotionWithActive(p, active));
      editor.setSaved(t(active ? 'promotions.reactivated' : 'promotions.deactivated', { name: updated.name }));
      void promotions.reload();
    });
  }

  const items = promotions.data?.items ?? [];
  return (
    <Stack>
      <PageHeader
        title={t('promotions.title')}
        action={
          isOwner && (
            <Button onClick={editor.openNew} data-testid="new-promotion">
              {t('promotions.new')}
            </Button>
          )
        }
      />
      <Text c="dimmed" size="sm">
        {t('promotions.intro')}
      </Text>
      <SavedNotice message={editor.saved} onClose={() => editor.setSaved(undefined)} testId="promotion-saved" />
      <ErrorAlert error={toggle.error} />
      <LoadError error={promotions.error} onRetry={() => void promotions.reload()} />
      <ListCard loaded={promotions} isEmpty={items.length === 0} empty={t('promotions.empty')} emptyTestId="promotions-empty">
        <ResponsiveTable
          rows={items}
          rowKey={(p) => p.id}
          rowProps={(p) => ({ 'data-testid': 'promotion-row', 'data-state': promotionState(p) })}
          testId="promotions-table"
          minWidth={isOwner ? 880 : 720}
          tableProps={{ striped: true, verticalSpacing: 'sm' }}
          columns={[
            { key: 'name', header: t('promotions.name'), card: 'title', cellProps: () => ({ fw: 500 }), cell: (p) => p.name },
            { key: 'effect', header: t('promotions.effect'), cell: (p) => effect(p) },
            {
              key: 'category',
              header: t('promotions.category'),
              cellProps: () => ({ 'data-testid': 'promotion-category' }),
              cell: (p) =>
                p.category ? (
                  p.category
                ) : (
                  <Text span c="dimmed" size="sm">
                    {t('promotions.wholePurchase')}
                  </Text>
                ),
            },
            {
              key: 'period',
              header: t('promotions.period'),
              style: { whiteSpace: 'nowrap' },
              cell: (p) => (
                <>
                  {formatDateTime(p.startsAt, shop.timeZone, lang)} – {formatDateTime(p.endsAt, shop.timeZone, lang)}
                </>
              ),
            },
            {
              key: 'status',
              header: t('promotions.status'),
              cell: (p) => {
                const state = promotionState(p);
                return (
                  <Badge variant="light" color={STATE_COLOR[state]} style={{ overflow: 'visible', minWidth: 'max-content' }}>
                    {t(`promotionState.${state}`)}
                  </Badge>
                );
              },
            },
            isOwner && {
              key: 'actions',
              header: t('promotions.actions'),
              card: 'actions',
              cell: (p) => (
                <>
                  <Button size="xs" variant="light" onClick={() => editor.openEdit(p)} aria-label={t('promotions.editNamed', { name: p.name })}>
                    {t('promotions.edit')}
                  </Button>
                  <Button size="xs" variant="default" loading={toggle.pending === p.id} onClick={() => void setActive(p, !p.active)}>
                    {p.active ? t('promotions.deactivate') : t('promotions.reactivate')}
                  </Button>
                </>
              ),
            },
          ]}
        />
      </ListCard>
      {isOwner && (
        <EditorModal editor={editor} newTitle={t('promotions.new')} editTitle={t('promotions.editTitle')} size="lg">
          {(promotion) => (
            <PromotionForm
              shopId={shop.id}
              currency={shop.currency}
              timeZone={shop.timeZone}
              promotion={promotion}
              onSaved={(saved) => {
                editor.done(t('promotions.saved', { name: saved.name }));
                void promotions.reload();
              }}
              onCancel={editor.close}
            />
          )}
        </EditorModal>
      )}
    </Stack>
  );
}
