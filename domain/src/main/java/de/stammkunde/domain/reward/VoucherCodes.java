package de.stammkunde.domain.reward;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Voucher codes: 16 characters of Crockford's base 32 (80 random bits), grouped as XXXX-XXXX-XXXX-XXXX. No I, L,
 * O or U, so a code read aloud or typed at the till is not mistaken; input is normalised before lookup.
 */
public final class VoucherCodes {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private VoucherCodes() {
    }

    public static String newCode() {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Upper case, no spaces, the usual misreadings fixed (O→0, I/L→1), dashes re-grouped. */
    public static String normalise(String input) {
        String plain = input.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (plain.length() != 16) {
            return plain;
        }
        return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8, 12) + "-"
                + plain.substring(12);
    }
}
