import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Box, Button, Card, Group, Paper, SegmentedControl, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  VOUCHER_FILTERS,
  type VoucherCounts,
  type VoucherFilter,
  type VoucherOverview as Overview,
  type VoucherOverviewItem,
} from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { formatPoints } from '../../format';
import { CancelVoucherDialog, useCancelledText, type CancelTarget } from './CancelVoucher';
import { useRewardValueText, useVoucherValidityText, VoucherStatusBadge } from './Rewards';

/** Vouchers per page of the overview. */
export const VOUCHER_PAGE = 25;

type Filter = VoucherFilter | 'ALL';
const FILTERS: Filter[] = [...VOUCHER_FILTERS, 'ALL'];

const COUNT_OF: Record<VoucherFilter, keyof VoucherCounts> = {
  ISSUED: 'issued',
  REDEEMED: 'redeemed',
  EXPIRED: 'expired',
  CANCELLED: 'cancelled',
};

function countOf(counts: VoucherCounts, filter: Filter): number {
  return filter === 'ALL' ? counts.issued + counts.redeemed + counts.expired + counts.cancelled : counts[COUNT_OF[filter]];
}

interface PagesState {
  items?: VoucherOverviewItem[];
  counts?: VoucherCounts;
  /** pages loaded so far */
  pages: number;
  /** the last page was full: there may be more */
  lastFull: boolean;
  loading: boolean;
  error?: unknown;
  moreError?: unknown;
}

/** Appends `more`, leaving out vouchers already shown (newer ones issued meanwhile shift the pages). */
function merge(items: VoucherOverviewItem[], more: VoucherOverviewItem[]): VoucherOverviewItem[] {
  const seen = new Set(items.map((i) => i.voucher.id));
  return [...items, ...more.filter((i) => !seen.has(i.voucher.id))];
}

/**
 * The shop's vouchers of one status, newest first, in pages of {@link VOUCHER_PAGE}: the first page whenever the filter
 * changes, "Load more" appends the next one, `reload` reads all pages shown again (e.g. after a cancellation).
 */
function useVoucherPages(shopId: string, filter: Filter) {
  const api = useApi();
  const [state, setState] = useState<PagesState>({ pages: 0, lastFull: false, loading: true });
  const current = useRef(state);
  const generation = useRef(0);
  const update = useCallback((next: PagesState) => {
    current.current = next;
    setState(next);
  }, []);

  const fetchPage = useCallback(
    (page: number) => api.vouchers.overview(shopId, { status: filter === 'ALL' ? undefined : filter, page, size: VOUCHER_PAGE }),
    [api, shopId, filter],
  );

  const loadPages = useCallback(
    async (pages: number, keep: boolean) => {
      const gen = ++generation.current;
      update(keep ? { ...current.current, loading: true } : { pages: 0, lastFull: false, loading: true });
      try {
        const answers: Overview[] = await Promise.all(Array.from({ length: pages }, (_, p) => fetchPage(p)));
        if (gen !== generation.current) return;
        const last = answers[answers.length - 1];
        update({
          items: answers.reduce<VoucherOverviewItem[]>((all, a) => merge(all, a.items), []),
          counts: last.counts,
          pages,
          lastFull: last.items.length >= VOUCHER_PAGE,
          loading: false,
        });
      } catch (e) {
        if (gen === generation.current) update(keep ? { ...current.current, loading: false, moreError: e } : { pages: 0, lastFull: false, loading: false, error: e });
      }
    },
    [fetchPage, update],
  );

  useEffect(() => {
    void loadPages(1, false);
  }, [loadPages]);

  const loadMore = useCallback(async () => {
    const before = current.current;
    if (before.loading || !before.items) return;
    const gen = generation.current;
    update({ ...before, loading: true, moreError: undefined });
    try {
      const answer = await fetchPage(before.pages);
      if (gen !== generation.current) return;
      update({
        items: merge(current.current.items ?? [], answer.items),
        counts: answer.counts,
        pages: before.pages + 1,
        lastFull: answer.items.length >= VOUCHER_PAGE,
        loading: false,
      });
    } catch (e) {
      if (gen === generation.current) update({ ...current.current, loading: false, moreError: e });
    }
  }, [fetchPage, update]);

  const total = state.counts ? countOf(state.counts, filter) : 0;
  return {
    ...state,
    total,
    hasMore: !!state.items && state.lastFull && state.items.length < total,
    loadMore: () => void loadMore(),
    reload: () => void loadPages(Math.max(1, current.current.pages), true),
    retry: () => void loadPages(1, false),
  };
}

