package de.stammkunde.api.input;

import de.stammkunde.api.problem.InvalidInput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Checks a raw query string ({@code a=1&b=x%20y}) strictly, before the servlet container or anyone else decodes
 * it: every name and value must be well-formed percent-encoded UTF-8 and pass {@link TextRule#SINGLE_LINE}.
 */
final class QueryString {
    /** Field name used when a parameter's own name cannot be decoded. */
    static final String UNNAMED = "query";

    private QueryString() {
    }

    /** Throws {@link InvalidInput} naming the first parameter that is refused. */
    static void check(@Nullable String raw) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        for (String pair : raw.split("&", -1)) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName);
            if (name == null) {
                throw new InvalidInput(UNNAMED, "validation.bad-encoding");
            }
            TextRule.Violation inName = TextRule.SINGLE_LINE.check(name);
            if (inName != null) {
                throw Violations.refused(UNNAMED, inName);
            }
            if (equals >= 0) {
                String value = decode(pair.substring(equals + 1));
                if (value == null) {
                    throw new InvalidInput(name, "validation.bad-encoding");
                }
                TextRule.Violation inValue = TextRule.SINGLE_LINE.check(value);
                if (inValue != null) {
                    throw Violations.refused(name, inValue);
                }
            }
        }
    }

    /** Percent-decodes as UTF-8 ({@code +} is a blank); {@code null} for a broken escape or invalid UTF-8. */
    static @Nullable String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return StrictUtf8.decode(bytes.toByteArray());
    }
}
