package de.stammkunde.domain.goodwill;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Port: the shop's goodwill policy and gestures. */
public interface Gestures {
    /**
     * The shop's policy, locked until the transaction ends: every gesture request and decision of the shop takes
     * this lock first, so the sums below cannot change under a check (the default policy until the owner sets one).
     */
    GoodwillPolicy lockPolicy(ShopId shopId);

    GoodwillPolicy policy(ShopId shopId);

    void savePolicy(ShopId shopId, GoodwillPolicy policy);

    void add(Gesture gesture);

    /** Stores the gesture's new status (decision, issue, refund paid). */
    void update(Gesture gesture);

    Optional<Gesture> byId(ShopId shopId, UUID gestureId);

    /** The cost of the issued gestures matching: of one case, of one agent (requested by), in a time window. */
    BigDecimal issuedCost(ShopId shopId, @Nullable UUID caseId, @Nullable StaffId requestedBy,
                          @Nullable Instant from, @Nullable Instant until);

    /** Gestures of a case, of a customer, or waiting for approval — oldest first. */
    List<Gesture> find(ShopId shopId, @Nullable UUID caseId, @Nullable CustomerId customerId,
                       Gesture.@Nullable Status status, @Nullable GestureKind kind, int limit);
}
