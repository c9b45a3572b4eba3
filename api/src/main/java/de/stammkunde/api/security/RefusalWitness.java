package de.stammkunde.api.security;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records refused requests as security events of the refused person's shop: {@code access.refused} (403: the role
 * does not allow it, a CSRF token missing), {@code access.other-shop} (a path into another shop, answered 404 as
 * if it did not exist). Anonymous refusals (401) are not recorded: every expired session would be one.
 */
@org.springframework.stereotype.Component
class RefusalWitness implements HandlerInterceptor {
    private final ObjectProvider<SecurityLog> securityLog;

    RefusalWitness(ObjectProvider<SecurityLog> securityLog) {
        this.securityLog = securityLog;
    }

    /** After the controller advice turned an exception into a 403 (method security, staff-only paths). */
    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                @Nullable Exception ex) {
        if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            refused(request, "forbidden");
        }
    }

    /** A 403 decided by the security filters (before any controller): a CSRF failure, a role rule on the path. */
    void refused(HttpServletRequest request, String code) {
        StammkundeUser user = currentUser();
        if (user != null) {
            securityLog.getObject().record("access.refused", user.shop(), user.actor(), "request", null,
                    Map.of("request", request.getMethod() + " " + request.getRequestURI(), "code", code,
                            "role", user.role().name()));
        }
    }

    /** A path into a shop that is not the user's own. */
    void otherShop(HttpServletRequest request, String requestedShop) {
        StammkundeUser user = currentUser();
        if (user != null) {
            securityLog.getObject().record("access.other-shop", user.shop(), user.actor(), "request", null,
                    Map.of("request", request.getMethod() + " " + request.getRequestURI(), "requestedShop",
                            requestedShop, "role", user.role().name()));
        }
    }

    private static @Nullable StammkundeUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StammkundeUser user ? user : null;
    }

    static Actor actorOf(@Nullable StammkundeUser user) {
        return user == null ? Actor.ANONYMOUS : user.actor();
    }

    static @Nullable ShopId shopOf(@Nullable StammkundeUser user) {
        return user == null ? null : user.shop();
    }
}
