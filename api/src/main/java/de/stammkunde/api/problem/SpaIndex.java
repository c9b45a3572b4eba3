package de.stammkunde.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The browser app's index.html, served with 404 for unknown pages so the app can say "page not found". */
@Component
class SpaIndex {
    private final ResourceLoader resources;
    private final WebProperties web;

    SpaIndex(ResourceLoader resources, WebProperties web) {
        this.resources = resources;
        this.web = web;
    }

    boolean isBrowserNavigation(HttpServletRequest request) {
        String path = request.getRequestURI();
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return "GET".equals(request.getMethod()) && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)
                && !path.startsWith("/api/") && !path.startsWith("/actuator") && !path.startsWith("/v3/")
                && index() != null;
    }

    ResponseEntity<Object> notFoundPage() {
        Resource index = index();
        try {
            String html = index == null ? "" : index.getContentAsString(StandardCharsets.UTF_8);
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML).body(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private @org.jspecify.annotations.Nullable Resource index() {
        for (String location : web.getResources().getStaticLocations()) {
            Resource candidate = resources.getResource(location + (location.endsWith("/") ? "" : "/") + "index.html");
            if (candidate.exists()) {
                return candidate;
            }
        }
        return null;
    }
}
