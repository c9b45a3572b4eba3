package de.stammkunde.api.problem;

import java.io.IOException;

/**
 * Thrown by a request body's stream once more bytes arrive than the path allows (a body sent without
 * Content-Length, in chunks). Whoever reads the body — Jackson, a controller — fails with it, and it is answered
 * 413 {@code payload-too-large}, however it was wrapped on the way.
 */
public class PayloadTooLarge extends IOException {
    private final long limit;

    public PayloadTooLarge(long limit) {
        super("request body larger than " + limit + " bytes", null);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The PayloadTooLarge somewhere in {@code e}'s causes, if any. */
    public static @org.jspecify.annotations.Nullable PayloadTooLarge in(@org.jspecify.annotations.Nullable Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLarge tooLarge) {
                return tooLarge;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
