import type { ReactNode } from 'react';
import { Box, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/SessionContext';
import { todayIn } from '../../format';
import { csvFileName, downloadCsv, type CsvCell } from './csv';

/** A section of the dashboard: a card with a heading (and the section named by it for screen readers). */
export function Section({
  title,
  intro,
  actions,
  testId,
  children,
}: {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title} data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={2} size="h4">
            {title}
          </Title>
          {actions && <Group gap="xs">{actions}</Group>}
        </Group>
        {intro && <Text size="sm">{intro}</Text>}
        {children}
      </Stack>
    </Paper>
  );
}

/** A figure with its label, e.g. "Members: 1.234". */
export function Tile({ label, value, note, testId }: { label: string; value: string; note?: string; testId?: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700} lh={1.2} data-value>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Paper>
  );
}

/** A spinner with what is being loaded in words. */
export function Pending({ text }: { text: string }) {
  return (
    <Group gap="xs" aria-busy="true" role="status">
      <Loader size="sm" aria-hidden />
      <Text size="sm" c="dimmed">
        {text}
      </Text>
    </Group>
  );
}

/**
 * A chart as an image for screen readers (`label` says what it shows; the numbers are in the table next to it or
 * its CSV).
 */
export function Figure({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <Box role="img" aria-label={label} data-testid={testId}>
      {children}
    </Box>
  );
}

/** "CSV" button that downloads the rows (built in the browser) as `<name>-<today>.csv`. */
export function CsvButton({ name, rows, label }: { name: string; rows: () => readonly (readonly CsvCell[])[]; label: string }) {
  const { t } = useTranslation();
  const timeZone = useUser().shop.timeZone;
  return (
    <Button
      size="xs"
      variant="default"
      aria-label={t('value.csv.named', { what: label })}
      data-testid={`csv-${name}`}
      onClick={() => downloadCsv(csvFileName(name, todayIn(timeZone)), rows())}
    >
      {t('value.csv.button')}
    </Button>
  );
}