/** Name and number of the voucher's customer, linking to the customer's page. */
function CustomerLink({ item }: { item: VoucherOverviewItem }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/admin/customers/${item.customerId}`} size="sm" data-testid="voucher-customer">
      {item.customerName}{' '}
      <Text span size="xs" c="dimmed">
        ({t('customerDetail.number', { number: item.customerNumber })})
      </Text>
    </Anchor>
  );
}

function CancelButton({ item, onCancel }: { item: VoucherOverviewItem; onCancel: (item: VoucherOverviewItem) => void }) {
  const { t } = useTranslation();
  if (item.voucher.status !== 'ISSUED') return null;
  return (
    <Button variant="subtle" color="red" size="compact-sm" onClick={() => onCancel(item)} data-testid="voucher-cancel">
      {t('cancelVoucher.button')}
    </Button>
  );
}

/**
 * The shop's vouchers below the voucher desk: Open / Used / Expired / Cancelled / All with their counts, newest first,
 * with the customer of each; open ones can be cancelled. A table on wide screens, cards on phones.
 */
export function VoucherOverview() {
  const { t, i18n } = useTranslation();
  const shop = useUser().shop;
  const phone = useMediaQuery('(max-width: 48em)');
  const valueText = useRewardValueText();
  const validity = useVoucherValidityText();
  const cancelledText = useCancelledText();
  const [filter, setFilter] = useState<Filter>('ISSUED');
  const list = useVoucherPages(shop.id, filter);
  const [cancelling, setCancelling] = useState<CancelTarget>();
  const [done, setDone] = useState<string>();
  const lang = i18n.language;

  const open = (item: VoucherOverviewItem) => {
    setDone(undefined);
    setCancelling({ voucher: item.voucher, customerName: item.customerName });
  };

  return (
    <Stack gap="sm" data-testid="voucher-overview">
      <Title order={2} size="h3">
        {t('voucherOverview.title')}
      </Title>
      <SegmentedControl
        aria-label={t('voucherOverview.filterLabel')}
        value={filter}
        onChange={(v) => {
          setDone(undefined);
          setFilter(v as Filter);
        }}
        orientation={phone ? 'vertical' : 'horizontal'}
        fullWidth
        data={FILTERS.map((f) => ({
          value: f,
          label: list.counts
            ? `${t(`voucherOverview.filter.${f}`)} (${formatPoints(countOf(list.counts, f), lang)})`
            : t(`voucherOverview.filter.${f}`),
        }))}
        data-testid="voucher-filter"
      />
      {done && (
        <Alert color="teal" withCloseButton onClose={() => setDone(undefined)} data-testid="voucher-cancelled-notice">
          {done}
        </Alert>
      )}
      <Card withBorder p={phone ? 'xs' : 'md'}>
        {list.error ? (
          <LoadError error={list.error} onRetry={list.retry} />
        ) : !list.items ? (
          <Loading />
        ) : list.items.length === 0 ? (
          <Text c="dimmed" data-testid="voucher-overview-empty">
            {t(`voucherOverview.empty.${filter}`)}
          </Text>
        ) : phone ? (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="voucher-cards">
            {list.items.map((item) => (
              <Paper component="li" withBorder radius="md" p="sm" key={item.voucher.id} data-testid="voucher-row" data-status={item.voucher.status}>
                <Stack gap={4}>
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <div style={{ minWidth: 0 }}>
                      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {item.voucher.rewardName}
                      </Text>
                      <Text size="sm" c="teal.8">
                        {valueText(item.voucher, shop.currency)}
                      </Text>
                    </div>
                    <VoucherStatusBadge status={item.voucher.status} size="sm" />
                  </Group>
                  <Text ff="monospace" fw={600} translate="no" style={{ overflowWrap: 'anywhere' }} data-testid="voucher-row-code">
                    {item.voucher.code}
                  </Text>
                  <CustomerLink item={item} />
                  <Text size="sm" c="dimmed">
                    {validity(item.voucher, shop.timeZone)}
                  </Text>
                  <Group justify="flex-end">
                    <CancelButton item={item} onCancel={open} />
                  </Group>
                </Stack>
              </Paper>
            ))}
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table striped verticalSpacing="sm" data-testid="voucher-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('voucherOverview.code')}</Table.Th>
                  <Table.Th>{t('voucherOverview.reward')}</Table.Th>
                  <Table.Th>{t('voucherOverview.customer')}</Table.Th>
                  <Table.Th>{t('voucherOverview.status')}</Table.Th>
                  <Table.Th>{t('voucherOverview.date')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((item) => (
                  <Table.Tr key={item.voucher.id} data-testid="voucher-row" data-status={item.voucher.status}>
                    <Table.Td ff="monospace" fw={600} style={{ whiteSpace: 'nowrap' }} translate="no" data-testid="voucher-row-code">
                      {item.voucher.code}
                    </Table.Td>
                    <Table.Td>
                      {item.voucher.rewardName}
                      <Text size="xs" c="dimmed">
                        {valueText(item.voucher, shop.currency)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <CustomerLink item={item} />
                    </Table.Td>
                    <Table.Td>
                      {/* as wide as its text: a narrow column would cut the badge to "VAL…" */}
                      <Box w="max-content">
                        <VoucherStatusBadge status={item.voucher.status} size="sm" />
                      </Box>
                    </Table.Td>
                    <Table.Td>{validity(item.voucher, shop.timeZone)}</Table.Td>
                    <Table.Td ta="right">
                      <CancelButton item={item} onCancel={open} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {list.items && list.items.length > 0 && (
          <Text size="xs" c="dimmed" ta="center" mt="sm" data-testid="voucher-overview-shown">
            {t('voucherOverview.shown', { shown: formatPoints(list.items.length, lang), total: formatPoints(Math.max(list.total, list.items.length), lang) })}
          </Text>
        )}
        <ErrorAlert error={list.moreError} />
        {list.hasMore && (
          <Group justify="center" mt="sm">
            <Button variant="default" size="xs" loading={list.loading} onClick={list.loadMore} data-testid="voucher-load-more">
              {t('common.loadMore')}
            </Button>
          </Group>
        )}
      </Card>
      <CancelVoucherDialog
        target={cancelling}
        onClose={() => setCancelling(undefined)}
        onCancelled={(result) => {
          setCancelling(undefined);
          setDone(cancelledText(result));
          list.reload();
        }}
        onFailed={list.reload}
      />
    </Stack>
  );
}
