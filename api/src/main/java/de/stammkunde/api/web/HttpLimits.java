package de.stammkunde.api.web;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much one request may ask of the server ({@code stammkunde.http.*}).
 *
 * @param maxBodySize the largest request body on every path without an override (64 KB: our JSON bodies are a few
 *        hundred bytes); a larger one is refused with 413 before it is read
 * @param maxBodySizeByPath overrides for paths that take more (uploads), keyed by path pattern, e.g.
 *        {@code "[/api/v1/shops/*}{@code /imports/**]": 10MB}; the most specific matching pattern wins
 * @param maxConcurrentRequests requests handled at the same time (virtual threads put no cap on them); more wait
 * @param concurrencyWait how long a request waits for a free slot before it is answered 503 {@code overloaded}
 */
@ConfigurationProperties("stammkunde.http")
public record HttpLimits(DataSize maxBodySize, Map<String, DataSize> maxBodySizeByPath, int maxConcurrentRequests,
                         Duration concurrencyWait) {
    public HttpLimits {
        maxBodySizeByPath = maxBodySizeByPath == null ? Map.of() : Map.copyOf(maxBodySizeByPath);
        if (maxConcurrentRequests < 1) {
            throw new IllegalArgumentException("stammkunde.http.max-concurrent-requests must be at least 1");
        }
    }
}
