import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import { useAction } from './useAction';

export interface Confirm<T> {
  /** What the dialog asks about; undefined while it is closed. */
  target: T | undefined;
  busy: boolean;
  error: unknown;
  open: (target: T) => void;
  close: () => void;
  /** Runs `action` for the target; closes the dialog when it succeeds, shows its error otherwise. */
  run: (action: (target: T) => Promise<void>) => Promise<void>;
}

/** State of a dangerous action that is confirmed in a dialog first (see {@link ConfirmModal}). */
export function useConfirm<T>(): Confirm<T> {
  const [target, setTarget] = useState<T>();
  const { busy, error, setError, run: runAction } = useAction();

  async function run(action: (target: T) => Promise<void>) {
    if (target === undefined) return;
    if (await runAction(() => action(target))) setTarget(undefined);
  }

  return {
    target,
    busy,
    error,
    open: (t) => {
      setError(undefined);
      setTarget(t);
    },
    close: () => setTarget(undefined),
    run,
  };
}

/** A "really?" dialog with Cancel and a red confirm button; errors of the action are shown inside. */
export function ConfirmModal<T>({
  confirm,
  title,
  message,
  confirmLabel,
  confirmTestId,
  onConfirm,
}: {
  confirm: Confirm<T>;
  title: string;
  message: (target: T) => ReactNode;
  confirmLabel: string;
  confirmTestId?: string;
  onConfirm: (target: T) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { target, busy, error, close, run } = confirm;
  return (
    <Modal opened={target !== undefined} onClose={close} title={title}>
      {target !== undefined && (
        <Stack>
          <Text>{message(target)}</Text>
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void run(onConfirm)} data-testid={confirmTestId}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
