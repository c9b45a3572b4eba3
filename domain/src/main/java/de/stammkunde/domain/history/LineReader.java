package de.stammkunde.domain.history;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a text one line at a time (LF or CRLF) without ever holding more than {@code maxChars} of a line: a longer
 * line is read to its end and thrown away, and reported as too long — a 10 MB line costs no 10 MB.
 */
final class LineReader {
    /** A line: its number (from 1), its text, or null text when it was longer than allowed. */
    record Line(long number, @Nullable String text) {
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private int pos;
    private int end;
    private long number;

    LineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end. */
    @Nullable Line next() {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            char c = buffer[pos++];
            if (c == '\n') {
                break;
            }
            if (!tooLong) {
                if (line.length() >= maxChars) {
                    tooLong = true;
                    line.setLength(0);
                } else {
                    line.append(c);
                }
            }
        }
        number++;
        if (tooLong) {
            return new Line(number, null);
        }
        int len = line.length();
        if (len > 0 && line.charAt(len - 1) == '\r') {
            line.setLength(len - 1);
        }
        return new Line(number, line.toString());
    }

    private boolean fill() {
        try {
            int n = in.read(buffer);
            if (n <= 0) {
                return false;
            }
            pos = 0;
            end = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
