import { useState } from 'react';
import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError, type CustomerDetail, type PortalActivation } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/useAction';
import { formatDateTime } from '../../format';

/**
 * "Send portal link again" for a customer with an e-mail address and no portal password yet: the server mails a new
 * link (the older one stops working) and tells where to and until when; staff never see the link. When the
 * customer has meanwhile set a password (409 `portal-active`), `onOutdated` reloads the customer: the button goes,
 * the server's explanation stays.
 */
export function SendPortalLink({ customer, onOutdated }: { customer: CustomerDetail; onOutdated: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const shop = useUser().shop;
  const { busy, error, run } = useAction();
  const [sent, setSent] = useState<PortalActivation>();

  async function send() {
    setSent(undefined);
    await run(async () => {
      try {
        setSent(await api.customers.sendPortalLink(shop.id, customer.id));
      } catch (err) {
        if (isApiError(err) && err.code === 'portal-active') onOutdated();
        throw err;
      }
    });
  }

  if (!customer.email || (customer.portalEnabled && !error && !sent)) return null;
  return (
    <Stack gap="xs" mt="sm">
      <ErrorAlert error={error} />
      {sent && (
        <Alert color="teal" withCloseButton onClose={() => setSent(undefined)} data-testid="portal-link-sent">
          {t('customerDetail.portalLinkSent', {
            email: sent.mailedTo,
            expiresAt: formatDateTime(sent.expiresAt, shop.timeZone, i18n.language),
          })}
        </Alert>
      )}
      {!customer.portalEnabled && (
        <Button variant="light" size="xs" onClick={() => void send()} loading={busy} style={{ alignSelf: 'flex-start' }}
          data-testid="send-portal-link">
          {t('customerDetail.sendPortalLink')}
        </Button>
      )}
    </Stack>
  );
}
