import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { PasswordField } from './PasswordField';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError, SECOND_FACTOR_STAGE, type LoginRequest, type SecondFactorCodeRequest, type Session } from '../../api';
import { useSession } from '../../app/SessionContext';
import { ErrorAlert, serverFieldErrors } from '../../components/ErrorAlert';
import { homeFor } from '../../components/Guards';
import { withShop } from './ForgotPasswordPage';
import { SecondFactorCodeInput } from './SecondFactorCodeInput';
import { isAuthenticatorCode, isRecoveryCode, normaliseSecondFactorCode } from './secondFactorCode';

const FIELDS = ['shop', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Shared login form of staff (`/login`) and customers (`/portal/login`). When the password is accepted and the
 * account logs in with two factors (`stage: "second-factor"`), the code step follows: the code of the authenticator
 * app or a recovery code (`submitCode`); a pending login that expired goes back to the password.
 */
export function LoginForm({
  submit,
  submitCode,
  allowedPrefix,
  forgotPath,
}: {
  submit: (body: LoginRequest) => Promise<Session>;
  submitCode: (body: SecondFactorCodeRequest) => Promise<Session>;
  /** Only "from" locations under this prefix are honoured after login. */
  allowedPrefix: string;
  /** The "Forgot your password?" page; the shop typed here goes along as `?shop=`. */
  forgotPath: string;
}) {
  const { t } = useTranslation();
  const { session: current, setSession } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const [values, setValues] = useState<Record<Field, string>>({
    shop: params.get('shop') ?? '',
    email: '',
    password: '',
  });
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  /** The password was accepted: the code is asked for. */
  const [codeStep, setCodeStep] = useState(false);
  /** The pending login expired: the password is asked for again. */
  const [expired, setExpired] = useState(false);
  const server = serverFieldErrors(error);
  /**
   * A reload during the code step: the server still waits for the code (the session says so), so the code step
   * shows again instead of the password — once, so that "Back" stays back.
   */
  const resumed = useRef(false);
  useEffect(() => {
    if (!resumed.current && current && !current.authenticated && current.stage === SECOND_FACTOR_STAGE) {
      resumed.current = true;
      setCodeStep(true);
    }
  }, [current]);

  function loggedIn(session: Session) {
    setSession(session);
    const from = (location.state as { from?: string } | null)?.from;
    const role = session.authenticated ? session.user.role : undefined;
    const home = homeFor(role);
    navigate(from && from.startsWith(allowedPrefix) && home.startsWith(allowedPrefix) ? from : home, { replace: true });
  }

  const set = (field: Field) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
    setClientErrors((c) => ({ ...c, [field]: undefined }));
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errs: Partial<Record<Field, string>> = {};
    if (!values.shop.trim()) errs.shop = t('validation.required');
    if (!values.email.trim()) errs.email = t('validation.required');
    if (!values.password) errs.password = t('validation.required');
    setClientErrors(errs);
    if (Object.keys(errs).length) return;
    setBusy(true);
    setError(undefined);
    setExpired(false);
    try {
      const session = await submit({
        shop: values.shop.trim().toLowerCase(),
        email: values.email.trim(),
        password: values.password,
      });
      if (!session.authenticated && session.stage === SECOND_FACTOR_STAGE) {
        setValues((v) => ({ ...v, password: '' }));
        setCodeStep(true);
        return;
      }
      loggedIn(session);
    } catch (err) {
      setError(err);
      setValues((v) => ({ ...v, password: '' }));
    } finally {
      setBusy(false);
    }
  }

  const errorFor = (f: Field) => clientErrors[f] ?? server[f];

  if (codeStep) {
    return (
      <CodeStep
        submitCode={submitCode}
        onLoggedIn={loggedIn}
        onExpired={() => {
          setCodeStep(false);
          setExpired(true);
        }}
        onBack={() => setCodeStep(false)}
      />
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {expired && (
          <Alert color="orange" title={t('secondFactor.loginExpiredTitle')} data-testid="second-factor-expired">
            {t('secondFactor.loginExpired')}
          </Alert>
        )}
        <ErrorAlert error={error} handledFields={[...FIELDS]} />
        <TextInput
          label={t('login.shop')}
          description={t('login.shopHint')}
          value={values.shop}
          onChange={set('shop')}
          error={errorFor('shop')}
          maxLength={40}
          autoComplete="organization"
          autoCapitalize="none"
          spellCheck={false}
          withAsterisk
        />
        <TextInput
          label={t('login.email')}
          type="email"
          value={values.email}
          onChange={set('email')}
          error={errorFor('email')}
          maxLength={254}
          autoComplete="username"
          withAsterisk
        />
        <PasswordField
          label={t('login.password')}
          value={values.password}
          onChange={set('password')}
          error={errorFor('password')}
          autoComplete="current-password"
          withAsterisk
        />
        <Group justify="flex-end" mt={-8}>
          <Anchor component={Link} to={withShop(forgotPath, values.shop)} size="sm" data-testid="forgot-password">
            {t('login.forgot')}
          </Anchor>
        </Group>
        <Button type="submit" loading={busy} fullWidth>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/**
 * The second step of a login with two factors: the code of the authenticator app, or a recovery code. A wrong code
 * (401 `bad-second-factor`) is told at the input; a pending login that expired (401 `second-factor-login-expired`)
 * goes back to the password; 429 as at the password.
 */
function CodeStep({
  submitCode,
  onLoggedIn,
  onExpired,
  onBack,
}: {
  submitCode: (body: SecondFactorCodeRequest) => Promise<Session>;
  onLoggedIn: (session: Session) => void;
  onExpired: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [recovery, setRecovery] = useState(false);
  const [clientError, setClientError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const badCode = isApiError(error) && error.code === 'bad-second-factor';

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const normalised = normaliseSecondFactorCode(code);
    if (!normalised) {
      setClientError(t('validation.required'));
      return;
    }
    if (!isAuthenticatorCode(normalised) && !isRecoveryCode(normalised)) {
      setClientError(t('secondFactor.codeFormat'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      onLoggedIn(await submitCode({ code: normalised }));
    } catch (err) {
      if (isApiError(err) && err.code === 'second-factor-login-expired') {
        onExpired();
        return;
      }
      setError(err);
      setCode('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('secondFactor.loginTitle')} data-testid="second-factor-login">
      <Stack>
        <Text fw={600}>{t('secondFactor.loginTitle')}</Text>
        <Text size="sm" c="dimmed">
          {t('secondFactor.loginIntro')}
        </Text>
        <ErrorAlert error={badCode ? undefined : error} handledFields={['code']} />
        <SecondFactorCodeInput
          recovery={recovery}
          description={recovery ? t('secondFactor.recoveryHint') : t('secondFactor.codeHint')}
          value={code}
          onChange={(e) => {
            setCode(e.currentTarget.value);
            setClientError(undefined);
          }}
          error={clientError ?? (badCode ? t('secondFactor.badCode') : serverFieldErrors(error).code)}
          autoFocus
          data-testid="second-factor-code"
        />
        <Group justify="space-between" mt={-8}>
          <Anchor component="button" type="button" size="sm" onClick={onBack} data-testid="second-factor-back">
            {t('secondFactor.back')}
          </Anchor>
          {!recovery && (
            <Anchor component="button" type="button" size="sm" onClick={() => setRecovery(true)} data-testid="use-recovery-code">
              {t('secondFactor.useRecovery')}
            </Anchor>
          )}
        </Group>
        <Button type="submit" loading={busy} fullWidth>
          {t('secondFactor.loginSubmit')}
        </Button>
      </Stack>
    </form>
  );
}
