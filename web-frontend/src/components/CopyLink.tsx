import { Anchor, Button, CopyButton, Group, Paper, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BREAKABLE_URL_STYLE, BreakableUrl } from './BreakableUrl';

/** Shows a URL with a copy button; the URL wraps after "/", ".", "-", "?", "=" rather than mid-word. */
export function CopyLink({ url, label, testId }: { url: string; label: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" fw={500} mb={4}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="center">
        <Anchor size="sm" ff="monospace" style={{ ...BREAKABLE_URL_STYLE, flex: 1, minWidth: 0 }} data-testid={testId} href={url}>
          <BreakableUrl url={url} />
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

