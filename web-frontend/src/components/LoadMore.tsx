import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLoad, type Loaded } from './useLoad';

export const HISTORY_PAGE = 50;
/** The APIs accept `limit` up to 500. */
export const HISTORY_MAX = 500;

/** A list answer of the API (`LedgerPage`, `PurchasePage`, …). */
export type ItemList = { items: readonly unknown[] };

export interface LoadedHistory<L extends ItemList> extends Loaded<L> {
  limit: number;
  /** the last answer was full: there may be older entries */
  hasMore: boolean;
  loadMore: () => void;
}

/** A newest-first history loaded with `limit`; "Load more" asks again with 50 more (up to 500). */
export function useHistory<L extends ItemList>(load: (limit: number) => Promise<L>, deps: unknown[]): LoadedHistory<L> {
  const [limit, setLimit] = useState(HISTORY_PAGE);
  const loaded = useLoad(() => load(limit), [...deps, limit]);
  const count = loaded.data?.items.length ?? 0;
  const hasMore = !!loaded.data && count >= limit && limit < HISTORY_MAX;
  return {
    ...loaded,
    limit,
    hasMore,
    loadMore: () => setLimit((l) => Math.min(l + HISTORY_PAGE, HISTORY_MAX)),
  };
}

/** "Load more" under a history while the server may have older entries. */
export function LoadMoreButton({
  history,
  testId = 'load-more',
}: {
  history: Pick<LoadedHistory<ItemList>, 'hasMore' | 'loading' | 'loadMore'>;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (!history.hasMore) return null;
  return (
    <Group justify="center" mt="sm">
      <Button variant="default" size="xs" loading={history.loading} onClick={history.loadMore} data-testid={testId}>
        {t('common.loadMore')}
      </Button>
    </Group>
  );
}
