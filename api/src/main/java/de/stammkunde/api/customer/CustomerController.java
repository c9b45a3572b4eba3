package de.stammkunde.api.customer;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.idempotency.IdempotentRequests;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestHeader;
import de.stammkunde.api.ledger.LedgerEntryDto;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.customer.CreateCustomer;
import de.stammkunde.domain.customer.UpdateCustomer;
import de.stammkunde.domain.customer.SendPortalActivation;
import de.stammkunde.domain.overview.CustomerQueries;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The shop's customers, for owners and agents. */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/customers")
@PreAuthorize("hasAnyRole('OWNER', 'AGENT')")
class CustomerController {
    record CreateCustomerRequest(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Nullable @Email @Size(max = 254) String email,
            @Nullable @Size(max = 40) String phone,
            // a code of the shop's channels (GET …/acquisition-channels): IN_STORE, REFERRAL, or one of its own
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}") String acquisitionChannel,
            // "not in the future" is checked by the use case in the shop's time zone (not the server's)
            @Nullable LocalDate acquiredOn,
            @Nullable UUID referredBy) {
    }

    /** The fields staff may correct; a PUT replaces all four (null or blank e-mail/phone clears them). */
    record UpdateCustomerRequest(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Nullable @Email @Size(max = 254) String email,
            @Nullable @Size(max = 40) String phone) {
    }

    private final CreateCustomer createCustomer;
    private final UpdateCustomer updateCustomer;
    private final SendPortalActivation portalActivation;
    private final CustomerQueries queries;
    private final IdempotentRequests idempotent;
    private final Transactions tx;

    CustomerController(CreateCustomer createCustomer, UpdateCustomer updateCustomer,
                       SendPortalActivation portalActivation, CustomerQueries queries,
                       IdempotentRequests idempotent, Transactions tx) {
        this.createCustomer = createCustomer;
        this.updateCustomer = updateCustomer;
        this.portalActivation = portalActivation;
        this.queries = queries;
        this.idempotent = idempotent;
        this.tx = tx;
    }

    @GetMapping
    CustomerDtos.CustomerPage list(@PathVariable UUID shopId, @RequestParam(defaultValue = "") @Size(max = 100) String q,
                           @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                           @RequestParam(defaultValue = "25") @Min(1) @Max(100) int size) {
        var result = tx.read(() -> queries.search(new ShopId(shopId), q, page, size));
        return new CustomerDtos.CustomerPage(result.items().stream().map(CustomerDtos::summary).toList(), result.page(),
                result.size(), result.total());
    }

    /**
     * Enrols a customer. Welcome and referral bonuses move points, so a retry must not enrol twice: send an
     * {@code Idempotency-Key} (optional for now, so older clients keep working).
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CustomerDtos.CustomerDetail> create(@PathVariable UUID shopId,
                                                       @RequestHeader(name = IdempotentRequests.HEADER,
                                                               required = false) @Nullable String idempotencyKey,
                                                       @Valid @RequestBody CreateCustomerRequest body,
                                                       @AuthenticationPrincipal StammkundeUser user,
                                                       HttpServletRequest request) {
        ShopId shop = new ShopId(shopId);
        return idempotent.execute(shop, user.actor(), idempotencyKey, false, "POST", request.getRequestURI(), body,
                CustomerDtos.CustomerDetail.class, () -> {
                    CreateCustomer.Created created = createCustomer.create(shop, new CreateCustomer.Command(
                            body.firstName(), body.lastName(), body.email(), body.phone(), new AcquisitionChannel(body.acquisitionChannel()),
                            body.acquiredOn(), body.referredBy() == null ? null : new CustomerId(body.referredBy())),
                            user.actor());
                    CustomerDtos.PortalActivationDto activation = created.activation() == null ? null
                            : new CustomerDtos.PortalActivationDto(created.activation().mailedTo(),
                                    created.activation().expiresAt());
                    var detail = CustomerDtos.detail(queries.detail(shop, created.customer().id()), activation);
                    return ResponseEntity.created(URI.create("/api/v1/shops/" + shopId + "/customers/"
                            + detail.id())).body(detail);
                });
    }

    /**
     * Mails the customer a new link to set the portal password (the older one stops working): 202 with where it
     * went; 422 {@code customer-email-missing}; 409 {@code portal-active} when the customer has a password.
     */
    @PostMapping("/{customerId}/portal-link")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CustomerDtos.PortalActivationDto sendPortalLink(@PathVariable UUID shopId, @PathVariable UUID customerId,
                                                    @AuthenticationPrincipal StammkundeUser user) {
        var sent = tx.write(() -> portalActivation.send(new ShopId(shopId), new CustomerId(customerId),
                user.actor()));
        return new CustomerDtos.PortalActivationDto(sent.mailedTo(), sent.expiresAt());
    }

    @GetMapping("/{customerId}")
    CustomerDtos.CustomerDetail detail(@PathVariable UUID shopId, @PathVariable UUID customerId) {
        return CustomerDtos.detail(tx.read(() -> queries.detail(new ShopId(shopId), new CustomerId(customerId))),
                null);
    }

    /**
     * Corrects name, e-mail and phone (a PUT: repeating it changes nothing more). 409 {@code customer-email-taken}
     * when another customer of the shop has the address, 422 {@code invalid-phone}.
     */
    @PutMapping("/{customerId}")
    CustomerDtos.CustomerDetail update(@PathVariable UUID shopId, @PathVariable UUID customerId,
                                       @Valid @RequestBody UpdateCustomerRequest body,
                                       @AuthenticationPrincipal StammkundeUser user) {
        ShopId shop = new ShopId(shopId);
        CustomerId id = new CustomerId(customerId);
        return CustomerDtos.detail(tx.write(() -> {
            updateCustomer.update(shop, id, new UpdateCustomer.Command(body.firstName(), body.lastName(),
                    body.email(), body.phone()), user.actor());
            return queries.detail(shop, id);
        }), null);
    }

    @GetMapping("/{customerId}/ledger")
    LedgerEntryDto.LedgerPage ledger(@PathVariable UUID shopId, @PathVariable UUID customerId,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return LedgerEntryDto.page(tx.read(() -> queries.history(new ShopId(shopId), new CustomerId(customerId),
                limit)));
    }
}
