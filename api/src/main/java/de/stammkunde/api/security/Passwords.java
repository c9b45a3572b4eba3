package de.stammkunde.api.security;

/** Password rules shared by every form that sets one. */
public final class Passwords {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 72; // bcrypt ignores what is beyond 72 bytes

    private Passwords() {
    }
}
