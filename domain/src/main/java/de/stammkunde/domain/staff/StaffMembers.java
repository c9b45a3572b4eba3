package de.stammkunde.domain.staff;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import java.util.List;
import java.util.Optional;

/** Port: staff accounts. */
public interface StaffMembers {
    /** Adds the member; false when the shop already has an account with that e-mail. */
    boolean add(StaffMember member, Actor actor);

    Optional<StaffMember> byEmail(ShopId shopId, String normalisedEmail);

    Optional<StaffMember> byId(ShopId shopId, StaffId id);

    List<StaffMember> all(ShopId shopId);

    /** Deactivates or reactivates the account; false if there is no such account in the shop. */
    boolean setActive(ShopId shopId, StaffId id, boolean active, Actor actor);

    /** Deletes the account; false if there is no such account in the shop. */
    boolean remove(ShopId shopId, StaffId id);

    /**
     * Replaces the member's password hash with an equivalent one (a stronger algorithm or parameters, after a
     * successful login) — only while it is still {@code expected}, so a password changed meanwhile is kept.
     */
    boolean replacePasswordHash(ShopId shopId, StaffId id, String expected, String replacement);
}
