import { useEffect, useRef, useState, type ComponentPropsWithoutRef, type FormEvent } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Code,
  FileInput,
  Group,
  List,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError, type ImportJob, type ImportStatus } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert, fieldKey } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { Loading } from '../../components/Loading';
import { useAction } from '../../components/useAction';
import { useLoad } from '../../components/useLoad';
import { formatDateTime, formatPercent, formatPoints } from '../../format';

/** How often a running import is asked for its progress. */
export const POLL_MS = 1000;

const UNFINISHED: ReadonlySet<string> = new Set<ImportStatus>(['QUEUED', 'RUNNING']);
const STATUS_COLOR: Record<string, string> = { QUEUED: 'gray', RUNNING: 'blue', DONE: 'teal', FAILED: 'red' };

/** The sample file offered for download: every column, the three ways to write a time. */
export const SAMPLE_CSV =
  [
    'customer_ref,purchased_at,amount,email,first_name,last_name,channel,external_id,currency',
    'K-1001,2024-03-15,24.90,erika@example.de,Erika,Mustermann,IN_STORE,BON-0001,EUR',
    'K-1001,2024-04-02 10:30,12.50,,,,,BON-0002,EUR',
    'K-1002,2024-04-03T17:45,8.00,max@example.de,Max,Muster,WEBSITE,BON-0003,EUR',
  ].join('\r\n') + '\r\n';

