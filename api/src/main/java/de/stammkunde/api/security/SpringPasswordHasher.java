package de.stammkunde.api.security;

import de.stammkunde.domain.shared.PasswordHasher;
import java.text.Normalizer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The domain's password port, backed by Spring Security's delegating encoder (Argon2id for new hashes, bcrypt
 * hashes from before still match; see {@code SecurityConfiguration#passwordEncoder}).
 *
 * <p>Passwords are hashed in Unicode normal form C, so a passphrase with umlauts matches however the keyboard
 * composed them ({@code ä} as one code point or as {@code a} + combining diaeresis). A hash made from an
 * unnormalised password before this rule still matches the password as typed.
 */
@Component
class SpringPasswordHasher implements PasswordHasher {
    private final PasswordEncoder encoder;

    SpringPasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(normalised(rawPassword));
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        String normalised = normalised(rawPassword);
        return encoder.matches(normalised, hash)
                || (!normalised.equals(rawPassword) && encoder.matches(rawPassword, hash));
    }

    @Override
    public boolean needsRehash(String hash) {
        return encoder.upgradeEncoding(hash);
    }

    private static String normalised(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }
}
