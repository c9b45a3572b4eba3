package de.stammkunde.api.complaint;

import de.stammkunde.api.complaint.CaseDtos.AssigneeDto;
import de.stammkunde.api.complaint.CaseDtos.CaseDto;
import de.stammkunde.api.complaint.CaseDtos.CasePage;
import de.stammkunde.api.complaint.CaseDtos.CaseSummary;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.idempotency.IdempotentRequests;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.complaint.CaseCategory;
import de.stammkunde.domain.complaint.CaseCommand;
import de.stammkunde.domain.complaint.CaseQueries;
import de.stammkunde.domain.complaint.CaseView;
import de.stammkunde.domain.complaint.ComplaintCase;
import de.stammkunde.domain.complaint.ComplaintCases;
import de.stammkunde.domain.complaint.OpenCase;
import de.stammkunde.domain.complaint.Satisfaction;
import de.stammkunde.domain.complaint.Severity;
import de.stammkunde.domain.complaint.WorkCase;
import de.stammkunde.domain.contact.Channel;
import de.stammkunde.domain.contact.CustomerType;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * Complaint cases for staff: open one, list them (mine, unassigned, open, closed, all; or one customer's), read one
 * with its timeline, and work it through the cycle — one endpoint per step. Every write needs an
 * {@code Idempotency-Key} and answers the case as it is afterwards; a step the case is not in is a 409 naming
 * {@code step}.
 */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/cases")
@PreAuthorize("hasAnyRole('OWNER', 'AGENT')")
class CaseController {
    /** {@code receivedAt}: when the complaint reached the shop (default: now; up to 30 days back). */
    record OpenCaseRequest(@NotNull UUID customerId, @NotBlank @Size(max = 200) String subject,
                           @Nullable @Size(max = 4000) String description, @NotNull CaseCategory category,
                           @NotNull Severity severity, @NotNull Channel channel,
                           @Nullable CustomerType customerType, @Nullable Instant receivedAt) {
    }

    record AcknowledgeRequest(@Nullable @Size(max = 4000) String note) {
    }

    record UnderstandRequest(@NotBlank @Size(max = 4000) String facts,
                             @NotBlank @Size(max = 4000) String expectation) {
    }

    record AgreeRequest(@NotBlank @Size(max = 4000) String optionsOffered,
                        @NotBlank @Size(max = 4000) String agreement) {
    }

    /** {@code dueOn}: the day it is due, in the shop's zone; not in the past. */
    record ActionRequest(@NotBlank @Size(max = 4000) String description, @NotNull LocalDate dueOn) {
    }

    /** Scores 1–5 ({@code effort}: 1–7, 1 = very easy); each may be left out when the customer did not say. */
    record CloseRequest(@Nullable @Min(1) @Max(5) Integer expectedQuality,
                        @Nullable @Min(1) @Max(5) Integer perceivedQuality,
                        @Nullable @Min(1) @Max(5) Integer satisfaction, @Nullable @Min(1) @Max(7) Integer effort,
                        @Nullable @Size(max = 4000) String note) {
    }

    record ReopenRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    record AssignRequest(@NotNull UUID assigneeId, @Nullable @Size(max = 4000) String note) {
    }

    record ClassifyRequest(@NotNull CaseCategory category, @NotNull Severity severity) {
    }

    record NoteRequest(@NotBlank @Size(max = 4000) String text) {
    }

    private final OpenCase openCase;
    private final WorkCase workCase;
    private final CaseQueries queries;
    private final IdempotentRequests idempotent;
    private final Transactions tx;

    CaseController(OpenCase openCase, WorkCase workCase, CaseQueries queries, IdempotentRequests idempotent,
                   Transactions tx) {
        this.openCase = openCase;
        this.workCase = workCase;
        this.queries = queries;
        this.idempotent = idempotent;
        this.tx = tx;
    }

    /** 201 with the new case (in step GREET); opened by staff, it is theirs. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CaseDto> open(@PathVariable UUID shopId,
                                 @RequestHeader(name = IdempotentRequests.HEADER, required = false) @Nullable String key,
                                 @Valid @RequestBody OpenCaseRequest body,
                                 @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        ShopId shop = new ShopId(shopId);
        return idempotent.execute(shop, user.actor(), key, "POST", request.getRequestURI(), body, CaseDto.class,
                () -> {
                    ComplaintCase c = openCase.open(shop, new OpenCase.Command(new CustomerId(body.customerId()),
                            body.subject(), body.description(), body.category(), body.severity(), body.channel(),
                            body.customerType(), body.receivedAt()), user.actor());
                    return ResponseEntity.created(URI.create(request.getRequestURI() + "/" + c.id()))
                            .body(detail(shop, c.id()));
                });
    }

    /**
     * {@code view}: MINE, UNASSIGNED, OPEN (longest waiting first), CLOSED, ALL (newest first);
     * {@code customerId}: only that customer's cases.
     */
    @GetMapping
    CasePage list(@PathVariable UUID shopId, @RequestParam(defaultValue = "OPEN") CaseView view,
                  @RequestParam(required = false) @Nullable UUID customerId,
                  @RequestParam(required = false) @Nullable @Min(0) Long cursor,
                  @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                  @AuthenticationPrincipal StammkundeUser user) {
        ShopId shop = new ShopId(shopId);
        return tx.read(() -> {
            List<ComplaintCases.CaseListing> page = queries.list(shop, view, new StaffId(user.id()),
                    customerId == null ? null : new CustomerId(customerId), cursor, limit);
            Map<StaffId, String> names = queries.staffNames(shop);
            String next = page.size() < limit ? null : Long.toString(page.getLast().complaint().number());
            return new CasePage(page.stream().map(l -> CaseSummary.of(l, names)).toList(), next);
        });
    }

    /** The shop's active staff, who can own a case (for taking over and handing on). */
    @GetMapping("/assignees")
    CaseDtos.AssigneeList assignees(@PathVariable UUID shopId) {
        return new CaseDtos.AssigneeList(tx.read(() -> queries.assignees(new ShopId(shopId)).stream()
                .map(m -> new AssigneeDto(m.id().value().toString(), m.name(), m.role().name())).toList()));
    }

    @GetMapping("/{caseId}")
    CaseDto one(@PathVariable UUID shopId, @PathVariable UUID caseId) {
        return tx.read(() -> detail(new ShopId(shopId), caseId));
    }

    /** Begrüßen done: the customer has been greeted personally (the case moves to UNDERSTAND). */
    @PostMapping("/{caseId}/acknowledgement")
    ResponseEntity<CaseDto> acknowledge(@PathVariable UUID shopId, @PathVariable UUID caseId,
                                        @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                        @Nullable String key, @Valid @RequestBody AcknowledgeRequest body,
                                        @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        return work(shopId, caseId, key, body, new CaseCommand.Acknowledge(body.note()), user, request);
    }

    /** Verstehen done: the facts and the customer's expectation (the case moves to AGREE). */
    @PostMapping("/{caseId}/understanding")
    ResponseEntity<CaseDto> understand(@PathVariable UUID shopId, @PathVariable UUID caseId,
                                       @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                       @Nullable String key, @Valid @RequestBody UnderstandRequest body,
                                       @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        return work(shopId, caseId, key, body, new CaseCommand.Understand(body.facts(), body.expectation()), user,
                request);
    }

    /** Vereinbaren done: the options offered and the one the customer confirmed (the case moves to DELIVER). */
    @PostMapping("/{caseId}/agreement")
    ResponseEntity<CaseDto> agree(@PathVariable UUID shopId, @PathVariable UUID caseId,
                                  @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                  @Nullable String key, @Valid @RequestBody AgreeRequest body,
                                  @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        return work(shopId, caseId, key, body, new CaseCommand.Agree(body.optionsOffered(), body.agreement()), user,
                request);
    }

    /** In Liefern: promise an action by a day. */
    @PostMapping("/{caseId}/actions")
    ResponseEntity<CaseDto> planAction(@PathVariable UUID shopId, @PathVariable UUID caseId,
                                       @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                       @Nullable String key, @Valid @RequestBody ActionRequest body,
                                       @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        return work(shopId, caseId, key, body, new CaseCommand.PlanAction(body.description(), body.dueOn()), user,
                request);
    }

    /** In Liefern: a promised action is done. */
    @PostMapping("/{caseId}/actions/{actionId}/completion")
    ResponseEntity<CaseDto> completeAction(@PathVariable UUID shopId, @PathVariable UUID caseId,
                                           @PathVariable UUID actionId,
                                           @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                           @Nullable String key,
                                           @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        return work(shopId, caseId, key, Map.of(), new CaseCommand.CompleteAction(actionId), user, request);
    }

    /** Liefern done: everything promised is done (the case moves to CLOSE); 409 while an action is open. */
    @PostMapping("/{caseId}/delivery")
    ResponseEntity<CaseDto> deliver(@PathVariable UUID shopId, @PathVariable UUID caseId,
                                    @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                    @Nullable String key,
                                    @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        return work(shopId, caseId, key, Map.of(), new CaseCommand.Deliver(), user, request);
    }

    /** Abschließen: thanked, satisfaction checked; the case is closed. */
    @PostMapping("/{caseId}/closing")
    ResponseEntity<CaseDto> close(@PathVariable UUID shopId, @PathVariable UUID caseId,
                                  @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                  @Nullable String key, @Valid @RequestBody CloseRequest body,
                                  @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        return work(shopId, caseId, key, body, new CaseCommand.Close(new Satisfaction(body.expectedQuality(),
                body.perceivedQuality(), body.satisfaction(), body.effort()), body.note()), user, request);
    }

    /** A closed case comes back (to UNDERSTAND), with the reason; the reopener owns it. */
    @PostMapping("/{caseId}/reopening")
    ResponseEntity<CaseDto> reopen(@PathVariable UUID shopId, @PathVariable UUID caseId,
                                   @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                   @Nullable String key, @Valid @RequestBody ReopenRequest body,
                                   @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        return work(shopId, caseId, key, body, new CaseCommand.Reopen(body.reason()), user, request);
    }

    /** A new owner: taking the case over or handing it on (a change of owner counts as a hand-off). */
    @PostMapping("/{caseId}/assignment")
    ResponseEntity<CaseDto> assign(@PathVariable UUID shopId, @PathVariable UUID caseId,
                                   @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                   @Nullable String key, @Valid @RequestBody AssignRequest body,
                                   @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        return work(shopId, caseId, key, body, new CaseCommand.Assign(new StaffId(body.assigneeId()), body.note()),
                user, request);
    }

    /** Category and severity corrected while the case is open. */
    @PostMapping("/{caseId}/classification")
    ResponseEntity<CaseDto> classify(@PathVariable UUID shopId, @PathVariable UUID caseId,
                                     @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                     @Nullable String key, @Valid @RequestBody ClassifyRequest body,
                                     @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        return work(shopId, caseId, key, body, new CaseCommand.Classify(body.category(), body.severity()), user,
                request);
    }

    /** A note on the timeline, in any step. */
    @PostMapping("/{caseId}/notes")
    ResponseEntity<CaseDto> note(@PathVariable UUID shopId, @PathVariable UUID caseId,
                                 @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                 @Nullable String key, @Valid @RequestBody NoteRequest body,
                                 @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        return work(shopId, caseId, key, body, new CaseCommand.Note(body.text()), user, request);
    }

    private ResponseEntity<CaseDto> work(UUID shopId, UUID caseId, @Nullable String key, Object body,
                                         CaseCommand command, StammkundeUser user, HttpServletRequest request) {
        ShopId shop = new ShopId(shopId);
        return idempotent.execute(shop, user.actor(), key, "POST", request.getRequestURI(), body, CaseDto.class,
                () -> {
                    workCase.apply(shop, caseId, command, user.actor());
                    return ResponseEntity.status(HttpStatus.OK).body(detail(shop, caseId));
                });
    }

    private CaseDto detail(ShopId shop, UUID caseId) {
        return CaseDto.of(queries.detail(shop, caseId), queries.staffNames(shop));
    }
}
