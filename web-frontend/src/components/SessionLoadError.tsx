import { Button, Center, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/SessionContext';
import { ErrorAlert } from './ErrorAlert';

export function SessionLoadError() {
  const { t } = useTranslation();
  const { loadError, refresh } = useSession();
  return (
    <Center mih="100vh" p="md">
      <Stack maw={420}>
        <ErrorAlert error={loadError} />
        <Button onClick={() => void refresh()}>{t('common.retry')}</Button>
      </Stack>
    </Center>
  );
}
