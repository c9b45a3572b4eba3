package de.stammkunde.api.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.goodwill.Gesture;
import de.stammkunde.domain.goodwill.GestureKind;
import de.stammkunde.domain.goodwill.GoodwillQueries;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The goodwill the customer received: what and when — given gestures only, without their cost to the shop, the
 * limits or who decided.
 */
@RestController
@RequestMapping("/api/v1/portal/goodwill")
class PortalGoodwillController {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReceivedGesture(String id, GestureKind kind, @Nullable Long points, @Nullable Integer months,
                           @Nullable String description, Instant givenAt) {
        static ReceivedGesture of(Gesture g) {
            return new ReceivedGesture(g.id().toString(), g.kind(), g.points(), g.months(), g.description(),
                    g.issuedAt());
        }
    }

    record ReceivedList(List<ReceivedGesture> items) {
    }

    private final GoodwillQueries queries;
    private final Transactions tx;

    PortalGoodwillController(GoodwillQueries queries, Transactions tx) {
        this.queries = queries;
        this.tx = tx;
    }

    /** Newest first. */
    @GetMapping
    ReceivedList received(@AuthenticationPrincipal StammkundeUser user) {
        return new ReceivedList(tx.read(() -> queries.ofCustomer(user.shop(), user.customerId())).stream()
                .filter(g -> g.status() == Gesture.Status.ISSUED)
                .sorted(java.util.Comparator.comparing(Gesture::issuedAt).reversed())
                .map(ReceivedGesture::of).toList());
    }
}
