package de.stammkunde.domain.customer;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Language;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A member of a shop's loyalty programme. {@code language} is the one the customer last used the portal in (for
 * e-mail); null until then.
 */
public record Customer(ShopId shopId, CustomerId id, long number, String firstName, String lastName,
                       @Nullable String email, @Nullable String phone, AcquisitionChannel acquisitionChannel,
                       LocalDate acquiredOn, boolean portalEnabled, Instant createdAt,
                       @Nullable Language language) {
    public Customer {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(acquisitionChannel, "acquisitionChannel");
        Objects.requireNonNull(acquiredOn, "acquiredOn");
    }

    /** The language to write to the customer in. */
    public Language preferredLanguage() {
        return language == null ? Language.DEFAULT : language;
    }
}
