import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api';
import { useApi } from '../../app/ApiContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAppCodeForm } from './useAppCodeForm';
import { SecondFactorCodeInput } from './SecondFactorCodeInput';

/** The code of a sensitive owner action's refusal until the second factor is confirmed again. */
export const RECHECK_REQUIRED = 'second-factor-recheck-required';

/**
 * Runs an API action; when the server answers 403 `second-factor-recheck-required`, asks for the current code in a
 * dialog, confirms it (`POST /account/second-factor/check`) and runs the action once more. Cancelling the dialog
 * rejects with the original refusal.
 */
export type StepUp = <T>(action: () => Promise<T>) => Promise<T>;

const StepUpContext = createContext<StepUp | undefined>(undefined);

interface Pending {
  resolve: () => void;
  reject: () => void;
}

/** Provides {@link useStepUp} and its dialog (the admin area: creating API keys, large point adjustments). */
export function StepUpProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<Pending>();
  const pendingRef = useRef<Pending | undefined>(undefined);

  const askForCode = useCallback(
    () =>
      new Promise<void>((resolve, reject) => {
        const p = { resolve, reject };
        pendingRef.current = p;
        setPending(p);
      }),
    [],
  );

  const stepUp = useCallback<StepUp>(
    async <T,>(action: () => Promise<T>) => {
      try {
        return await action();
      } catch (err) {
        if (!isApiError(err) || err.code !== RECHECK_REQUIRED) throw err;
        try {
          await askForCode();
        } catch {
          throw err;
        }
        return action();
      }
    },
    [askForCode],
  );

  function finish(ok: boolean) {
    const p = pendingRef.current;
    pendingRef.current = undefined;
    setPending(undefined);
    if (ok) p?.resolve();
    else p?.reject();
  }

  const value = useMemo(() => stepUp, [stepUp]);
  return (
    <StepUpContext.Provider value={value}>
      {children}
      <RecheckModal opened={pending !== undefined} onConfirmed={() => finish(true)} onCancel={() => finish(false)} />
    </StepUpContext.Provider>
  );
}

/** See {@link StepUp}; outside a {@link StepUpProvider} the action simply runs. */
export function useStepUp(): StepUp {
  return useContext(StepUpContext) ?? runPlain;
}

const runPlain: StepUp = (action) => action();

function RecheckModal({ opened, onConfirmed, onCancel }: { opened: boolean; onConfirmed: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { form, onSubmit } = useAppCodeForm(async (code) => {
    await api.account.checkSecondFactor({ code });
    form.setValues({ code: '' });
    onConfirmed();
  });
  const badCode = isApiError(form.error) && form.error.code === 'bad-second-factor';

  function cancel() {
    form.setValues({ code: '' });
    onCancel();
  }

  return (
    <Modal opened={opened} onClose={cancel} title={t('secondFactor.recheckTitle')}>
      <form onSubmit={onSubmit} noValidate aria-label={t('secondFactor.recheckTitle')} data-testid="second-factor-recheck">
        <Stack>
          <Text size="sm">{t('secondFactor.recheckIntro')}</Text>
          <ErrorAlert error={badCode ? undefined : form.error} handledFields={['code']} />
          <SecondFactorCodeInput
            value={form.values.code}
            onChange={(e) => form.update('code', e.currentTarget.value)}
            error={badCode ? t('secondFactor.badCode') : form.errorFor('code')}
            data-autofocus
            data-testid="second-factor-recheck-code"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel} disabled={form.busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.busy} data-testid="second-factor-recheck-submit">
              {t('secondFactor.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
