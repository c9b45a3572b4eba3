import { Anchor, Button, CopyButton, Group, Paper, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shows a URL with a copy button. */
export function CopyLink({ url, label, testId }: { url: string; label: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" fw={500} mb={4}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="center">
        <Anchor size="sm" ff="monospace" style={{ wordBreak: 'break-all', flex: 1 }} data-testid={testId} href={url}>
          {url}
        </Anchor>
        <CopyButton value={url} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('common.copied') : t('common.copy')} withArrow>
              <Button size="xs" variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : undefined} onClick={copy}>
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </Paper>
  );
}

