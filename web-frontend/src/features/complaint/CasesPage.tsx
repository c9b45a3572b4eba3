import { Alert, Anchor, Box, Card, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CASE_VIEWS, type CaseSummary, type CaseView } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { LoadMoreButton, useCursorHistory } from '../../components/LoadMore';
import { Loading } from '../../components/Loading';
import { formatDateTime, todayIn } from '../../format';
import { useLoad } from '../../components/useLoad';
import { CaseCards } from './caseUi';

/** Cases per page of a list. */
export const CASE_PAGE = 50;

function isView(value: string | null): value is CaseView {
  return !!value && (CASE_VIEWS as readonly string[]).includes(value);
}

/**
 * Open cases past three quarters of a resolution standard's time, or past it, soonest due first — in words, not
 * only colour; nothing when no case is at risk (or the shop has no resolution standard).
 */
function AtRisk() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const shop = useUser().shop;
  const risky = useLoad(() => api.cases.atRisk(shop.id), [api, shop.id]);
  const items = risky.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert color="orange" title={t('cases.atRiskTitle', { count: items.length })} data-testid="cases-at-risk">
      <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((r) => (
          <Text component="li" size="sm" key={r.caseId} data-testid="case-at-risk">
            <Anchor component={Link} to={`/admin/cases/${r.caseId}`} size="sm">
              {`#${r.number} ${r.subject}`}
            </Anchor>
            {' – '}
            {t(r.breached ? 'cases.breached' : 'cases.dueBy', {
              when: formatDateTime(r.due, shop.timeZone, i18n.language),
              standard: r.standardName,
            })}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
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
      <AtRisk />
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
