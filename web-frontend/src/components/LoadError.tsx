import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/** A load error with a "Retry" button (nothing when there is no error). */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Stack gap="xs">
      <ErrorAlert error={error} />
      <Group>
        <Button size="xs" variant="light" onClick={onRetry} data-testid="retry">
          {t('common.reload')}
        </Button>
      </Group>
    </Stack>
  );
}
