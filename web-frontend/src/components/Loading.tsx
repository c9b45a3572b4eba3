import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Loading({ fullPage = false }: { fullPage?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center h={fullPage ? '100vh' : 120} aria-busy="true">
      <Loader role="status" aria-label={t('common.loading')} />
    </Center>
  );
}
