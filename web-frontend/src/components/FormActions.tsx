import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The buttons below a create/edit form: "Cancel" (when it can be cancelled) and the submit button. */
export function FormActions({
  busy,
  submitLabel,
  submitTestId,
  onCancel,
}: {
  busy: boolean;
  submitLabel: string;
  submitTestId?: string;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      {onCancel && (
        <Button variant="default" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
      )}
      <Button type="submit" loading={busy} data-testid={submitTestId}>
        {submitLabel}
      </Button>
    </Group>
  );
}
