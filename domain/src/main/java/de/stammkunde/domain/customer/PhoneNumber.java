package de.stammkunde.domain.customer;

import de.stammkunde.domain.shared.Decision;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a phone number may look like as staff type it: digits with the usual separators (spaces, {@code -}, {@code /},
 * {@code .}, brackets), a {@code +} only in front, 5 to 20 digits. Kept as typed (no reformatting): agents search by
 * the digits and call what they see. The web frontend applies the same rule ({@code validation.ts isPhone}).
 */
public final class PhoneNumber {
    public static final int MIN_DIGITS = 5;
    public static final int MAX_DIGITS = 20;
    private static final Pattern SHAPE = Pattern.compile("\\+?[0-9 ()./-]+");

    private PhoneNumber() {
    }

    public static boolean looksValid(String phone) {
        String p = phone.strip();
        if (!SHAPE.matcher(p).matches()) {
            return false;
        }
        long digits = p.chars().filter(c -> c >= '0' && c <= '9').count();
        return digits >= MIN_DIGITS && digits <= MAX_DIGITS;
    }

    /** Null or blank is allowed (the phone is optional). */
    public static Decision check(@Nullable String phone) {
        if (phone == null || phone.isBlank() || looksValid(phone)) {
            return Decision.ALLOWED;
        }
        return Decision.reject("invalid-phone", "phone",
                "Enter a phone number with {0} to {1} digits, e.g. +49 30 1234567", MIN_DIGITS, MAX_DIGITS);
    }
}
