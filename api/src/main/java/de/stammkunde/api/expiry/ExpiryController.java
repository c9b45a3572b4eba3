package de.stammkunde.api.expiry;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.overview.CustomerQueries;
import de.stammkunde.domain.expiry.ExpirePoints;
import de.stammkunde.domain.expiry.ExpiryPolicy;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What expires when: for the customer in the portal and for staff in the console. */
@RestController
class ExpiryController {
    record ExpiringDto(Instant at, long points) {
        static ExpiringDto of(ExpiryPolicy.Expiring e) {
            return new ExpiringDto(e.at(), e.points());
        }
    }

    record ExpiringList(String mode, int months, List<ExpiringDto> items) {
    }

    private final ExpirePoints expirePoints;
    private final CustomerQueries customers;
    private final Transactions tx;

    ExpiryController(ExpirePoints expirePoints, CustomerQueries customers, Transactions tx) {
        this.expirePoints = expirePoints;
        this.customers = customers;
        this.tx = tx;
    }

    @GetMapping("/api/v1/portal/expiring")
    ExpiringList mine(@AuthenticationPrincipal StammkundeUser user) {
        return tx.read(() -> list(user.shop(), user.customerId()));
    }

    @GetMapping("/api/v1/shops/{shopId}/customers/{customerId}/expiring")
    @PreAuthorize("hasAnyRole('OWNER', 'AGENT')")
    ExpiringList ofCustomer(@PathVariable UUID shopId, @PathVariable UUID customerId) {
        ShopId shop = new ShopId(shopId);
        CustomerId customer = new CustomerId(customerId);
        return tx.read(() -> {
            customers.detail(shop, customer);
            return list(shop, customer);
        });
    }

    private ExpiringList list(ShopId shop, CustomerId customer) {
        var rule = expirePoints.rule(shop);
        return new ExpiringList(rule.mode().name(), rule.months(),
                expirePoints.schedule(shop, customer).stream().map(ExpiringDto::of).toList());
    }
}
