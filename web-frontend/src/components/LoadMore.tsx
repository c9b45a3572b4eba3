import { useCallback, useEffect, useRef, useState } from 'react';
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

/**
 * A page of a history read with a cursor: latest first, `nextBefore` the cursor of the older entries (none at the end);
 * the cursor is a number (the audit log's sequence) or an opaque string (the cases' `cursor`).
 */
export interface CursorPage<T, C = number> {
  items: T[];
  nextBefore?: C | null;
}

export interface LoadedCursorHistory<T> {
  /** all entries loaded so far, latest first; undefined until the first page arrived */
  items: T[] | undefined;
  /** the first page could not be loaded */
  error: unknown;
  /** the last "Load older" failed (the entries loaded so far stay) */
  moreError: unknown;
  loading: boolean;
  /** the server named a cursor for older entries */
  hasMore: boolean;
  loadMore: () => void;
  /** loads the first page again (older pages are dropped) */
  reload: () => void;
}

interface CursorState<T, C> {
  items?: T[];
  next?: C | null;
  error?: unknown;
  moreError?: unknown;
  loading: boolean;
}

/**
 * A newest-first history paged by a cursor (`before`): the first page on mount and whenever `deps` change (the
 * entries shown so far are dropped then), each "Load older" appends the page before the oldest entry shown.
 * Answers of outdated requests are ignored.
 */
export function useCursorHistory<T, C = number>(
  load: (before: C | undefined) => Promise<CursorPage<T, C>>,
  deps: unknown[],
): LoadedCursorHistory<T> {
  const [state, setState] = useState<CursorState<T, C>>({ loading: true });
  const current = useRef(state);
  const generation = useRef(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const loader = useCallback(load, deps);
  const update = useCallback((next: CursorState<T, C>) => {
    current.current = next;
    setState(next);
  }, []);

  const first = useCallback(async () => {
    const gen = ++generation.current;
    update({ loading: true });
    try {
      const page = await loader(undefined);
      if (gen === generation.current) update({ items: page.items, next: page.nextBefore ?? null, loading: false });
    } catch (e) {
      if (gen === generation.current) update({ error: e, loading: false });
    }
  }, [loader, update]);

  useEffect(() => {
    void first();
  }, [first]);

  const loadMore = useCallback(async () => {
    const before = current.current;
    if (before.loading || !before.items || before.next == null) return;
    const gen = generation.current;
    update({ ...before, loading: true, moreError: undefined });
    try {
      const page = await loader(before.next);
      if (gen !== generation.current) return;
      const now = current.current;
      update({ items: [...(now.items ?? []), ...page.items], next: page.nextBefore ?? null, loading: false });
    } catch (e) {
      if (gen === generation.current) update({ ...current.current, loading: false, moreError: e });
    }
  }, [loader, update]);

  return {
    items: state.items,
    error: state.error,
    moreError: state.moreError,
    loading: state.loading,
    hasMore: !!state.items && state.next != null,
    loadMore: () => void loadMore(),
    reload: () => void first(),
  };
}

/** "Load more" (or `label`) under a history while the server may have older entries. */
export function LoadMoreButton({
  history,
  testId = 'load-more',
  label,
}: {
  history: Pick<LoadedHistory<ItemList>, 'hasMore' | 'loading' | 'loadMore'>;
  testId?: string;
  label?: string;
}) {
  const { t } = useTranslation();
  if (!history.hasMore) return null;
  return (
    <Group justify="center" mt="sm">
      <Button variant="default" size="xs" loading={history.loading} onClick={history.loadMore} data-testid={testId}>
        {label ?? t('common.loadMore')}
      </Button>
    </Group>
  );
}
