package de.stammkunde.domain.shared;

/** Port: one-way password hashing (bcrypt or Argon2 in the application). */
public interface PasswordHasher {
    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}
