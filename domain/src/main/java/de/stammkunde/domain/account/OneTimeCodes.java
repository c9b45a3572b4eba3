package de.stammkunde.domain.account;

/** Port: RFC 6238 time-based one-time codes (30-second steps, 6 digits, HMAC-SHA1, as every authenticator app). */
public interface OneTimeCodes {
    /** A new random secret (160 bits, as RFC 4226 recommends). */
    byte[] newSecret();

    /** The code of one time step ({@code epochSecond / 30}). */
    String code(byte[] secret, long step);

    /** The time step of an instant. */
    static long step(java.time.Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 30);
    }
}
