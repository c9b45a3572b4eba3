package de.stammkunde.domain.mail;

import de.stammkunde.domain.shared.Language;
import de.stammkunde.domain.shared.ShopId;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A mail to queue. {@code dedupeKey} names the fact it reports (per shop): queuing the same fact twice queues one
 * mail.
 */
public record OutgoingMail(ShopId shopId, UUID id, String dedupeKey, String recipient, Language language,
                           MailTemplate template, Map<String, String> params) {
    public OutgoingMail {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(template, "template");
        params = Map.copyOf(params);
        if (!params.keySet().containsAll(template.parameters())) {
            throw new IllegalArgumentException(template + " needs " + template.parameters() + ", got "
                    + params.keySet());
        }
    }
}
