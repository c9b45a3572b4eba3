package de.stammkunde.api.web;

import de.stammkunde.api.problem.PayloadTooLarge;
import de.stammkunde.api.problem.ProblemResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Caps request bodies before anyone reads them: a declared {@code Content-Length} above the path's limit is answered
 * 413 {@code payload-too-large} at once, without reading a byte, before security, sessions or controllers run; a
 * body without a length (chunked) is counted as it is read and fails with {@link PayloadTooLarge} at the first
 * byte over the limit, so a parser never holds more than the limit. The limit is
 * {@code stammkunde.http.max-body-size} unless a pattern of {@code max-body-size-by-path} matches the path.
 */
final class RequestBodyLimitFilter extends OncePerRequestFilter {
    private record PathLimit(PathPattern pattern, long limit) {
    }

    private final long defaultLimit;
    private final List<PathLimit> overrides;
    private final ProblemResponseWriter problems;

    RequestBodyLimitFilter(HttpLimits limits, ProblemResponseWriter problems) {
        this.defaultLimit = limits.maxBodySize().toBytes();
        this.overrides = limits.maxBodySizeByPath().entrySet().stream()
                .map(e -> new PathLimit(PathPatternParser.defaultInstance.parse(e.getKey()), e.getValue().toBytes()))
                .sorted(Comparator.comparing(PathLimit::pattern, PathPattern.SPECIFICITY_COMPARATOR))
                .toList();
        this.problems = problems;
    }

    /** The body limit of a path, in bytes. */
    long limitFor(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (PathLimit override : overrides) {
            if (override.pattern().matches(container)) {
                return override.limit();
            }
        }
        return defaultLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request.getRequestURI().substring(request.getContextPath().length()));
        if (request.getContentLengthLong() > limit) {
            refuse(response, limit);
            return;
        }
        try {
            chain.doFilter(new LimitedBody(request, limit), response);
        } catch (IOException | ServletException | RuntimeException e) {
            // Read outside Spring MVC's error handling (e.g. by another filter): still a 413, if we can say so.
            PayloadTooLarge tooLarge = PayloadTooLarge.in(e);
            if (tooLarge == null || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            refuse(response, tooLarge.limit());
        }
    }

    /**
     * Tomcat then discards what is left of the body (up to {@code server.tomcat.max-swallow-size}, 2 MB) to keep
     * the connection, or closes it.
     */
    private void refuse(HttpServletResponse response, long limit) throws IOException {
        problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", limit);
    }

    /** The request with its body stream (and reader) counting bytes against the limit. */
    private static final class LimitedBody extends HttpServletRequestWrapper {
        private final long limit;
        private @Nullable CountingStream stream;
        private @Nullable BufferedReader reader;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream body;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Never ask for more than one byte past the limit: the parser sees at most limit + 1 bytes.
            int n = body.read(buffer, offset, (int) Math.min(length, Math.max(1, limit - read + 1)));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLarge {
            read += n;
            if (read > limit) {
                throw new PayloadTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }

        @Override
        public int available() throws IOException {
            return body.available();
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
