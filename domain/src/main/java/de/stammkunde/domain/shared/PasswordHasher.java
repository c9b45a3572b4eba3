package de.stammkunde.domain.shared;

/** Port: one-way password hashing (Argon2id for new hashes in the application; older bcrypt hashes still match). */
public interface PasswordHasher {
    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);

    /**
     * Whether a hash that just matched should be replaced by a new {@link #hash} of the same password: it was made
     * with an older algorithm (bcrypt) or weaker parameters than new hashes get.
     */
    boolean needsRehash(String hash);
}
