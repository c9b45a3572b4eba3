import { useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Image,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  type TitleOrder,
} from '@mantine/core';
import QRCode from 'qrcode';
import { useTranslation } from 'react-i18next';
import { isApiError, type SecondFactorSetup, type SecondFactorStatus } from '../../api';
import { useApi } from '../../app/ApiContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useForm } from '../../components/useForm';
import { useAppCodeForm } from './useAppCodeForm';
import { useLoad } from '../../components/useLoad';
import { formatDateTime } from '../../format';
import { PasswordField } from './PasswordField';
import { SecondFactorCodeInput } from './SecondFactorCodeInput';
import { groupSecret, isAuthenticatorCode, normaliseSecondFactorCode } from './secondFactorCode';

/** Fewer recovery codes than this left: the card suggests new ones. */
const FEW_RECOVERY_CODES = 3;

type View =
  | { kind: 'status' }
  | { kind: 'setup'; setup: SecondFactorSetup }
  | { kind: 'codes'; codes: string[]; enabled: boolean }
  | { kind: 'disable' }
  | { kind: 'newCodes' };

/**
 * "Two-factor login" of the logged-in person (staff on `/admin/account` and the setup screen, customers in the
 * portal): the status; turning it on (the secret as QR code and in groups of four, confirmed with a code) with the
 * recovery codes shown once; new recovery codes; turning it off (password and code; not while the shop requires it).
 * `onEnabled` runs once the person has confirmed that they saved their recovery codes; `onDisabled` after turning off.
 */