/** A `data:` URL of a CSV text, for a download link made in the browser. */
export function csvDataUrl(text: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(text)}`;
}

/** A file size in B, KB, MB or GB. */
export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const n = new Intl.NumberFormat(language.startsWith('de') ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
  return `${n} ${units[unit]}`;
}

/**
 * Follows an import job: asks for it now and every {@link POLL_MS} while it is queued or running; `onFinished` once
 * it is done or failed. A network error or a server error is tried again; other errors stop the polling.
 */
function useImportJob(shopId: string, importId: string | undefined, onFinished: () => void) {
  const api = useApi();
  const [job, setJob] = useState<ImportJob>();
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    setJob(undefined);
    setError(undefined);
    if (!importId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const j = await api.imports.get(shopId, importId);
        if (stopped) return;
        setJob(j);
        setError(undefined);
        if (UNFINISHED.has(j.status)) timer = setTimeout(() => void poll(), POLL_MS);
        else finished.current();
      } catch (e) {
        if (stopped) return;
        setError(e);
        if (isApiError(e) && (e.isNetworkError || e.status >= 500)) timer = setTimeout(() => void poll(), POLL_MS * 3);
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api, shopId, importId, attempt]);

  return { job, error, retry: () => setAttempt((n) => n + 1) };
}

/**
 * `/admin/imports` (OWNER): brings the shop's past sales in from a CSV file — the format, a sample, the upload (points
 * only when ticked), the running job's progress (polled; also of a job still running when the page is opened again),
 * its summary and skipped lines, and the recent imports.
 */
export function ImportsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const shopId = useUser().shop.id;
  const list = useLoad(() => api.imports.list(shopId), [api, shopId]);
  const [watched, setWatched] = useState<string>();
  const looked = useRef(false);
  const { job, error, retry } = useImportJob(shopId, watched, () => void list.reload());

  // back on the page while an import runs: follow it again
  useEffect(() => {
    if (looked.current || !list.data) return;
    looked.current = true;
    const running = list.data.items.find((j) => UNFINISHED.has(j.status));
    if (running) setWatched((w) => w ?? running.id);
  }, [list.data]);

  // the list shows the followed job as it is now
  const items = list.data?.items.map((j) => (job && j.id === job.id ? job : j));

  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('imports.pageTitle')}
      </Title>
      <Text size="sm">{t('imports.pageIntro')}</Text>
      <FileFormat />
      <UploadForm
        shopId={shopId}
        busy={!!job && UNFINISHED.has(job.status)}
        onStarted={(id) => {
          setWatched(id);
          void list.reload();
        }}
      />
      {watched && (
        <Paper withBorder p="md" component="section" aria-label={t('imports.job.title')}>
          <Stack gap="sm">
            <LoadError error={error} onRetry={retry} />
            {job ? <JobView job={job} /> : !error && <Loading />}
          </Stack>
        </Paper>
      )}
      <Paper withBorder p="md" component="section" aria-label={t('imports.recent.title')}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('imports.recent.title')}
          </Title>
          <LoadError error={list.error} onRetry={() => void list.reload()} />
          {!items ? (
            !list.error && <Loading />
          ) : items.length === 0 ? (
            <Text c="dimmed" size="sm" data-testid="imports-empty">
              {t('imports.recent.none')}
            </Text>
          ) : (
            <RecentImports items={items} shown={watched} onShow={setWatched} />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

function FileFormat() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-label={t('imports.format.title')}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('imports.format.title')}
        </Title>
        <List size="sm" spacing={4}>
          <List.Item>
            {t('imports.format.required')} <Code>customer_ref</Code>, <Code>purchased_at</Code>, <Code>amount</Code>
          </List.Item>
          <List.Item>
            {t('imports.format.optional')} <Code>email</Code>, <Code>first_name</Code>, <Code>last_name</Code>,{' '}
            <Code>channel</Code>, <Code>external_id</Code>, <Code>currency</Code>
          </List.Item>
          <List.Item>{t('imports.format.separators')}</List.Item>
          <List.Item>{t('imports.format.dates')}</List.Item>
          <List.Item>{t('imports.format.customers')}</List.Item>
          <List.Item>{t('imports.format.again')}</List.Item>
          <List.Item>{t('imports.format.points')}</List.Item>
          <List.Item>{t('imports.format.skipped')}</List.Item>
        </List>
        <Group>
          <Anchor href={csvDataUrl(SAMPLE_CSV)} download="stammkunde-purchases-sample.csv" size="sm" data-testid="import-sample">
            {t('imports.format.sample')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The refusal of a whole file (422, field `file`): the server's detail, in the UI's language. */
function refusalOf(error: unknown): string | undefined {
  if (!isApiError(error)) return undefined;
  const onFile = error.fieldErrors.find((fe) => fieldKey(fe.field) === 'file');
  if (!onFile && error.status !== 422) return undefined;
  return error.detail || onFile?.message || error.title;
}

function UploadForm({ shopId, busy, onStarted }: { shopId: string; busy: boolean; onStarted: (importId: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [file, setFile] = useState<File | null>(null);
  const [awardPoints, setAwardPoints] = useState(false);
  const [missing, setMissing] = useState(false);
  const upload = useAction();
  const refusal = refusalOf(upload.error);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!file) {
      setMissing(true);
      return;
    }
    await upload.run(async () => {
      // the File itself is the body: the browser streams it, however large
      const accepted = await api.imports.uploadPurchases(shopId, file, { awardPoints, fileName: file.name });
      setFile(null);
      setAwardPoints(false);
      onStarted(accepted.id);
    });
  }

  return (
    <Paper withBorder p="md" component="section" aria-label={t('imports.upload.title')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('imports.upload.title')}
          </Title>
          {!refusal && <ErrorAlert error={upload.error} />}
          <FileInput
            label={t('imports.upload.file')}
            placeholder={t('imports.upload.filePlaceholder')}
            description={t('imports.upload.fileHint')}
            accept=".csv,text/csv,text/plain"
            value={file}
            onChange={(f) => {
              setFile(f);
              setMissing(false);
              upload.setError(undefined);
            }}
            clearable
            withAsterisk
            error={refusal ?? (missing ? t('imports.upload.chooseFile') : undefined)}
            fileInputProps={{ 'data-testid': 'import-file' } as ComponentPropsWithoutRef<'input'>}
          />
          <Checkbox
            label={t('imports.upload.awardPoints')}
            description={t('imports.upload.awardPointsHint')}
            checked={awardPoints}
            onChange={(e) => setAwardPoints(e.currentTarget.checked)}
            data-testid="import-award-points"
          />
          {awardPoints && (
            <Alert color="yellow" data-testid="import-award-warning">
              {t('imports.upload.awardPointsWarning')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={upload.busy} disabled={busy} data-testid="import-upload">
              {t('imports.upload.submit')}
            </Button>
          </Group>
          {busy && (
            <Text size="xs" c="dimmed" ta="right">
              {t('imports.upload.waitForRunning')}
            </Text>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

export function ImportStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLOR[status] ?? 'gray'} data-testid="import-status">
      <VisuallyHidden>{`${t('imports.status')}: `}</VisuallyHidden>
      {t(`imports.statuses.${status}`, { defaultValue: status })}
    </Badge>
  );
}

function Counts({ job }: { job: ImportJob }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatPoints(v, i18n.language);
  const cells: [string, number, string][] = [
    ['imported', job.imported, t('imports.counts.imported')],
    ['duplicates', job.duplicates, t('imports.counts.duplicates')],
    ['skipped', job.skipped, t('imports.counts.skipped')],
    ['customers', job.customersCreated, t('imports.counts.customersCreated')],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
      {cells.map(([key, value, label]) => (
        <div key={key} data-testid={`count-${key}`}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text fw={600}>{n(value)}</Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

function JobView({ job }: { job: ImportJob }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { shop } = useUser();
  const lang = i18n.language;
  const name = job.fileName || t('imports.noFileName');
  const percent = job.rowsTotal > 0 ? Math.min(100, (job.rowsDone / job.rowsTotal) * 100) : 0;
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
          {t('imports.job.named', { name })}
        </Title>
        <ImportStatusBadge status={job.status} />
      </Group>
      {UNFINISHED.has(job.status) ? (
        <Stack gap="xs" data-testid="import-progress">
          <Progress
            value={percent}
            striped
            animated
            size="lg"
            aria-label={t('imports.job.progressLabel')}
            aria-valuetext={t('imports.job.lines', {
              done: formatPoints(job.rowsDone, lang),
              total: formatPoints(job.rowsTotal, lang),
            })}
          />
          <Text size="sm" data-testid="import-lines">
            {job.status === 'QUEUED' && job.rowsDone === 0
              ? t('imports.job.queued')
              : t('imports.job.linesPercent', {
                  done: formatPoints(job.rowsDone, lang),
                  total: formatPoints(job.rowsTotal, lang),
                  percent: formatPercent(Math.floor(percent), lang),
                })}
          </Text>
          <Counts job={job} />
          <Text size="xs" c="dimmed">
            {t('imports.job.leaveHint')}
          </Text>
        </Stack>
      ) : job.status === 'FAILED' ? (
        <Alert color="red" title={t('imports.job.failed')} data-testid="import-failure">
          <Stack gap="xs">
            {job.failure && <Text size="sm">{job.failure}</Text>}
            <Text size="sm">
              {t('imports.job.failedKept', {
                done: formatPoints(job.rowsDone, lang),
                total: formatPoints(job.rowsTotal, lang),
              })}
            </Text>
            <Counts job={job} />
          </Stack>
        </Alert>
      ) : (
        <Alert color="teal" title={t('imports.job.done')} data-testid="import-summary">
          <Stack gap="xs">
            <Text size="sm">
              {t('imports.job.doneText', {
                total: formatPoints(job.rowsTotal, lang),
                when: job.finishedAt ? formatDateTime(job.finishedAt, shop.timeZone, lang) : '–',
              })}
            </Text>
            <Counts job={job} />
            {job.awardPoints && <Text size="sm">{t('imports.job.pointsAwarded')}</Text>}
          </Stack>
        </Alert>
      )}
      {job.skipped > 0 && (
        <Stack gap="xs" data-testid="import-errors">
          <Title order={3} size="h5">
            {t('imports.errors.title')}
          </Title>
          {/* two columns that fit a phone: the reason wraps, nothing scrolls sideways */}
          {job.errors.length > 0 && (
            <Table striped layout="fixed" data-testid="import-errors-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={90}>{t('imports.errors.line')}</Table.Th>
                  <Table.Th>{t('imports.errors.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {job.errors.map((e) => (
                  <Table.Tr key={e.line} data-testid="import-error">
                    <Table.Td>{formatPoints(e.line, lang)}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{e.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="xs" c="dimmed">
              {job.errors.length < job.skipped
                ? t('imports.errors.firstOf', {
                    shown: formatPoints(job.errors.length, lang),
                    total: formatPoints(job.skipped, lang),
                  })
                : t('imports.errors.all', { count: job.skipped })}
            </Text>
            <Anchor href={api.imports.errorsCsvUrl(shop.id, job.id)} download size="sm" data-testid="import-errors-csv">
              {t('imports.errors.download')}
            </Anchor>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

function RecentImports({ items, shown, onShow }: { items: ImportJob[]; shown?: string; onShow: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const { shop } = useUser();
  const lang = i18n.language;
  const n = (v: number) => formatPoints(v, lang);
  const when = (iso?: string | null) => (iso ? formatDateTime(iso, shop.timeZone, lang) : '–');
  return (
    <ResponsiveTable
      rows={items}
      rowKey={(j) => j.id}
      rowProps={() => ({ 'data-testid': 'import-row' })}
      testId="imports-table"
      minWidth={820}
      tableProps={{ striped: true }}
      columns={[
        { key: 'status', header: t('imports.status'), cell: (j) => <ImportStatusBadge status={j.status} /> },
        {
          key: 'file',
          header: t('imports.recent.file'),
          card: 'title',
          style: { overflowWrap: 'anywhere' },
          cell: (j) => (
            <>
              <Text size="sm" inherit>
                {j.fileName || t('imports.noFileName')}
              </Text>
              <Text size="xs" c="dimmed" fw={400}>
                {formatBytes(j.bytes, lang)}
                {j.awardPoints ? ` · ${t('imports.recent.withPoints')}` : ''}
              </Text>
            </>
          ),
        },
        {
          key: 'lines',
          header: t('imports.recent.lines'),
          align: 'right',
          cell: (j) => (UNFINISHED.has(j.status) ? `${n(j.rowsDone)} / ${n(j.rowsTotal)}` : n(j.rowsTotal)),
        },
        { key: 'imported', header: t('imports.counts.imported'), align: 'right', cell: (j) => n(j.imported) },
        { key: 'duplicates', header: t('imports.counts.duplicates'), align: 'right', cell: (j) => n(j.duplicates) },
        { key: 'skipped', header: t('imports.counts.skipped'), align: 'right', cell: (j) => n(j.skipped) },
        { key: 'customers', header: t('imports.counts.customersCreated'), align: 'right', cell: (j) => n(j.customersCreated) },
        { key: 'created', header: t('imports.recent.created'), cell: (j) => when(j.createdAt) },
        { key: 'finished', header: t('imports.recent.finished'), cell: (j) => when(j.finishedAt) },
        {
          key: 'actions',
          header: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
          card: 'actions',
          cell: (j) =>
            j.id !== shown && (
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => onShow(j.id)}
                aria-label={t('imports.recent.showNamed', { name: j.fileName || t('imports.noFileName') })}
              >
                {t('imports.recent.show')}
              </Button>
            ),
        },
      ]}
    />
  );
}
