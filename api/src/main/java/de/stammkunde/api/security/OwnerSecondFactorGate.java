package de.stammkunde.api.security;

import de.stammkunde.api.config.StammkundeProperties;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.problem.ApiProblem;
import de.stammkunde.domain.account.AccountKind;
import de.stammkunde.domain.account.CheckSecondFactor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Where owners must use two-factor login ({@code stammkunde.two-factor.required-for-owners}), an owner's session
 * that has not proven a second factor reaches no shop endpoint: 403 {@code second-factor-setup-required} until
 * they set it up (under {@code /api/v1/account/second-factor}, which stays open), or 403
 * {@code second-factor-recheck-required} when they have one but this session never proved it (it began before
 * they turned it on elsewhere).
 */
final class OwnerSecondFactorGate implements HandlerInterceptor {
    private final SecondFactorLogin secondFactor;
    private final CheckSecondFactor check;
    private final StammkundeProperties properties;
    private final Transactions tx;

    OwnerSecondFactorGate(SecondFactorLogin secondFactor, CheckSecondFactor check, StammkundeProperties properties,
                          Transactions tx) {
        this.secondFactor = secondFactor;
        this.check = check;
        this.properties = properties;
        this.tx = tx;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!properties.twoFactor().requiredForOwners() || authentication == null
                || !(authentication.getPrincipal() instanceof StammkundeUser user) || user.role() != Role.OWNER
                || secondFactor.provenInSession(request)) {
            return true;
        }
        boolean hasOne = tx.read(() -> check.enabled(user.shop(), AccountKind.STAFF, user.id()));
        throw new ApiProblem(HttpStatus.FORBIDDEN,
                hasOne ? "second-factor-recheck-required" : "second-factor-setup-required", null,
                properties.twoFactor().recheckAfter().toMinutes());
    }
}
