import { useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CHANNEL_NAME_MAX, type ShopChannel } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert, serverFieldErrors } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useAction } from '../../components/useAction';
import { useForm } from '../../components/useForm';
import { useLoad } from '../../components/useLoad';
import { formatPoints, todayIn } from '../../format';
import { AcquisitionReportSection } from './AcquisitionReportSection';
import { channelLabel, rememberChannels } from './channels';
import { addMonths, isMonth, monthRange } from './months';
import { SpendGrid } from './SpendGrid';
import { ValueSettingsSection } from './ValueSettingsSection';

/** Most months the page shows at once (columns of the spend grid). */
export const MAX_MONTHS = 36;

/**
 * `/admin/acquisition` (OWNER): the shop's acquisition channels (rename, add), the marketing spend per channel and
 * month (a grid, or a CSV file), what acquiring a customer cost per channel against their lifetime value (CAC,
 * LTV:CAC, payback; as CSV too) for a period of months — the last 12 unless chosen — and the value settings.
 */
export function AcquisitionPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { shop } = useUser();
  const shopId = shop.id;
  const thisMonth = todayIn(shop.timeZone).slice(0, 7);
  const [from, setFrom] = useState(() => addMonths(thisMonth, -11));
  const [to, setTo] = useState(thisMonth);
  // the report follows every change of channels, spend and settings
  const [changes, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  const channels = useLoad(() => api.acquisition.channels(shopId), [api, shopId]);
  useEffect(() => {
    if (channels.data) rememberChannels(api, shopId, channels.data.items);
  }, [api, shopId, channels.data]);

  const periodError = !isMonth(from) || !isMonth(to) || from > to
    ? t('acquisition.period.invalid')
    : monthRange(from, to).length > MAX_MONTHS
      ? t('acquisition.period.tooLong', { count: MAX_MONTHS })
      : undefined;

  return (
    <Stack maw={1200}>
      <Title order={1} size="h2">
        {t('acquisition.pageTitle')}
      </Title>
      <Text size="sm">{t('acquisition.pageIntro')}</Text>
      <ChannelsSection
        shopId={shopId}
        channels={channels.data?.items}
        error={channels.error}
        onRetry={() => void channels.reload()}
        onChanged={() => {
          void channels.reload();
          changed();
        }}
      />
      <Paper withBorder p="md" component="section" aria-label={t('acquisition.period.title')}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('acquisition.period.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2 }} maw={520}>
            <TextInput
              type="month"
              label={t('acquisition.period.from')}
              placeholder={t('acquisition.period.placeholder')}
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              error={periodError}
            />
            <TextInput
              type="month"
              label={t('acquisition.period.to')}
              placeholder={t('acquisition.period.placeholder')}
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
            />
          </SimpleGrid>
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => {
                setFrom(addMonths(thisMonth, -11));
                setTo(thisMonth);
              }}
            >
              {t('acquisition.period.last12')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {!periodError && (
        <>
          {channels.data && (
            <SpendGrid shopId={shopId} channels={channels.data.items} from={from} to={to} onSaved={changed} />
          )}
          <AcquisitionReportSection shopId={shopId} from={from} to={to} changes={changes} />
        </>
      )}
      <ValueSettingsSection shopId={shopId} onSaved={changed} />
    </Stack>
  );
}

// ── channels ────────────────────────────────────────────────────────────────────────────────────────────────────

function ChannelsSection({
  shopId,
  channels,
  error,
  onRetry,
  onChanged,
}: {
  shopId: string;
  channels: ShopChannel[] | undefined;
  error: unknown;
  onRetry: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-label={t('acquisition.channels.title')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('acquisition.channels.title')}
        </Title>
        <Text size="sm">{t('acquisition.channels.intro')}</Text>
        <LoadError error={error} onRetry={onRetry} />
        {channels ? (
          <Table.ScrollContainer minWidth={560}>
            <Table striped data-testid="channels-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('acquisition.channels.channel')}</Table.Th>
                  <Table.Th>{t('acquisition.channels.code')}</Table.Th>
                  <Table.Th ta="right">{t('acquisition.channels.customers')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {channels.map((c) => (
                  <ChannelRow key={c.code} shopId={shopId} channel={c} onRenamed={onChanged} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          !error && <Loading />
        )}
        <AddChannelForm shopId={shopId} onAdded={onChanged} />
      </Stack>
    </Paper>
  );
}

function ChannelRow({ shopId, channel, onRenamed }: { shopId: string; channel: ShopChannel; onRenamed: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const [required, setRequired] = useState(false);
  const action = useAction();
  const label = channelLabel(t, channel.code, [channel]);
  const defaultLabel = t(`channel.${channel.code}`, { defaultValue: channel.code });

  function start() {
    setName(channel.name ?? '');
    setRequired(false);
    action.setError(undefined);
    setEditing(true);
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!channel.builtIn && !name.trim()) {
      setRequired(true);
      return;
    }
    await action.run(async () => {
      await api.acquisition.renameChannel(shopId, channel.code, name.trim());
      setEditing(false);
      onRenamed();
    });
  }

  const serverError = serverFieldErrors(action.error).name;
  return (
    <Table.Tr data-testid="channel-row">
      <Table.Td colSpan={editing ? 4 : 1}>
        {editing ? (
          <form onSubmit={save} noValidate aria-label={t('acquisition.channels.renameNamed', { name: label })}>
            <Stack gap="xs">
              {!serverError && <ErrorAlert error={action.error} />}
              <Group align="flex-start" gap="xs" wrap="wrap">
                <TextInput
                  label={t('acquisition.channels.newName', { name: label })}
                  description={channel.builtIn ? t('acquisition.channels.emptyForDefault', { label: defaultLabel }) : undefined}
                  placeholder={channel.builtIn ? defaultLabel : undefined}
                  value={name}
                  onChange={(e) => {
                    setName(e.currentTarget.value);
                    setRequired(false);
                  }}
                  error={required ? t('validation.required') : serverError}
                  maxLength={CHANNEL_NAME_MAX}
                  data-autofocus
                  style={{ flex: '1 1 240px' }}
                />
              </Group>
              <Group gap="xs">
                <Button type="submit" size="xs" loading={action.busy}>
                  {t('common.save')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setEditing(false)}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Group gap={6} wrap="wrap">
            <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="channel-label">
              {label}
            </Text>
            {channel.builtIn && channel.name && (
              <Text size="xs" c="dimmed">
                {t('acquisition.channels.defaultWas', { label: defaultLabel })}
              </Text>
            )}
            {!channel.builtIn && (
              <Badge size="xs" variant="light" color="grape">
                {t('acquisition.channels.own')}
              </Badge>
            )}
          </Group>
        )}
      </Table.Td>
      {!editing && (
        <>
          <Table.Td>
            <Code>{channel.code}</Code>
          </Table.Td>
          <Table.Td ta="right" data-testid="channel-customers">
            {formatPoints(channel.customers, i18n.language)}
          </Table.Td>
          <Table.Td ta="right">
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={start}
              aria-label={t('acquisition.channels.renameNamed', { name: label })}
            >
              {t('acquisition.channels.rename')}
            </Button>
          </Table.Td>
        </>
      )}
    </Table.Tr>
  );
}

function AddChannelForm({ shopId, onAdded }: { shopId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useForm({ name: '' });
  const [added, setAdded] = useState<ShopChannel>();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const name = form.values.name.trim();
    if (!form.check(name ? {} : { name: t('validation.required') })) return;
    setAdded(undefined);
    await form.submit(async () => {
      const channel = await api.acquisition.addChannel(shopId, name);
      form.setValues({ name: '' });
      setAdded(channel);
      onAdded();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('acquisition.channels.addTitle')} data-testid="add-channel">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('acquisition.channels.addTitle')}
        </Title>
        {added && (
          <Alert color="teal" withCloseButton onClose={() => setAdded(undefined)} data-testid="channel-added">
            {t('acquisition.channels.added', { name: added.name ?? added.code, code: added.code })}
          </Alert>
        )}
        <ErrorAlert error={form.error} handledFields={['name']} />
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label={t('acquisition.channels.name')}
            placeholder={t('acquisition.channels.namePlaceholder')}
            value={form.values.name}
            onChange={(e) => form.update('name', e.currentTarget.value)}
            error={form.errorFor('name')}
            maxLength={CHANNEL_NAME_MAX}
            style={{ flex: '1 1 240px' }}
            withAsterisk
          />
          <Button type="submit" variant="light" loading={form.busy}>
            {t('acquisition.channels.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
