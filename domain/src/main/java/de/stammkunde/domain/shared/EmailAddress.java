package de.stammkunde.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses are compared case-insensitively: we store them trimmed and lower-cased. */
public final class EmailAddress {
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private EmailAddress() {
    }

    public static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean looksValid(String email) {
        return email.length() <= 254 && SHAPE.matcher(email.trim()).matches();
    }
}
