import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, setLanguage } from '../i18n';

/** DE/EN switch; the choice is stored in localStorage. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage(i18n);
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
          onClick={() => void setLanguage(lng, i18n)}
          lang={lng}
        >
          {lng.toUpperCase()}
        </Button>
      ))}
    </Button.Group>
  );
}
