package de.stammkunde.api.security;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.account.AccountKind;
import de.stammkunde.domain.account.ChangePassword;
import de.stammkunde.domain.account.ResetPassword;
import de.stammkunde.domain.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Passwords: a signed-in person changes theirs (the other sessions end); someone who forgot it asks for a reset
 * link by mail — answered alike whether or not the address belongs to an account — and sets a new one through it
 * (every session ends; then they log in, with their second factor where they have one).
 */
@RestController
class PasswordController {
    static final int RESETS_PER_ACCOUNT = 5;
    static final int RESETS_PER_CLIENT = 20;
    static final Duration RESET_WINDOW = Duration.ofHours(1);

    record ResetRequest(@NotBlank @Size(max = 40) String shop, @NotBlank @Size(max = 254) String email) {
    }

    record NewPasswordRequest(@NotBlank @Size(max = Passwords.MAX_LENGTH) String password) {
    }

    record ChangePasswordRequest(@NotBlank @Size(max = Passwords.MAX_LENGTH) String currentPassword,
                                 @NotBlank @Size(max = Passwords.MAX_LENGTH) String newPassword) {
    }

    /** Whose password a still-open reset link sets. */
    record PasswordResetDto(String shopName, String email) {
    }

    private final ResetPassword resetPassword;
    private final ChangePassword changePassword;
    private final LoginRateLimiter limiter;
    private final Transactions tx;

    PasswordController(ResetPassword resetPassword, ChangePassword changePassword, LoginRateLimiter limiter,
                       Transactions tx) {
        this.resetPassword = resetPassword;
        this.changePassword = changePassword;
        this.limiter = limiter;
        this.tx = tx;
    }

    /** Staff: 202 whatever the address; the mail (if any) holds a link that works once, for 30 minutes. */
    @PostMapping("/api/v1/auth/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<Void> requestStaffReset(@Valid @RequestBody ResetRequest body, HttpServletRequest request) {
        return requestReset(AccountKind.STAFF, body, request);
    }

    @GetMapping("/api/v1/auth/password-reset/{token}")
    PasswordResetDto staffReset(@PathVariable String token) {
        return lookUp(token, AccountKind.STAFF);
    }

    @PostMapping("/api/v1/auth/password-reset/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> resetStaffPassword(@PathVariable String token, @Valid @RequestBody NewPasswordRequest body) {
        return complete(token, AccountKind.STAFF, body);
    }

    /** Customers: as for staff, for the portal. */
    @PostMapping("/api/v1/portal/auth/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<Void> requestCustomerReset(@Valid @RequestBody ResetRequest body, HttpServletRequest request) {
        return requestReset(AccountKind.CUSTOMER, body, request);
    }

    @GetMapping("/api/v1/portal/auth/password-reset/{token}")
    PasswordResetDto customerReset(@PathVariable String token) {
        return lookUp(token, AccountKind.CUSTOMER);
    }

    @PostMapping("/api/v1/portal/auth/password-reset/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> resetCustomerPassword(@PathVariable String token,
                                               @Valid @RequestBody NewPasswordRequest body) {
        return complete(token, AccountKind.CUSTOMER, body);
    }

    /** The signed-in person's own password (staff or customer); 422 {@code password-wrong} names currentPassword. */
    @PutMapping("/api/v1/account/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> change(@Valid @RequestBody ChangePasswordRequest body,
                                @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        if (user.role() == Role.TILL) {
            throw new org.springframework.security.access.AccessDeniedException("a till has no password");
        }
        limiter.limit("password-change", user.sessionKey(), RESETS_PER_CLIENT, RESET_WINDOW);
        tx.run(() -> changePassword.change(user.shop(), user.role() == Role.CUSTOMER ? AccountKind.CUSTOMER
                : AccountKind.STAFF, user.id(), body.currentPassword(), body.newPassword(), user.actor()));
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<Void> requestReset(AccountKind kind, ResetRequest body, HttpServletRequest request) {
        limiter.limit("reset-client", ClientAddress.of(request), RESETS_PER_CLIENT, RESET_WINDOW);
        limiter.limit("reset-account", kind + ":" + body.shop() + ":" + body.email().strip(), RESETS_PER_ACCOUNT,
                RESET_WINDOW);
        tx.run(() -> resetPassword.request(body.shop().strip(), kind, body.email()));
        return ResponseEntity.accepted().build();
    }

    private PasswordResetDto lookUp(String token, AccountKind kind) {
        return tx.read(() -> resetPassword.lookUp(token).filter(p -> p.kind() == kind)
                .map(p -> new PasswordResetDto(p.shopName(), p.email()))
                .orElseThrow(() -> new NotFoundException("reset", "(token)")));
    }

    private ResponseEntity<Void> complete(String token, AccountKind kind, NewPasswordRequest body) {
        tx.run(() -> {
            if (resetPassword.lookUp(token).filter(p -> p.kind() == kind).isEmpty()) {
                throw new NotFoundException("reset", "(token)");
            }
            resetPassword.complete(token, body.password());
        });
        return ResponseEntity.noContent().build();
    }
}
