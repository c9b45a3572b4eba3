import { useEffect, useState } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError, type VerificationMailed } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useSession, useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/useAction';
import { formatDateTime } from '../../format';

/**
 * Above every admin page while the shop's e-mail address is not confirmed (`shopVerified === false`): owners read
 * where the link went and what waits for it, and can have a new link sent (the older one stops working); agents
 * read that the owner still has to confirm. When the address was confirmed meanwhile (409 `already-verified`, or
 * in another tab, noticed when this one gets the focus back) the session is loaded again and the banner goes.
 */
export function EmailVerificationBanner() {
  const user = useUser();
  const { refresh } = useSession();
  const unverified = user.shopVerified === false;

  useEffect(() => {
    if (!unverified) return;
    // the owner confirms in the mail's tab and comes back here
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [unverified, refresh]);

  if (!unverified) return null;
  return user.role === 'OWNER' ? <OwnerBanner /> : <AgentNote />;
}

function OwnerBanner() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const user = useUser();
  const { refresh } = useSession();
  const { busy, error, run } = useAction();
  const [sent, setSent] = useState<VerificationMailed>();

  async function resend() {
    setSent(undefined);
    await run(async () => {
      try {
        setSent(await api.shops.sendEmailVerification(user.shop.id));
      } catch (err) {
        // confirmed meanwhile: the fresh session has shopVerified and this banner goes
        if (isApiError(err) && err.code === 'already-verified') void refresh();
        throw err;
      }
    });
  }

  return (
    <Alert color="orange" variant="light" mb="md" title={t('verifyEmail.bannerTitle')} data-testid="verify-banner"
      data-role="owner">
      <Stack gap="xs">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('verifyEmail.bannerOwner', { email: user.email })}
        </Text>
        <ErrorAlert error={error} titles={{ 'too-many-attempts': t('verifyEmail.tooMany') }} />
        {sent && (
          <Text size="sm" c="teal.8" fw={500} style={{ overflowWrap: 'anywhere' }} data-testid="verify-resent">
            {t('verifyEmail.resent', {
              email: sent.mailedTo,
              expiresAt: formatDateTime(sent.expiresAt, user.shop.timeZone, i18n.language),
            })}
          </Text>
        )}
        <Button size="xs" variant="white" color="orange" loading={busy} onClick={() => void resend()}
          style={{ alignSelf: 'flex-start' }} data-testid="verify-resend">
          {t('verifyEmail.resend')}
        </Button>
      </Stack>
    </Alert>
  );
}

function AgentNote() {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" mb="md" title={t('verifyEmail.bannerAgentTitle')} data-testid="verify-banner"
      data-role="agent">
      <Text size="sm">{t('verifyEmail.bannerAgent')}</Text>
    </Alert>
  );
}
