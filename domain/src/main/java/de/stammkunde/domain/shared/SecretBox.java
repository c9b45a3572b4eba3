package de.stammkunde.domain.shared;

/**
 * Port: encrypts secrets the server must be able to read again (a TOTP secret), so that a copy of the database alone
 * does not reveal them. The sealed form is text that names its key version, so keys can be rotated.
 */
public interface SecretBox {
    String seal(byte[] secret);

    byte[] open(String sealed);
}
