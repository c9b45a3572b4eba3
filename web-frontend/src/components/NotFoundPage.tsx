import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PublicLayout } from './PublicLayout';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <PublicLayout title={t('notFound.title')} subtitle={t('notFound.text')}>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </PublicLayout>
  );
}
