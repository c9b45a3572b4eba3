package de.stammkunde.api.staff;

import org.springframework.web.bind.annotation.PatchMapping;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.ManageStaffAccess;
import org.springframework.web.bind.annotation.ResponseStatus;
import de.stammkunde.domain.staff.StaffQueries;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.account.AccountKind;
import de.stammkunde.domain.account.CheckSecondFactor;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.staff.InviteStaff;
import de.stammkunde.domain.staff.StaffRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The owner manages the shop's staff: who has an account, who is invited. */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/staff")
@PreAuthorize("hasRole('OWNER')")
class StaffController {
    /** {@code secondFactor}: the person logs in with a code from an authenticator app too. */
    record StaffDto(String id, String name, String email, String role, boolean active, boolean secondFactor) {
        static StaffDto of(StaffMember m, java.util.Set<UUID> withSecondFactor) {
            return new StaffDto(m.id().toString(), m.name(), m.email(), m.role().name(), m.active(),
                    withSecondFactor.contains(m.id().value()));
        }
    }

    /** Deactivate (false) or reactivate (true) an account. */
    record AccessRequest(@NotNull Boolean active) {
    }

    record StaffInvitationDto(String id, String email, String role, Instant expiresAt) {
    }

    record StaffPage(List<StaffDto> items, List<StaffInvitationDto> invitations) {
    }

    record InviteRequest(@NotBlank @Email @Size(max = 254) String email, @NotNull StaffRole role) {
    }

    /** The invitation's link went to {@code email} by mail; the owner never sees it. */
    record InvitedDto(String id, String email, String role, Instant expiresAt) {
    }

    private final StaffQueries queries;
    private final InviteStaff inviteStaff;
    private final ManageStaffAccess access;
    private final Transactions tx;
    private final CheckSecondFactor secondFactors;

    StaffController(StaffQueries queries, InviteStaff inviteStaff, ManageStaffAccess access, Transactions tx,
                    CheckSecondFactor secondFactors) {
        this.secondFactors = secondFactors;
        this.queries = queries;
        this.inviteStaff = inviteStaff;
        this.access = access;
        this.tx = tx;
    }

    /**
     * Off-boarding: {@code active: false} deactivates the account and ends all its sessions at once;
     * {@code active: true} lets the person sign in again. The last active owner cannot be deactivated (409).
     */
    @PatchMapping("/{staffId}")
    StaffDto changeAccess(@PathVariable UUID shopId, @PathVariable UUID staffId,
                          @Valid @RequestBody AccessRequest body, @AuthenticationPrincipal StammkundeUser user) {
        ShopId shop = new ShopId(shopId);
        return tx.write(() -> StaffDto.of(body.active()
                ? access.reactivate(shop, new StaffId(staffId), user.actor())
                : access.deactivate(shop, new StaffId(staffId), user.actor()),
                secondFactors.enabledAccounts(shop, AccountKind.STAFF)));
    }

    /** Removes the account for good; its sessions end at once. The last active owner cannot be removed (409). */
    @DeleteMapping("/{staffId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> remove(@PathVariable UUID shopId, @PathVariable UUID staffId,
                                @AuthenticationPrincipal StammkundeUser user) {
        tx.run(() -> access.remove(new ShopId(shopId), new StaffId(staffId), user.actor()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    StaffPage list(@PathVariable UUID shopId) {
        ShopId shop = new ShopId(shopId);
        return tx.read(() -> {
            java.util.Set<UUID> withSecondFactor = secondFactors.enabledAccounts(shop, AccountKind.STAFF);
            return new StaffPage(
                queries.members(shop).stream().map(m -> StaffDto.of(m, withSecondFactor)).toList(),
                queries.openInvitations(shop).stream()
                        .map(i -> new StaffInvitationDto(i.id().toString(), i.email(), i.role().name(), i.expiresAt()))
                        .toList());
        });
    }

    @PostMapping("/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<InvitedDto> invite(@PathVariable UUID shopId, @Valid @RequestBody InviteRequest body,
                                      @AuthenticationPrincipal StammkundeUser user) {
        var i = tx.write(() -> inviteStaff.invite(new ShopId(shopId), body.email(),
                body.role(), user.actor()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new InvitedDto(i.id().toString(), i.email(),
                i.role().name(), i.expiresAt()));
    }

    @DeleteMapping("/invitations/{invitationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> revoke(@PathVariable UUID shopId, @PathVariable UUID invitationId,
                                @AuthenticationPrincipal StammkundeUser user) {
        tx.run(() -> inviteStaff.revoke(new ShopId(shopId), invitationId, user.actor()));
        return ResponseEntity.noContent().build();
    }
}
