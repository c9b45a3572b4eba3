package de.stammkunde.api.input;

import org.jspecify.annotations.Nullable;

/**
 * What text we accept from outside. No control characters (C0 U+0000–U+001F, DEL U+007F, C1 U+0080–U+009F) and no
 * unpaired UTF-16 surrogates (broken Unicode); PostgreSQL refuses NUL outright, and the others are never typed by
 * a person. Emoji, right-to-left text, combining marks and every other assigned or unassigned code point pass:
 * they are text, and the fields' own validation decides about length and shape.
 */
public enum TextRule {
    /** A JSON string value: may span lines, so tab, line feed and carriage return are allowed. */
    MULTI_LINE,
    /** A query parameter, a path variable or a JSON property name: one line, no control character at all. */
    SINGLE_LINE,
    /**
     * A header value. Tomcat reads header bytes as ISO-8859-1, so U+0080–U+00FF are bytes of UTF-8 text, not C1
     * controls; here only C0 (tab included) and DEL are refused, and surrogates cannot occur.
     */
    HEADER;

    /** Why a text is refused: the first offending character. */
    public record Violation(Kind kind, int index, int codePoint) {
        /** The offending character as {@code U+0000}, for messages. */
        public String character() {
            return String.format("U+%04X", codePoint);
        }
    }

    public enum Kind {
        CONTROL_CHARACTER, UNPAIRED_SURROGATE
    }

    /** The first character this rule refuses, or {@code null} when the text is fine. */
    public @Nullable Violation check(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return new Violation(Kind.UNPAIRED_SURROGATE, i, c);
            } else if (refuses(c)) {
                return new Violation(Kind.CONTROL_CHARACTER, i, c);
            }
        }
        return null;
    }

    private boolean refuses(char c) {
        if (c < 0x20) {
            return this != MULTI_LINE || (c != '\t' && c != '\n' && c != '\r');
        }
        if (c == 0x7F) {
            return true;
        }
        return c >= 0x80 && c <= 0x9F && this != HEADER;
    }
}
