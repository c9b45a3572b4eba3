import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CANCELLATION_REASON_MAX, isApiError, type Voucher, type VoucherCancelled } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/useAction';
import { formatPoints } from '../../format';

/** The voucher to cancel and, where known, whose it is. */
export interface CancelTarget {
  voucher: Voucher;
  customerName?: string;
}

/** Why the server refused to cancel: the voucher was used or has expired meanwhile. */
function conflictText(error: unknown): 'alreadyRedeemed' | 'expired' | undefined {
  if (!isApiError(error)) return undefined;
  if (error.code === 'voucher-already-redeemed') return 'alreadyRedeemed';
  if (error.code === 'voucher-expired') return 'expired';
  return undefined;
}

/** "Voucher … cancelled — 20 points returned." */
export function useCancelledText() {
  const { t, i18n } = useTranslation();
  return (result: VoucherCancelled): string =>
    result.pointsReturned > 0
      ? t('cancelVoucher.done', {
          code: result.voucher.code,
          count: result.pointsReturned,
          points: formatPoints(result.pointsReturned, i18n.language),
        })
      : t('cancelVoucher.doneNoPoints', { code: result.voucher.code });
}

/**
 * "Cancel this voucher?" with an optional reason and how many points go back; open while `target` is set. A 409
 * (used or expired meanwhile) is explained in the dialog and reported through `onFailed` so the list can be reloaded.
 */
export function CancelVoucherDialog({
  target,
  onClose,
  onCancelled,
  onFailed,
}: {
  target: CancelTarget | undefined;
  onClose: () => void;
  onCancelled: (result: VoucherCancelled) => void;
  onFailed?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={!!target} onClose={onClose} title={t('cancelVoucher.title')}>
      {target && <CancelForm key={target.voucher.id} target={target} onClose={onClose} onCancelled={onCancelled} onFailed={onFailed} />}
    </Modal>
  );
}

function CancelForm({
  target,
  onClose,
  onCancelled,
  onFailed,
}: {
  target: CancelTarget;
  onClose: () => void;
  onCancelled: (result: VoucherCancelled) => void;
  onFailed?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const shopId = useUser().shop.id;
  const [reason, setReason] = useState('');
  const { busy, error, run } = useAction();
  const { voucher, customerName } = target;
  const conflict = conflictText(error);

  async function confirm() {
    if (busy) return;
    const ok = await run(async () => {
      const result = await api.vouchers.cancel(shopId, voucher.code, reason.trim() ? { reason: reason.trim() } : {});
      onCancelled(result);
    });
    if (!ok) onFailed?.();
  }

  return (
    <Stack data-testid="cancel-voucher-dialog">
      <Text>
        {customerName
          ? t('cancelVoucher.message', { reward: voucher.rewardName, code: voucher.code, name: customerName })
          : t('cancelVoucher.messageNoCustomer', { reward: voucher.rewardName, code: voucher.code })}
      </Text>
      <Text fw={600} data-testid="cancel-voucher-points">
        {voucher.pointsSpent > 0
          ? t('cancelVoucher.pointsBack', { count: voucher.pointsSpent, points: formatPoints(voucher.pointsSpent, i18n.language) })
          : t('cancelVoucher.noPoints')}
      </Text>
      {!conflict && (
        <TextInput
          label={t('cancelVoucher.reason')}
          description={t('cancelVoucher.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={CANCELLATION_REASON_MAX}
          autoComplete="off"
          data-autofocus
          data-testid="cancel-voucher-reason"
        />
      )}
      {conflict ? (
        <Alert color="red" title={t('cancelVoucher.conflictTitle')} role="alert" data-testid="cancel-voucher-conflict">
          {t(`cancelVoucher.${conflict}`)}
        </Alert>
      ) : (
        <ErrorAlert error={error} handledFields={[]} />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} disabled={busy}>
          {conflict ? t('cancelVoucher.close') : t('cancelVoucher.keep')}
        </Button>
        {!conflict && (
          <Button color="red" loading={busy} onClick={() => void confirm()} data-testid="cancel-voucher-confirm">
            {t('cancelVoucher.confirm')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
