package de.stammkunde.api.security;

import de.stammkunde.domain.shared.PasswordPolicy;

/**
 * Password limits at the HTTP edge. The rules themselves are the domain's {@link PasswordPolicy}, applied by every
 * use case that sets a password (422 {@code password-too-short}, {@code password-too-long}, {@code password-common},
 * {@code password-like-name}); request DTOs only bound the field's size.
 */
public final class Passwords {
    /** The policy's minimum, for texts and forms; DTOs leave it to the policy (422 {@code password-too-short}). */
    public static final int MIN_LENGTH = PasswordPolicy.MIN_LENGTH;
    /**
     * Longest password field a request may carry (400 above), in UTF-16 units: room for the policy's maximum of
     * {@value PasswordPolicy#MAX_LENGTH} characters even if every one lies outside the Basic Multilingual Plane.
     */
    public static final int MAX_LENGTH = 2 * PasswordPolicy.MAX_LENGTH;

    private Passwords() {
    }
}
