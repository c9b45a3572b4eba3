package de.stammkunde.api.security;

import de.stammkunde.domain.shared.PasswordHasher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The domain's password port, backed by Spring Security's delegating encoder (bcrypt, upgradable). */
@Component
class SpringPasswordHasher implements PasswordHasher {
    private final PasswordEncoder encoder;

    SpringPasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String rawPassword) {
        if (rawPassword.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > Passwords.MAX_LENGTH) {
            // bcrypt reads at most 72 bytes: umlauts count twice
            de.stammkunde.domain.shared.Decision.reject("password-too-long", "password",
                    "Use at most {0} bytes (umlauts count twice)", Passwords.MAX_LENGTH).orThrow();
        }
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return encoder.matches(rawPassword, hash);
    }
}
