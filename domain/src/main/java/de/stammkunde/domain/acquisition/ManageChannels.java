package de.stammkunde.domain.acquisition;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.customer.AcquisitionChannels;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Use case: the owner adds channels of the shop's own and renames any channel. */
public final class ManageChannels {
    static final int MAX_NAME = 60;
    static final int MAX_CHANNELS = 50;

    private final AcquisitionChannels channels;
    private final AuditLog audit;
    private final Clock clock;

    public ManageChannels(AcquisitionChannels channels, AuditLog audit, Clock clock) {
        this.channels = channels;
        this.audit = audit;
        this.clock = clock;
    }

    /** The shop's channels: built-in ones first, with how many customers each brought. */
    public java.util.List<AcquisitionChannels.Channel> all(ShopId shopId) {
        return channels.all(shopId);
    }

    /** Adds a channel named {@code name}; its code is derived from the name (made unique with a number). */
    public AcquisitionChannels.Channel add(ShopId shopId, String name, Actor actor) {
        String clean = checkName(name);
        var existing = channels.all(shopId);
        if (existing.size() >= MAX_CHANNELS) {
            Decision.conflict("too-many-channels", "name", "A shop has at most {0} acquisition channels",
                    MAX_CHANNELS).orThrow();
        }
        boolean nameTaken = existing.stream().anyMatch(c -> c.name() != null && c.name().equalsIgnoreCase(clean));
        if (nameTaken) {
            Decision.conflict("channel-name-taken", "name", "There is already a channel named {0}", clean).orThrow();
        }
        String base = AcquisitionChannel.codeFor(clean);
        for (int n = 1; n < 100; n++) {
            String code = n == 1 ? base : trimmed(base, n);
            var channel = new AcquisitionChannel(code);
            if (channels.add(shopId, channel, clean)) {
                audit.record(new AuditEvent(shopId, actor, "channel.added", "channel", code,
                        Map.of("name", clean), clock.instant()));
                return channels.byCode(shopId, channel).orElseThrow();
            }
        }
        throw new IllegalStateException("No free code for channel " + clean);
    }

    /** Renames a channel; {@code name} blank gives a built-in one its default label back. */
    public AcquisitionChannels.Channel rename(ShopId shopId, AcquisitionChannel channel, @Nullable String name,
                                              Actor actor) {
        var current = channels.byCode(shopId, channel)
                .orElseThrow(() -> new NotFoundException("channel", channel.code()));
        String clean = name == null || name.isBlank() ? null : checkName(name);
        if (clean == null && !current.builtIn()) {
            Decision.reject("channel-name-required", "name", "A channel of the shop's own needs a name").orThrow();
        }
        if (clean != null && channels.all(shopId).stream().anyMatch(c -> !c.channel().equals(channel)
                && c.name() != null && c.name().equalsIgnoreCase(clean))) {
            Decision.conflict("channel-name-taken", "name", "There is already a channel named {0}", clean).orThrow();
        }
        channels.rename(shopId, channel, clean);
        audit.record(new AuditEvent(shopId, actor, "channel.renamed", "channel", channel.code(),
                Map.of("name", clean == null ? "" : clean), clock.instant()));
        return channels.byCode(shopId, channel).orElseThrow();
    }

    private static String checkName(String name) {
        String clean = name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            Decision.reject("channel-name-invalid", "name", "A channel name has 1 to {0} characters", MAX_NAME)
                    .orThrow();
        }
        return clean;
    }

    private static String trimmed(String base, int n) {
        String suffix = "_" + n;
        return (base.length() + suffix.length() > 32 ? base.substring(0, 32 - suffix.length()) : base) + suffix;
    }
}
