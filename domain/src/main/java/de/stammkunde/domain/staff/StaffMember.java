package de.stammkunde.domain.staff;

import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import java.util.Objects;

/** An owner or agent account of one shop. The e-mail is stored normalised (lower case). */
public record StaffMember(ShopId shopId, StaffId id, String name, String email, StaffRole role, String passwordHash,
                          boolean active) {
    public StaffMember {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }
}
