package de.stammkunde.api.security;

import de.stammkunde.domain.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Tenant isolation at the door: a request for {@code /api/v1/shops/{shopId}/…} of a shop that is not the
 * logged-in user's own is answered 404, exactly as if the shop did not exist. (Every query filters by shop_id
 * as well; this is the first of two locks.) A customer of the shop itself gets 403: these are staff resources.
 * The shop's till (API key) passes here; each endpoint's role check decides what it may do.
 */
public class ShopAccessInterceptor implements HandlerInterceptor {
    private final RefusalWitness refusals;

    ShopAccessInterceptor(RefusalWitness refusals) {
        this.refusals = refusals;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || !variables.containsKey("shopId")) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StammkundeUser user)
                || !sameShop(user, variables.get("shopId"))) {
            refusals.otherShop(request, variables.get("shopId"));
            throw new NotFoundException("shop", variables.get("shopId"));
        }
        if (user.role() == Role.CUSTOMER) {
            throw new AccessDeniedException("staff only");
        }
        return true;
    }

    private static boolean sameShop(StammkundeUser user, String shopId) {
        try {
            return user.shopId().equals(UUID.fromString(shopId));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
