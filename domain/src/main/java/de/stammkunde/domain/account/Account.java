package de.stammkunde.domain.account;

import de.stammkunde.domain.shared.Language;
import de.stammkunde.domain.shared.ShopId;
import java.util.UUID;

/**
 * Someone who signs in: a staff member or a customer. {@code name}: how mails greet them (a customer's first
 * name); {@code fullName}: all of their name, which their password must not be built from; {@code active}: may
 * sign in (staff not off-boarded, a customer whose portal password is set); {@code language}: what to write to
 * them in.
 */
public record Account(ShopId shopId, AccountKind kind, UUID id, String email, String name, String fullName,
                      Language language, boolean active) {
}
