package de.stammkunde.api.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses a path variable with a control character or broken Unicode (400 {@code validation} naming the variable),
 * after the tenant check and before argument binding. Tomcat already refuses {@code %00} and invalid UTF-8 in
 * paths; this covers the rest of {@link TextRule#SINGLE_LINE}.
 */
final class PathVariableGuard implements HandlerInterceptor {
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                if (value instanceof String text) {
                    TextRule.Violation violation = TextRule.SINGLE_LINE.check(text);
                    if (violation != null) {
                        throw Violations.refused(String.valueOf(name), violation);
                    }
                }
            });
        }
        return true;
    }
}
