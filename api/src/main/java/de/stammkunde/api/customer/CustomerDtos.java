package de.stammkunde.api.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.api.ledger.BalanceDto;
import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.overview.CustomerWithBalance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Customers as the staff API shows them. */
public final class CustomerDtos {
    private CustomerDtos() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CustomerSummary(String id, String number, String firstName, String lastName, @Nullable String email,
                          String acquisitionChannel, LocalDate acquiredOn, BalanceDto balance) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CustomerDetail(String id, String number, String firstName, String lastName, @Nullable String email,
                         @Nullable String phone, String acquisitionChannel, LocalDate acquiredOn, BalanceDto balance,
                         boolean portalEnabled, Instant createdAt, @Nullable PortalActivationDto portalActivation) {
    }

    /** The link to set a portal password went to {@code mailedTo}; it works until {@code expiresAt}. */
    public record PortalActivationDto(String mailedTo, Instant expiresAt) {
    }

    public record CustomerPage(List<CustomerSummary> items, int page, int size, long total) {
    }

    public static CustomerSummary summary(CustomerWithBalance cwb) {
        Customer c = cwb.customer();
        return new CustomerSummary(c.id().toString(), Long.toString(c.number()), c.firstName(), c.lastName(), c.email(),
                c.acquisitionChannel().code(), c.acquiredOn(), BalanceDto.of(cwb.balance()));
    }

    public static CustomerDetail detail(CustomerWithBalance cwb, @Nullable PortalActivationDto activation) {
        Customer c = cwb.customer();
        return new CustomerDetail(c.id().toString(), Long.toString(c.number()), c.firstName(), c.lastName(), c.email(),
                c.phone(), c.acquisitionChannel().code(), c.acquiredOn(), BalanceDto.of(cwb.balance()),
                c.portalEnabled(), c.createdAt(), activation);
    }
}
