package de.stammkunde.domain.mail;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Language;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Mails that carry a link (activation, invitation, password reset, address verification): queued with the link's
 * id only — the token is derived when the mail is written. One mail per link.
 */
public final class LinkMails {
    private final MailQueue queue;

    public LinkMails(MailQueue queue) {
        this.queue = queue;
    }

    /** {@code params}: what the template needs besides the link, e.g. the shop's (see {@code Shop#mailParams}). */
    public void send(MailTemplate template, ShopId shopId, String recipient, Language language, UUID linkId,
                     Instant expiresAt, Map<String, String> params, Instant now, Actor actor) {
        if (template.linkPath() == null) {
            throw new IllegalArgumentException(template + " has no link");
        }
        Map<String, String> all = new HashMap<>(params);
        all.put("linkId", linkId.toString());
        all.put("expiresAt", expiresAt.toString());
        all.keySet().retainAll(template.parameters());
        queue.queue(new OutgoingMail(shopId, UUID.randomUUID(), "link:" + linkId, recipient, language, template,
                all), now, actor);
    }
}
