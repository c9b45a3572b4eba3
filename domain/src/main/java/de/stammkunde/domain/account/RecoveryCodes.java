package de.stammkunde.domain.account;

import de.stammkunde.domain.shared.SecretTokens;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: ten single-use codes shown once when two-factor login is turned on, for the day the phone is
 * lost. Each is ten characters from a 32-letter alphabet (50 random bits; failed attempts are rate-limited), written
 * {@code xxxxx-xxxxx}; only SHA-256 hashes are kept. Case, spaces and the dash do not matter when one is typed.
 */
public final class RecoveryCodes {
    public static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(11);
            for (int c = 0; c < 10; c++) {
                if (c == 5) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The typed text without spaces and dashes, lower case. */
    static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    static boolean looksLikeOne(String normalised) {
        if (normalised.length() != 10) {
            return false;
        }
        for (int i = 0; i < normalised.length(); i++) {
            if (ALPHABET.indexOf(normalised.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    public static String hash(String typed) {
        return SecretTokens.hash(normalise(typed));
    }
}
