import { Box, Card, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CASE_VIEWS, type CaseSummary, type CaseView } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { LoadMoreButton, useCursorHistory } from '../../components/LoadMore';
import { Loading } from '../../components/Loading';
import { todayIn } from '../../format';
import { CaseCards } from './caseUi';

/** Cases per page of a list. */
export const CASE_PAGE = 50;

function isView(value: string | null): value is CaseView {
  return !!value && (CASE_VIEWS as readonly string[]).includes(value);
}

/**
 * `/admin/cases`: the complaint inbox — my open cases (default), the unassigned ones, all open, the closed ones or
 * all (`?view=…`, kept in the URL), 50 at a time with "Load more".
 */
export function CasesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const shop = useUser().shop;
  const [params, setParams] = useSearchParams();
  const raw = params.get('view');
  const view: CaseView = isView(raw) ? raw : 'MINE';
  const phone = useMediaQuery('(max-width: 48em)');
  const list = useCursorHistory<CaseSummary, string>(
    (cursor) =>
      api.cases.list(shop.id, { view, cursor, limit: CASE_PAGE }).then((page) => ({ items: page.items, nextBefore: page.cursor })),
    [api, shop.id, view],
  );

  function choose(value: string) {
    setParams(value === 'MINE' ? {} : { view: value }, { replace: true });
  }

  return (
    <Stack maw={1000}>
      <Title order={1} size="h2">
        {t('cases.title')}
      </Title>
      <Text size="sm">{t('cases.intro')}</Text>
      <Box>
        <SegmentedControl
          value={view}
          onChange={choose}
          aria-label={t('cases.viewLabel')}
          data={CASE_VIEWS.map((v) => ({ value: v, label: t(`cases.views.${v}`) }))}
          orientation={phone ? 'vertical' : 'horizontal'}
          fullWidth={!!phone}
          data-testid="case-view"
        />
      </Box>
      <LoadError error={list.error} onRetry={list.reload} />
      {!list.error && (
        <Card withBorder p={{ base: 'xs', sm: 'md' }}>
          {!list.items ? (
            <Loading />
          ) : list.items.length === 0 ? (
            <Text data-testid="cases-empty">{t(`cases.empty.${view}`)}</Text>
          ) : (
            <CaseCards cases={list.items} timeZone={shop.timeZone} today={todayIn(shop.timeZone)} />
          )}
          {list.moreError ? (
            <Box mt="sm">
              <ErrorAlert error={list.moreError} />
            </Box>
          ) : null}
          <LoadMoreButton history={list} testId="cases-load-more" />
        </Card>
      )}
    </Stack>
  );
}
