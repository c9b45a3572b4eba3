package de.stammkunde.domain.shared;

import java.util.Locale;
import java.util.Optional;

/** The languages the product speaks; German is the default (the shops are German). */
public enum Language {
    DE, EN;

    public static final Language DEFAULT = DE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The language of a locale or a code like "en" / "en-GB", if we speak it. */
    public static Optional<Language> of(Locale locale) {
        return of(locale.getLanguage());
    }

    public static Optional<Language> of(String code) {
        String language = code.length() >= 2 ? code.substring(0, 2).toLowerCase(Locale.ROOT) : "";
        for (Language candidate : values()) {
            if (candidate.code().equals(language)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
