package de.stammkunde.domain.account;

import de.stammkunde.domain.shared.SecretTokens;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: ten single-use codes shown once when two-factor login is turned on, for the day the phone is
 * lost. Each is 25 characters from a 32-letter alphabet without look-alikes (125 random bits), written in groups of
 * five ({@code xxxxx-xxxxx-xxxxx-xxxxx-xxxxx}). With more than 112 bits a plain SHA-256 hash is a safe way to keep
 * them (ASVS 6.5.2), and only that is kept. Case, spaces and dashes do not matter when one is typed.
 */
public final class RecoveryCodes {
    public static final int COUNT = 10;
    static final int LENGTH = 25;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(LENGTH + 4);
            for (int c = 0; c < LENGTH; c++) {
                if (c > 0 && c % 5 == 0) {
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
        if (normalised.length() != LENGTH) {
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
