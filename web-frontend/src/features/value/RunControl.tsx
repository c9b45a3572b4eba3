import { useEffect, useRef } from 'react';
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { useAction } from '../../components/useAction';
import { useLoad } from '../../components/useLoad';
import { formatDateTime } from '../../format';
import { useValueApi } from './api';
import { formatShare } from './format';
import type { Run } from './types';

/** How often the runs are asked for while one is waiting or running. */
export const RUN_POLL_MS = 1000;

const isActive = (run: Run | undefined) => run?.status === 'QUEUED' || run?.status === 'RUNNING';

/**
 * "Recompute now" and the progress of the latest scoring run: while it waits or runs, the runs are asked for every
 * second; when one that was seen waiting or running (or was just started) is done, `onDone` reloads the figures.
 */
export function RunControl({ shopId, timeZone, onDone }: { shopId: string; timeZone: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const vapi = useValueApi();
  const runs = useLoad(() => vapi.runs(shopId), [vapi, shopId]);
  const start = useAction();
  const latest = runs.data?.items[0];
  const active = isActive(latest);
  const watched = useRef<string | undefined>(undefined);
  const done = useRef(onDone);
  done.current = onDone;

  // poll while a run waits or runs (each answer schedules the next question; an error stops until "Reload")
  const { reload } = runs;
  useEffect(() => {
    if (!active || runs.error) return;
    const timer = setTimeout(() => void reload(), RUN_POLL_MS);
    return () => clearTimeout(timer);
  }, [active, runs.data, runs.error, reload]);

  useEffect(() => {
    if (!latest) return;
    if (isActive(latest)) {
      watched.current = latest.id;
    } else if (watched.current === latest.id) {
      watched.current = undefined;
      if (latest.status === 'DONE') done.current();
    }
  }, [latest]);

  async function recompute() {
    await start.run(async () => {
      const started = await vapi.startRun(shopId);
      watched.current = started.id;
      await runs.reload();
    });
  }

  const percent = latest ? Math.round(Math.max(0, Math.min(1, latest.progress)) * 100) : 0;
  const words =
    latest?.status === 'QUEUED'
      ? t('value.run.queued')
      : t('value.run.running', { percent: formatShare(percent / 100, i18n.language, 0) });

  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap">
        <Button
          variant="light"
          onClick={() => void recompute()}
          loading={start.busy}
          disabled={active}
          data-testid="value-recompute"
        >
          {t('value.run.recompute')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('value.run.hint')}
        </Text>
      </Group>
      <ErrorAlert error={start.error} />
      <LoadError error={runs.error} onRetry={() => void runs.reload()} />
      {latest && active && (
        <Stack gap={4} data-testid="value-run-progress" role="status">
          <Text size="sm">{words}</Text>
          <Progress
            value={percent}
            animated
            striped={latest.status === 'QUEUED'}
            aria-label={words}
            size="lg"
          />
        </Stack>
      )}
      {latest?.status === 'FAILED' && (
        <Alert color="red" title={t('value.run.failedTitle')} data-testid="value-run-failed">
          <Stack gap={4}>
            <Text size="sm">
              {t('value.run.failed', {
                at: formatDateTime(latest.finishedAt ?? latest.createdAt, timeZone, i18n.language),
                failure: latest.failure ?? t('value.run.noFailure'),
              })}
            </Text>
            <Text size="sm">{t('value.run.failedKept')}</Text>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
