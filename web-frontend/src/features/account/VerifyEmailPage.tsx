import { useEffect, useState } from 'react';
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError, type EmailVerified } from '../../api';
import { useApi } from '../../app/ApiContext';
import { isStaff, useSession } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/useAction';
import { useLoad } from '../../components/useLoad';
import { InvalidLinkNotice, TokenPage, type InvalidLink } from '../security/TokenPage';

/**
 * `/verify-email/:token`, opened from the mail sent at signup (or a newer one the owner asked for); no session
 * needed. Opening the page only looks the link up — mail scanners follow links — and the button confirms: the
 * shop's held mail goes out. The session is loaded again after confirming, so a staff session's banner goes.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { session, refresh } = useSession();
  const { token = '' } = useParams();
  const link = useLoad(() => api.auth.emailVerification(token), [api, token]);
  const { busy, error, run } = useAction();
  const [confirmed, setConfirmed] = useState<EmailVerified>();
  const staff = isStaff(session);
  const staleSession = staff && session?.authenticated === true && !session.user.shopVerified;
  const invalid: InvalidLink = { title: t('verifyEmail.invalid'), hint: t('verifyEmail.invalidHint') };
  // the link died (replaced, expired) while the page was open
  const goneMeanwhile = isApiError(error) && error.code === 'not-found';

  // confirmed earlier (another tab, another device) while this browser's staff session still says unconfirmed
  const alreadyVerified = link.data?.verified === true;
  useEffect(() => {
    if (alreadyVerified && staleSession) void refresh();
  }, [alreadyVerified, staleSession, refresh]);

  async function confirm() {
    await run(async () => {
      const result = await api.auth.confirmEmail(token);
      // the session again, first (whatever this browser knew of it, it may still be loading): a staff session now
      // says confirmed, and "Go to the admin area" opens the admin without the banner
      await refresh();
      setConfirmed(result);
    });
  }

  const onward = staff ? (
    <Button component={Link} to="/admin/customers" fullWidth data-testid="verify-continue">
      {t('verifyEmail.toAdmin')}
    </Button>
  ) : (
    <Button component={Link} to="/login" fullWidth data-testid="verify-continue">
      {t('common.toLogin')}
    </Button>
  );

  const found = link.data;
  return (
    <TokenPage
      loaded={link}
      title={t('verifyEmail.title')}
      subtitle={found ? t('verifyEmail.subtitle', { shopName: found.shopName }) : undefined}
      invalid={invalid}
      loginPath="/login"
    >
      {(data) =>
        confirmed ? (
          <Stack>
            <Alert color="teal" title={t('verifyEmail.doneTitle')} data-testid="verify-done">
              <Text size="sm">{t('verifyEmail.done', { shopName: confirmed.shopName })}</Text>
              {confirmed.releasedMails > 0 && (
                <Text size="sm" mt="xs" data-testid="verify-released">
                  {t('verifyEmail.released', { count: confirmed.releasedMails })}
                </Text>
              )}
            </Alert>
            {onward}
          </Stack>
        ) : data.verified ? (
          <Stack>
            <Alert color="teal" title={t('verifyEmail.alreadyTitle')} data-testid="verify-already">
              {t('verifyEmail.already', { shopName: data.shopName })}
            </Alert>
            {onward}
          </Stack>
        ) : goneMeanwhile ? (
          <InvalidLinkNotice invalid={invalid} loginPath="/login" />
        ) : (
          <Stack>
            <ErrorAlert error={error} />
            <TextInput label={t('verifyEmail.email')} value={data.email} readOnly variant="filled"
              data-testid="verify-email" />
            <Text size="sm">{t('verifyEmail.intro', { shopName: data.shopName })}</Text>
            <Button loading={busy} onClick={() => void confirm()} fullWidth data-testid="verify-confirm">
              {t('verifyEmail.submit')}
            </Button>
          </Stack>
        )
      }
    </TokenPage>
  );
}
