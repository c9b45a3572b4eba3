import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Promotion, PromotionInput } from '../api';
import { useApi } from '../app/ApiContext';
import { useUser } from '../app/SessionContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { useLoad } from '../components/useLoad';
import { formatDateTime, formatMoney, formatPoints, parseInstant } from '../format';
import { PromotionForm } from './PromotionForm';
import { formatFactor } from './TiersPage';

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
  const phone = useMediaQuery('(max-width: 36em)');
  const promotions = useLoad(() => api.promotions.list(shop.id), [api, shop.id]);
  const [editing, setEditing] = useState<Promotion | null | undefined>(undefined);
  const [saved, setSaved] = useState<string>();
  const [toggleError, setToggleError] = useState<unknown>();
  const [toggling, setToggling] = useState<string>();
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

  async function setActive(p: Promotion, active: boolean) {
    setToggling(p.id);
    setToggleError(undefined);
    setSaved(undefined);
    try {
      const updated = await api.promotions.update(shop.id, p.id, promotionWithActive(p, active));
      setSaved(t(active ? 'promotions.reactivated' : 'promotions.deactivated', { name: updated.name }));
      void promotions.reload();
    } catch (e) {
      setToggleError(e);
    } finally {
      setToggling(undefined);
    }
  }

  const items = promotions.data?.items ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('promotions.title')}
        </Title>
        {isOwner && (
          <Button
            onClick={() => {
              setSaved(undefined);
              setEditing(null);
            }}
            data-testid="new-promotion"
          >
            {t('promotions.new')}
          </Button>
        )}
      </Group>
      <Text c="dimmed" size="sm">
        {t('promotions.intro')}
      </Text>
      {saved && (
        <Alert color="teal" withCloseButton onClose={() => setSaved(undefined)} data-testid="promotion-saved">
          {saved}
        </Alert>
      )}
      <ErrorAlert error={toggleError} />
      <LoadError error={promotions.error} onRetry={() => void promotions.reload()} />
      <Card withBorder>
        {!promotions.data && !promotions.error ? (
          <Loading />
        ) : items.length === 0 ? (
          <Text c="dimmed" data-testid="promotions-empty">
            {t('promotions.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={isOwner ? 880 : 720}>
            <Table striped data-testid="promotions-table" verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('promotions.name')}</Table.Th>
                  <Table.Th>{t('promotions.effect')}</Table.Th>
                  <Table.Th>{t('promotions.category')}</Table.Th>
                  <Table.Th>{t('promotions.period')}</Table.Th>
                  <Table.Th>{t('promotions.status')}</Table.Th>
                  {isOwner && <Table.Th>{t('promotions.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => {
                  const state = promotionState(p);
                  return (
                    <Table.Tr key={p.id} data-testid="promotion-row" data-state={state}>
                      <Table.Td fw={500}>{p.name}</Table.Td>
                      <Table.Td>{effect(p)}</Table.Td>
                      <Table.Td data-testid="promotion-category">
                        {p.category ? p.category : <Text span c="dimmed" size="sm">{t('promotions.wholePurchase')}</Text>}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(p.startsAt, shop.timeZone, lang)} – {formatDateTime(p.endsAt, shop.timeZone, lang)}
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={STATE_COLOR[state]} style={{ overflow: 'visible' }}>
                          {t(`promotionState.${state}`)}
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
                                setEditing(p);
                              }}
                              aria-label={t('promotions.editNamed', { name: p.name })}
                            >
                              {t('promotions.edit')}
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              loading={toggling === p.id}
                              onClick={() => void setActive(p, !p.active)}
                            >
                              {p.active ? t('promotions.deactivate') : t('promotions.reactivate')}
                            </Button>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {isOwner && (
        <Modal
          opened={editing !== undefined}
          onClose={() => setEditing(undefined)}
          title={editing ? t('promotions.editTitle') : t('promotions.new')}
          size="lg"
          fullScreen={!!phone}
        >
          {editing !== undefined && (
            <PromotionForm
              key={editing?.id ?? 'new'}
              shopId={shop.id}
              currency={shop.currency}
              timeZone={shop.timeZone}
              promotion={editing ?? undefined}
              onSaved={(p) => {
                setEditing(undefined);
                setSaved(t('promotions.saved', { name: p.name }));
                void promotions.reload();
              }}
              onCancel={() => setEditing(undefined)}
            />
          )}
        </Modal>
      )}
    </Stack>
  );
}
