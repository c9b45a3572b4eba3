package de.stammkunde.api.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.idempotency.IdempotentRequests;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.complaint.CaseCategory;
import de.stammkunde.domain.complaint.CaseQueries;
import de.stammkunde.domain.complaint.ComplaintCase;
import de.stammkunde.domain.complaint.OpenServiceRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's service requests: open one (it reaches the agents' inbox as a case) and follow its status. The
 * customer sees the request and where it stands, never the agents' notes.
 */
@RestController
@RequestMapping("/api/v1/portal/requests")
class PortalRequestController {
    /** {@code category}: what it is about, if the customer knows (the agent sets it otherwise). */
    record ServiceRequestInput(@NotBlank @Size(max = 200) String subject,
                               @Nullable @Size(max = 4000) String description,
                               @Nullable CaseCategory category) {
    }

    /** RECEIVED: waiting for an agent; IN_PROGRESS: an agent is on it; RESOLVED: closed. */
    enum RequestStatus { RECEIVED, IN_PROGRESS, RESOLVED }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceRequest(String id, long number, String subject, @Nullable String description,
                          CaseCategory category, RequestStatus status, Instant receivedAt,
                          @Nullable Instant closedAt) {
        static ServiceRequest of(ComplaintCase c) {
            RequestStatus status = switch (c.step()) {
                case GREET -> RequestStatus.RECEIVED;
                case UNDERSTAND, AGREE, DELIVER, CLOSE -> RequestStatus.IN_PROGRESS;
                case CLOSED -> RequestStatus.RESOLVED;
            };
            return new ServiceRequest(c.id().toString(), c.number(), c.subject(), c.description(), c.category(),
                    status, c.receivedAt(), c.closedAt());
        }
    }

    record ServiceRequestList(List<ServiceRequest> items) {
    }

    private final OpenServiceRequest openRequest;
    private final CaseQueries queries;
    private final IdempotentRequests idempotent;
    private final Transactions tx;

    PortalRequestController(OpenServiceRequest openRequest, CaseQueries queries, IdempotentRequests idempotent,
                            Transactions tx) {
        this.openRequest = openRequest;
        this.queries = queries;
        this.idempotent = idempotent;
        this.tx = tx;
    }

    /** 201 with the request; 409 {@code too-many-open-requests} with five open already. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ServiceRequest> open(@AuthenticationPrincipal StammkundeUser user,
                                        @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                        @Nullable String key,
                                        @Valid @RequestBody ServiceRequestInput body, HttpServletRequest request) {
        return idempotent.execute(user.shop(), user.actor(), key, "POST", request.getRequestURI(), body,
                ServiceRequest.class, () -> ResponseEntity.status(HttpStatus.CREATED).body(ServiceRequest.of(
                        openRequest.open(user.shop(), user.customerId(), new OpenServiceRequest.Command(
                                body.subject(), body.description(), body.category())))));
    }

    /** The customer's requests, newest first (the last 50). */
    @GetMapping
    ServiceRequestList list(@AuthenticationPrincipal StammkundeUser user) {
        return new ServiceRequestList(tx.read(() -> queries.ofCustomer(user.shop(), user.customerId(), 50)).stream()
                .map(ServiceRequest::of).toList());
    }
}
