import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The code of the authenticator app: numeric keyboard, `autocomplete="one-time-code"` (phones offer a code from
 * their messages or password manager), monospace, six digits. With `allowRecovery` a recovery code may be typed too
 * (the keyboard then is the normal one once the person chose that).
 */
export function SecondFactorCodeInput({
  recovery = false,
  ...props
}: Omit<TextInputProps, 'inputMode' | 'autoComplete'> & { recovery?: boolean }) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={recovery ? t('secondFactor.codeOrRecovery') : t('secondFactor.code')}
      inputMode={recovery ? 'text' : 'numeric'}
      autoComplete="one-time-code"
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      maxLength={recovery ? 40 : 9}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.1em' } }}
      withAsterisk
      {...props}
    />
  );
}
