import { useEffect, useState } from 'react';
import { Anchor, Button, Group, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useLoad } from '../../components/useLoad';
import { formatPoints } from '../../format';
import { NewCustomerModal } from './NewCustomerModal';
import { SetupChecklist } from '../setup/SetupChecklist';
import { ChannelText } from '../acquisition/ChannelText';

export const PAGE_SIZE = 25;

/** `/admin/customers`: searchable, paginated customer list. */
export function CustomersPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const user = useUser();
  const shopId = user.shop.id;
  // search text and page live in the URL (?q=…&page=2) so that Back returns to them
  const [params, setParams] = useSearchParams();
  const urlQuery = params.get('q') ?? '';
  const page = Math.max(0, (Number.parseInt(params.get('page') ?? '1', 10) || 1) - 1);
  const [query, setQuery] = useState(urlQuery);
  const [debouncedQuery] = useDebouncedValue(query.trim(), 300);
  const [creating, setCreating] = useState(false);
  const phone = useMediaQuery('(max-width: 48em)');

  function writeParams(q: string, p: number, replace: boolean) {
    const next = new URLSearchParams();
    if (q) next.set('q', q);
    if (p > 0) next.set('page', String(p + 1));
    setParams(next, { replace });
  }
  const setPage = (p: number) => writeParams(urlQuery, p, false);

  // typing updates the URL in place (one history entry per search, not per key)
  useEffect(() => {
    if (debouncedQuery !== urlQuery.trim()) writeParams(debouncedQuery, 0, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedQuery]);

  // Back/Forward: take the search text from the URL
  useEffect(() => {
    setQuery((q) => (q.trim() === urlQuery.trim() ? q : urlQuery));
  }, [urlQuery]);

  const list = useLoad(
    () => api.customers.list(shopId, { q: urlQuery.trim() || undefined, page, size: PAGE_SIZE }),
    [api, shopId, urlQuery, page],
  );
  const data = list.data;
  const totalPages = data ? Math.max(1, Math.ceil(data.total / (data.size || PAGE_SIZE))) : 1;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('customers.title')}
        </Title>
        <Button onClick={() => setCreating(true)}>{t('customers.new')}</Button>
      </Group>
      <SetupChecklist onNewCustomer={() => setCreating(true)} />
      <TextInput
        label={t('customers.search')}
        placeholder={t('customers.searchPlaceholder')}
        description={t('customers.searchHint')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        maxLength={100}
        type="search"
        maw={420}
      />
      <LoadError error={list.error} onRetry={() => void list.reload()} />
      {!data && list.loading ? (
        <Loading />
      ) : data && data.items.length === 0 ? (
        <Text c="dimmed" data-testid="customers-empty">
          {urlQuery ? t('customers.noMatches') : t('customers.empty')}
        </Text>
      ) : data ? (
        <>
          <Table.ScrollContainer minWidth={phone ? 0 : 640}>
            <Table striped highlightOnHover data-testid="customers-table" aria-busy={list.loading}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th visibleFrom="sm">{t('customers.number')}</Table.Th>
                  <Table.Th>{t('customers.name')}</Table.Th>
                  <Table.Th visibleFrom="sm">{t('customers.email')}</Table.Th>
                  <Table.Th visibleFrom="sm">{t('customers.channel')}</Table.Th>
                  <Table.Th ta="right">{t('customers.availablePoints')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td visibleFrom="sm">{c.number}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/admin/customers/${c.id}`}>
                        {`${c.firstName} ${c.lastName}`.trim()}
                      </Anchor>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">{c.email ?? '–'}</Table.Td>
                    <Table.Td visibleFrom="sm"><ChannelText code={c.acquisitionChannel} /></Table.Td>
                    <Table.Td ta="right">{formatPoints(c.balance?.available ?? 0, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('customers.total', { count: data.total })}
            </Text>
            {totalPages > 1 && (
              <Pagination
                total={totalPages}
                value={page + 1}
                onChange={(p) => setPage(p - 1)}
                getControlProps={(control) => ({
                  'aria-label': control === 'next' ? t('common.nextPage') : control === 'previous' ? t('common.previousPage') : undefined,
                })}
              />
            )}
          </Group>
        </>
      ) : null}
      <NewCustomerModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={() => void list.reload()}
      />
    </Stack>
  );
}
