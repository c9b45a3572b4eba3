package de.stammkunde.api.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.idempotency.IdempotentRequests;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.contact.Channel;
import de.stammkunde.domain.contact.ContactQueries;
import de.stammkunde.domain.contact.CustomerType;
import de.stammkunde.domain.contact.Direction;
import de.stammkunde.domain.contact.RecordContact;
import de.stammkunde.domain.contact.ServiceContact;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff and tills (API keys: a web shop's contact form, a phone system) record a customer's service contacts on any
 * channel; staff read the customer's contact history.
 */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/customers/{customerId}/contacts")
class ContactController {
    /**
     * {@code receivedAt}: when the contact began (default: now); {@code firstResponseAt}, {@code endedAt}: when the
     * shop first answered and when it was done; {@code handlingMinutes}: working time spent on it.
     */
    record ContactRequest(@NotNull Channel channel, @NotNull Direction direction, @Nullable Instant receivedAt,
                          @Nullable Instant firstResponseAt, @Nullable Instant endedAt,
                          @Nullable @Min(0) @Max(1440) Integer handlingMinutes,
                          @NotBlank @Size(max = 200) String topic, @Nullable @Size(max = 4000) String notes,
                          @Nullable CustomerType customerType) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ContactDto(String id, Channel channel, Direction direction, Instant receivedAt,
                      @Nullable Instant firstResponseAt, @Nullable Instant endedAt, @Nullable Long handlingMinutes,
                      @Nullable String agentId, String topic, @Nullable String notes,
                      @Nullable CustomerType customerType, Instant recordedAt) {
        static ContactDto of(ServiceContact c) {
            return new ContactDto(c.id().toString(), c.channel(), c.direction(), c.receivedAt(), c.firstResponseAt(),
                    c.endedAt(), c.handlingTime() == null ? null : c.handlingTime().toMinutes(),
                    c.agentId() == null ? null : c.agentId().toString(), c.topic(), c.notes(), c.customerType(),
                    c.recordedAt());
        }
    }

    /** Newest first; {@code next}: the query parameters of the next (older) page, when there may be one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ContactPage(List<ContactDto> items, @Nullable String next) {
    }

    private final RecordContact recordContact;
    private final ContactQueries queries;
    private final IdempotentRequests idempotent;
    private final Transactions tx;

    ContactController(RecordContact recordContact, ContactQueries queries, IdempotentRequests idempotent,
                      Transactions tx) {
        this.recordContact = recordContact;
        this.queries = queries;
        this.idempotent = idempotent;
        this.tx = tx;
    }

    /** 201 with the contact; an {@code Idempotency-Key} makes a retried request take effect once. */
    @PostMapping
    @PreAuthorize("hasAnyRole('OWNER', 'AGENT', 'TILL')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ContactDto> record(@PathVariable UUID shopId, @PathVariable UUID customerId,
                                      @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                      @Nullable String key,
                                      @Valid @RequestBody ContactRequest body,
                                      @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        ShopId shop = new ShopId(shopId);
        return idempotent.execute(shop, user.actor(), key, "POST", request.getRequestURI(), body, ContactDto.class,
                () -> ResponseEntity.status(HttpStatus.CREATED).body(ContactDto.of(recordContact.record(shop,
                        new CustomerId(customerId), new RecordContact.Command(body.channel(), body.direction(),
                                body.receivedAt(), body.firstResponseAt(), body.endedAt(), body.handlingMinutes(),
                                body.topic(), body.notes(), body.customerType()), user.actor()))));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OWNER', 'AGENT')")
    ContactPage history(@PathVariable UUID shopId, @PathVariable UUID customerId,
                        @RequestParam(required = false) @Nullable Instant beforeReceivedAt,
                        @RequestParam(required = false) @Nullable UUID beforeId,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        ShopId shop = new ShopId(shopId);
        CustomerId customer = new CustomerId(customerId);
        List<ServiceContact> page = tx.read(() -> queries.history(shop, customer, beforeReceivedAt, beforeId, limit));
        String next = page.size() < limit ? null : "beforeReceivedAt=" + page.getLast().receivedAt() + "&beforeId="
                + page.getLast().id();
        return new ContactPage(page.stream().map(ContactDto::of).toList(), next);
    }
}
