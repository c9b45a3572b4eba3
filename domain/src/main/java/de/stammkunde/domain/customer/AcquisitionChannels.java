package de.stammkunde.domain.customer;

import de.stammkunde.domain.shared.ShopId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Port: the shop's acquisition channels (built-in and its own) and the names the owner gave them. */
public interface AcquisitionChannels {
    /** A channel of the shop; {@code name} null: a built-in one that keeps its translated default label. */
    record Channel(AcquisitionChannel channel, @Nullable String name, boolean builtIn, long customers) {
    }

    /** Built-in channels first (in their fixed order), then the shop's own by name. */
    List<Channel> all(ShopId shopId);

    Optional<Channel> byCode(ShopId shopId, AcquisitionChannel channel);

    /** Adds one of the shop's own channels; false when the code is taken. */
    boolean add(ShopId shopId, AcquisitionChannel channel, String name);

    /** Renames a channel ({@code name} null: back to the default label of a built-in one); false when unknown. */
    boolean rename(ShopId shopId, AcquisitionChannel channel, @Nullable String name);
}
