import { useState } from 'react';
import { Badge, Box, Button, Card, Grid, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AuditCategory, AuditEntry } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { LoadMoreButton, useCursorHistory } from '../../components/LoadMore';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../format';
import { actorLabel, useAuditDescription, type AuditDescription } from './auditText';

/** Lines per page of the audit log. */
export const AUDIT_PAGE = 50;

/**
 * `/admin/audit-log` (OWNER): the shop's audit log, latest first, everything or only the security events
 * (`?category=SECURITY`, kept in the URL), page by page with "Load older".
 */
export function AuditLogPage() {
  const { t } = useTranslation();
  const api = useApi();
  const shopId = useUser().shop.id;
  const [params, setParams] = useSearchParams();
  const category: AuditCategory = params.get('category') === 'SECURITY' ? 'SECURITY' : 'ALL';
  const log = useCursorHistory(
    (before) => api.shops.auditLog(shopId, { category, before, limit: AUDIT_PAGE }),
    [api, shopId, category],
  );

  function choose(value: string) {
    setParams(value === 'SECURITY' ? { category: 'SECURITY' } : {}, { replace: true });
  }

  return (
    <Stack maw={1000}>
      <Title order={1} size="h2">
        {t('audit.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('audit.intro')}
      </Text>
      <Box>
        <SegmentedControl
          value={category}
          onChange={choose}
          aria-label={t('audit.categoryLabel')}
          data={[
            { value: 'ALL', label: t('audit.category.ALL') },
            { value: 'SECURITY', label: t('audit.category.SECURITY') },
          ]}
          data-testid="audit-category"
        />
      </Box>
      <LoadError error={log.error} onRetry={log.reload} />
      {!log.error && (
        <Card withBorder p={{ base: 'xs', sm: 'md' }}>
          {!log.items ? (
            <Loading />
          ) : log.items.length === 0 ? (
            <Text c="dimmed" data-testid="audit-empty">
              {category === 'SECURITY' ? t('audit.emptySecurity') : t('audit.empty')}
            </Text>
          ) : (
            <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} data-testid="audit-list">
              {log.items.map((entry) => (
                <AuditLine key={entry.seq} entry={entry} />
              ))}
            </Stack>
          )}
          {log.moreError ? (
            <Box mt="sm">
              <ErrorAlert error={log.moreError} />
            </Box>
          ) : null}
          <LoadMoreButton history={log} testId="audit-load-older" label={t('audit.loadOlder')} />
        </Card>
      )}
    </Stack>
  );
}

const TONE_COLOR: Record<AuditDescription['tone'], string> = {
  failure: 'var(--mantine-color-red-6)',
  security: 'var(--mantine-color-blue-6)',
  normal: 'var(--mantine-color-gray-3)',
};

/** One line: time, who, what (one sentence), from where; its other details on demand. */
function AuditLine({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const timeZone = useUser().shop.timeZone;
  const described = useAuditDescription()(entry);
  const [open, setOpen] = useState(false);
  const address = entry.details.address;
  const detailsId = `audit-details-${entry.seq}`;
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="sm"
      data-testid="audit-entry"
      data-action={entry.action}
      data-tone={described.tone}
      style={{
        borderLeft: `4px solid ${TONE_COLOR[described.tone]}`,
        background: described.tone === 'failure' ? 'var(--mantine-color-red-light)' : undefined,
      }}
    >
      {/* desktop: when and who | what and from where | mark | details; phone: when and who beside the mark, then what, then details */}
      <Grid columnGap="md" rowGap={4} align="flex-start">
        <Grid.Col span={{ base: 'auto', sm: 'content' }} order={1}>
          <Stack gap={0} w={{ sm: 180 }} style={{ minWidth: 0 }}>
            <Text size="sm" c="dimmed" data-testid="audit-time">
              {formatDateTime(entry.occurredAt, timeZone, i18n.language)}
            </Text>
            <Text size="sm" fw={500} data-testid="audit-actor" style={{ overflowWrap: 'anywhere' }}>
              {actorLabel(entry.actor, t)}
            </Text>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 'auto' }} order={{ base: 3, sm: 2 }} style={{ minWidth: 0 }}>
          <Text
            fw={described.tone === 'failure' ? 600 : undefined}
            c={described.tone === 'failure' ? 'red.9' : undefined}
            data-testid="audit-text"
            data-known={described.known}
            style={{ overflowWrap: 'anywhere' }}
          >
            {described.text}
          </Text>
          {address && (
            <Text size="xs" c="dimmed" ff="monospace" data-testid="audit-address" style={{ overflowWrap: 'anywhere' }}>
              {t('audit.from', { address })}
            </Text>
          )}
        </Grid.Col>
        <Grid.Col span="content" order={{ base: 2, sm: 3 }}>
          <ToneBadge entry={entry} tone={described.tone} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 'content' }} order={4}>
          <Button
            variant="subtle"
            size="compact-xs"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={t('audit.detailsOf', { seq: entry.seq })}
            data-testid="audit-details-toggle"
          >
            {t('audit.details')}
          </Button>
        </Grid.Col>
      </Grid>
      {open && <AuditDetails id={detailsId} entry={entry} used={described.used} />}
    </Paper>
  );
}

function ToneBadge({ entry, tone }: { entry: AuditEntry; tone: AuditDescription['tone'] }) {
  const { t } = useTranslation();
  if (tone === 'failure') {
    return (
      <Badge color="red" variant="filled" size="sm" data-testid="audit-badge">
        {entry.action.startsWith('access.') ? t('audit.badge.refused') : t('audit.badge.failed')}
      </Badge>
    );
  }
  if (tone === 'security') {
    return (
      <Badge color="blue" variant="light" size="sm" data-testid="audit-badge">
        {t('audit.badge.security')}
      </Badge>
    );
  }
  return null;
}

/** The details the sentence does not tell, the event's name, what it concerns and the line's number. */
function AuditDetails({ id, entry, used }: { id: string; entry: AuditEntry; used: string[] }) {
  const { t } = useTranslation();
  const rest = Object.entries(entry.details)
    .filter(([key, value]) => key !== 'address' && !used.includes(key) && value !== '')
    .sort(([a], [b]) => a.localeCompare(b));
  const rows: [string, string][] = [
    [t('audit.detail.event'), entry.action],
    ...rest.map(([key, value]): [string, string] => [t(`audit.detail.${key}`, { defaultValue: key }), value]),
  ];
  if (entry.targetId) rows.push([t('audit.detail.target'), `${entry.targetType} ${entry.targetId}`]);
  if (entry.actor.id) rows.push([t('audit.detail.actorId'), entry.actor.id]);
  rows.push([t('audit.detail.seq'), String(entry.seq)]);
  return (
    <Box
      id={id}
      component="dl"
      mt="xs"
      mb={0}
      pt="xs"
      data-testid="audit-details"
      style={{
        borderTop: '1px solid var(--mantine-color-gray-3)',
        display: 'grid',
        gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)',
        columnGap: 'var(--mantine-spacing-md)',
        rowGap: 2,
      }}
    >
      {rows.map(([label, value], i) => (
        <Row key={i} label={label} value={value} />
      ))}
    </Box>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="xs" ff="monospace" m={0} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </>
  );
}