export function SecondFactorCard({
  timeZone,
  titleOrder = 2,
  onEnabled,
  onDisabled,
}: {
  /** Time zone for "on since" (the shop's). */
  timeZone?: string;
  titleOrder?: TitleOrder;
  onEnabled?: () => void | Promise<void>;
  onDisabled?: () => void | Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const status = useLoad(() => api.account.secondFactor(), [api]);
  const [view, setView] = useState<View>({ kind: 'status' });
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<unknown>();

  async function turnOn() {
    setStarting(true);
    setStartError(undefined);
    try {
      setView({ kind: 'setup', setup: await api.account.setupSecondFactor() });
    } catch (err) {
      // turned on meanwhile (another tab): show the current status
      if (isApiError(err) && err.code === 'second-factor-already-enabled') void status.reload();
      setStartError(err);
    } finally {
      setStarting(false);
    }
  }

  async function codesSaved(enabled: boolean) {
    setView({ kind: 'status' });
    await status.reload();
    if (enabled) await onEnabled?.();
  }

  async function disabled() {
    setView({ kind: 'status' });
    await status.reload();
    await onDisabled?.();
  }

  const s = status.data;
  return (
    <Stack gap="sm" data-testid="second-factor-card">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={titleOrder} size={titleOrder === 2 ? 'h4' : 'h5'}>
          {t('secondFactor.title')}
        </Title>
        {s && <StatusBadge status={s} />}
      </Group>
      <LoadError error={status.error} onRetry={() => void status.reload()} />
      {!s ? (
        !status.error && <Loading />
      ) : view.kind === 'setup' ? (
        <SetupStep
          setup={view.setup}
          onEnabled={(codes) => {
            setView({ kind: 'codes', codes, enabled: true });
            // it is on now: the badge says so while the codes are shown
            void status.reload();
          }}
          onCancel={() => setView({ kind: 'status' })}
        />
      ) : view.kind === 'codes' ? (
        <RecoveryCodesList codes={view.codes} onDone={() => void codesSaved(view.enabled)} />
      ) : view.kind === 'disable' ? (
        <DisableForm onDisabled={() => void disabled()} onCancel={() => setView({ kind: 'status' })} />
      ) : view.kind === 'newCodes' ? (
        <NewRecoveryCodesForm
          onCodes={(codes) => setView({ kind: 'codes', codes, enabled: false })}
          onCancel={() => setView({ kind: 'status' })}
        />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('secondFactor.intro')}
          </Text>
          {s.enabled ? (
            <>
              {s.enabledAt && (
                <Text size="sm" data-testid="second-factor-since">
                  {t('secondFactor.enabledSince', { date: formatDateTime(s.enabledAt, timeZone, i18n.language) })}
                </Text>
              )}
              <Text
                size="sm"
                c={s.recoveryCodesLeft <= FEW_RECOVERY_CODES ? 'orange.8' : undefined}
                data-testid="recovery-codes-left"
              >
                {t('secondFactor.recoveryCodesLeft', { count: s.recoveryCodesLeft })}
                {s.recoveryCodesLeft <= FEW_RECOVERY_CODES && ` ${t('secondFactor.fewRecoveryCodes')}`}
              </Text>
              {s.required && (
                <Text size="sm" c="dimmed" data-testid="second-factor-required">
                  {t('secondFactor.requiredCannotTurnOff')}
                </Text>
              )}
              <Group gap="xs">
                <Button variant="light" onClick={() => setView({ kind: 'newCodes' })} data-testid="second-factor-new-codes">
                  {t('secondFactor.newCodes')}
                </Button>
                {!s.required && (
                  <Button
                    variant="light"
                    color="red"
                    onClick={() => setView({ kind: 'disable' })}
                    data-testid="second-factor-turn-off"
                  >
                    {t('secondFactor.turnOff')}
                  </Button>
                )}
              </Group>
            </>
          ) : (
            <>
              {s.required && (
                <Alert color="orange" data-testid="second-factor-required">
                  {t('secondFactor.requiredForOwners')}
                </Alert>
              )}
              <ErrorAlert error={startError} />
              <Group>
                <Button onClick={() => void turnOn()} loading={starting} data-testid="second-factor-turn-on">
                  {t('secondFactor.turnOn')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}

function StatusBadge({ status }: { status: SecondFactorStatus }) {
  const { t } = useTranslation();
  return status.enabled ? (
    <Badge color="teal" variant="light" data-testid="second-factor-status">
      {t('secondFactor.on')}
    </Badge>
  ) : (
    <Badge color="gray" variant="light" data-testid="second-factor-status">
      {t('secondFactor.off')}
    </Badge>
  );
}

/** An `<img>` with the QR code of `otpauth://…` (an SVG data URL, drawn in the browser: the secret never leaves it). */
function QrImage({ uri, alt }: { uri: string; alt: string }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let current = true;
    QRCode.toString(uri, { type: 'svg', margin: 1, width: 200, errorCorrectionLevel: 'M' })
      .then((svg) => {
        if (current) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        if (current) setSrc(undefined);
      });
    return () => {
      current = false;
    };
  }, [uri]);
  if (!src) return null;
  return <Image src={src} alt={alt} w={200} h={200} fit="contain" bg="white" data-testid="second-factor-qr" />;
}

/** A wrong code in its own words (the server's field error otherwise). */
function codeError(error: unknown, server: string | undefined, t: (key: string) => string): string | undefined {
  return isApiError(error) && error.code === 'bad-second-factor' ? t('secondFactor.badCode') : server;
}

/** Scan or type the new secret, then confirm with a code: turns two-factor login on. */
function SetupStep({
  setup,
  onEnabled,
  onCancel,
}: {
  setup: SecondFactorSetup;
  onEnabled: (codes: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { form, onSubmit } = useAppCodeForm(async (code) => {
    const { recoveryCodes } = await api.account.enableSecondFactor({ code });
    onEnabled(recoveryCodes);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('secondFactor.setupTitle')} data-testid="second-factor-setup">
      <Stack gap="sm">
        <Text size="sm">{t('secondFactor.setupScan')}</Text>
        <QrImage uri={setup.otpauthUri} alt={t('secondFactor.qrAlt')} />
        <Text size="sm">{t('secondFactor.setupManual')}</Text>
        <Group gap="xs" wrap="nowrap" align="center">
          <Code fz="md" style={{ wordBreak: 'break-word', flex: 1 }} data-testid="second-factor-secret">
            {groupSecret(setup.secret)}
          </Code>
          <CopyButton value={setup.secret} timeout={2000}>
            {({ copied, copy }) => (
              <Button size="xs" variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : undefined} onClick={copy}>
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">{t('secondFactor.setupConfirm')}</Text>
        <ErrorAlert
          error={isApiError(form.error) && form.error.code === 'bad-second-factor' ? undefined : form.error}
          handledFields={['code']}
        />
        <SecondFactorCodeInput
          value={form.values.code}
          onChange={(e) => form.update('code', e.currentTarget.value)}
          error={codeError(form.error, form.errorFor('code'), t)}
          maw={320}
          data-testid="second-factor-setup-code"
        />
        <Group gap="xs">
          <Button type="submit" loading={form.busy} data-testid="second-factor-confirm">
            {t('secondFactor.confirm')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={form.busy}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The recovery codes, shown only now: copy or download them, and say that they are saved. */
function RecoveryCodesList({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const text = codes.join('\n');

  function download() {
    const url = URL.createObjectURL(new Blob([`${text}\n`], { type: 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'stammkunde-recovery-codes.txt';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <Paper withBorder p="md" radius="md" data-testid="recovery-codes">
      <Stack gap="sm">
        <Text fw={600}>{t('secondFactor.codesTitle')}</Text>
        <Text size="sm">{t('secondFactor.codesIntro')}</Text>
        {/* One column: a code is 29 characters (five groups of five), too wide for two side by side on a phone. */}
        <SimpleGrid cols={1} spacing="xs" verticalSpacing={4}>
          {codes.map((c) => (
            <Code key={c} fz="sm" ta="center" style={{ overflowWrap: 'anywhere' }} data-testid="recovery-code">
              {c}
            </Code>
          ))}
        </SimpleGrid>
        <Group gap="xs">
          <CopyButton value={text} timeout={2000}>
            {({ copied, copy }) => (
              <Button size="xs" variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : undefined} onClick={copy}>
                {copied ? t('common.copied') : t('secondFactor.copyCodes')}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="light" onClick={download} data-testid="recovery-codes-download">
            {t('secondFactor.downloadCodes')}
          </Button>
        </Group>
        <Checkbox
          label={t('secondFactor.codesSaved')}
          checked={saved}
          onChange={(e) => setSaved(e.currentTarget.checked)}
          data-testid="recovery-codes-saved"
        />
        <Group>
          <Button disabled={!saved} onClick={onDone} data-testid="recovery-codes-done">
            {t('secondFactor.codesDone')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Turning two-factor login off: password and a current code. */
function DisableForm({ onDisabled, onCancel }: { onDisabled: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useForm({ password: '', code: '' });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const code = normaliseSecondFactorCode(form.values.code);
    const errs: Partial<Record<'password' | 'code', string>> = {};
    if (!form.values.password) errs.password = t('validation.required');
    if (!isAuthenticatorCode(code)) errs.code = t('secondFactor.sixDigits');
    if (!form.check(errs)) return;
    await form.submit(async () => {
      await api.account.disableSecondFactor({ password: form.values.password, code });
      onDisabled();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('secondFactor.turnOff')} data-testid="second-factor-disable">
      <Stack gap="sm">
        <Text size="sm">{t('secondFactor.disableIntro')}</Text>
        <ErrorAlert
          error={isApiError(form.error) && form.error.code === 'bad-second-factor' ? undefined : form.error}
          handledFields={['password', 'code']}
          titles={{ 'second-factor-required': t('secondFactor.requiredCannotTurnOff') }}
        />
        <PasswordField
          label={t('secondFactor.password')}
          value={form.values.password}
          onChange={(e) => form.update('password', e.currentTarget.value)}
          error={form.errorFor('password')}
          autoComplete="current-password"
          withAsterisk
        />
        <SecondFactorCodeInput
          value={form.values.code}
          onChange={(e) => form.update('code', e.currentTarget.value)}
          error={codeError(form.error, form.errorFor('code'), t)}
          maw={320}
        />
        <Group gap="xs">
          <Button type="submit" color="red" loading={form.busy} data-testid="second-factor-disable-submit">
            {t('secondFactor.turnOff')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={form.busy}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** New recovery codes for a current code (the old ones stop working). */
function NewRecoveryCodesForm({ onCodes, onCancel }: { onCodes: (codes: string[]) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { form, onSubmit } = useAppCodeForm(async (code) => {
    const { recoveryCodes } = await api.account.newRecoveryCodes({ code });
    onCodes(recoveryCodes);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('secondFactor.newCodes')} data-testid="second-factor-new-codes-form">
      <Stack gap="sm">
        <Text size="sm">{t('secondFactor.newCodesIntro')}</Text>
        <ErrorAlert
          error={isApiError(form.error) && form.error.code === 'bad-second-factor' ? undefined : form.error}
          handledFields={['code']}
        />
        <SecondFactorCodeInput
          value={form.values.code}
          onChange={(e) => form.update('code', e.currentTarget.value)}
          error={codeError(form.error, form.errorFor('code'), t)}
          maw={320}
        />
        <Group gap="xs">
          <Button type="submit" loading={form.busy} data-testid="second-factor-new-codes-submit">
            {t('secondFactor.newCodesSubmit')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={form.busy}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
