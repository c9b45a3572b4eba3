import type { ReactNode } from 'react';
import { Anchor, Box, Container, Group, Paper, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';

export function Brand({ compact = false }: { compact?: boolean }) {
  return (
    <Anchor component={Link} to="/" underline="never" c="inherit" aria-label="Stammkunde">
      <Group gap={8} wrap="nowrap">
        <img src="/favicon.svg" alt="" width={28} height={28} />
        <Text fw={700} size="lg" visibleFrom={compact ? 'sm' : undefined}>
          Stammkunde
        </Text>
      </Group>
    </Anchor>
  );
}

/** Header with brand and language switch, and a centred card for login and signup pages. */
export function PublicLayout({
  title,
  subtitle,
  children,
  width = 440,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  width?: number;
}) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Box component="header" px="md" py="sm" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between" wrap="nowrap">
          <Brand />
          <LanguageSwitcher />
        </Group>
      </Box>
      <Container size={width} py="xl" component="main">
        <Title order={1} size="h2" mb={subtitle ? 4 : 'md'}>
          {title}
        </Title>
        {subtitle && (
          <Text c="dimmed" mb="md">
            {subtitle}
          </Text>
        )}
        <Paper withBorder shadow="xs" p="lg" radius="md">
          {children}
        </Paper>
        <Text size="xs" c="dimmed" ta="center" mt="lg">
          {t('common.tagline')}
        </Text>
      </Container>
    </Box>
  );
}
