import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, setLanguage, type Language } from '../i18n';

/**
 * DE/EN switch; the choice is stored in localStorage. `onChange` is told after the UI switched to another
 * language (not when the active one is clicked again), e.g. for the portal to remember it on the server.
 */
export function LanguageSwitcher({ onChange }: { onChange?: (language: Language) => void } = {}) {
  const { t, i18n } = useTranslation();
  const active = currentLanguage(i18n);

  async function choose(language: Language) {
    const changed = language !== currentLanguage(i18n);
    await setLanguage(language, i18n);
    if (changed) onChange?.(language);
  }

  return (
    <Button.Group aria-label={t('language.label')}>
      {LANGUAGES.map((lng) => (
        <Button
          key={lng}
          size="xs"
          variant={lng === active ? 'filled' : 'default'}
          aria-pressed={lng === active}
          title={t(`language.${lng}`)}
          data-testid={`lang-${lng}`}
          onClick={() => void choose(lng)}
          lang={lng}
        >
          {lng.toUpperCase()}
        </Button>
      ))}
    </Button.Group>
  );
}
