package de.stammkunde.domain.shared;

import java.util.UUID;

/**
 * Port: the secret token of a mailed link (portal activation, staff invitation, password reset, e-mail
 * verification), derived from the link's id with a key only the server holds. The token is therefore stored
 * nowhere — not in the link's row (only its hash), not in the outbox (only the link's id) — and is computed again
 * when the mail is written.
 */
public interface LinkTokens {
    String tokenFor(UUID linkId);

    /** What the link's row stores to find it by its token. */
    default String hashFor(UUID linkId) {
        return SecretTokens.hash(tokenFor(linkId));
    }
}
