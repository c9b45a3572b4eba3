package de.stammkunde.api.account;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.security.LoginRateLimiter;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.account.VerifyShopEmail;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A new shop's owner confirms the address the shop signed up with, through the link mailed at signup (or a new one
 * the owner asks for). Opening the link's page only looks the link up; the page's button confirms, so a mail
 * scanner that follows links confirms nothing.
 */
@RestController
class EmailVerificationController {
    static final int MAILS_PER_SHOP = 5;
    static final Duration MAIL_WINDOW = Duration.ofHours(1);

    /** The shop and address a link confirms; {@code verified}: confirmed already. */
    record EmailVerificationDto(String shopName, String email, boolean verified) {
    }

    /** Confirmed: the shop, and how many held mails went out now. */
    record EmailVerifiedDto(String shopName, boolean verified, int releasedMails) {
    }

    /** Where the new link went and until when it works. */
    record VerificationMailedDto(String mailedTo, Instant expiresAt) {
    }

    private final VerifyShopEmail verifyShopEmail;
    private final LoginRateLimiter limiter;
    private final Transactions tx;

    EmailVerificationController(VerifyShopEmail verifyShopEmail, LoginRateLimiter limiter, Transactions tx) {
        this.verifyShopEmail = verifyShopEmail;
        this.limiter = limiter;
        this.tx = tx;
    }

    /** 404 for an unknown or expired link (a confirmed shop's link keeps answering, with verified = true). */
    @GetMapping("/api/v1/auth/email-verification/{token}")
    EmailVerificationDto lookUp(@PathVariable String token) {
        return tx.read(() -> verifyShopEmail.lookUp(token)
                .map(p -> new EmailVerificationDto(p.shopName(), p.email(), p.verified()))
                .orElseThrow(() -> new NotFoundException("verification", "(token)")));
    }

    /** Confirms the address (idempotent: again after success answers the same); 404 for an unknown or dead link. */
    @PostMapping("/api/v1/auth/email-verification/{token}")
    EmailVerifiedDto confirm(@PathVariable String token) {
        var confirmed = tx.write(() -> verifyShopEmail.confirm(token));
        return new EmailVerifiedDto(confirmed.shopName(), true, confirmed.releasedMails());
    }

    /**
     * The owner asks for a new link (the older one stops working): 202 with where it went; 409
     * {@code already-verified}; 429 after {@value #MAILS_PER_SHOP} an hour.
     */
    @PostMapping("/api/v1/shops/{shopId}/email-verification")
    @PreAuthorize("hasRole('OWNER')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    VerificationMailedDto resend(@PathVariable UUID shopId, @AuthenticationPrincipal StammkundeUser user) {
        limiter.limit("verification-mail", shopId.toString(), MAILS_PER_SHOP, MAIL_WINDOW);
        var sent = tx.write(() -> verifyShopEmail.send(new ShopId(shopId), new StaffId(user.id()), user.actor()));
        return new VerificationMailedDto(sent.mailedTo(), sent.expiresAt());
    }
}
