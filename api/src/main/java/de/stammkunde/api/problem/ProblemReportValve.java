package de.stammkunde.api.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word, in our language: errors that Tomcat answers itself, before any servlet runs (a malformed
 * request line, invalid percent-encoding or UTF-8 in the path, {@code %00}, an oversized URI or header, a control
 * character in a header), get a problem+json body with our {@code code} instead of Tomcat's HTML page. Errors
 * inside the application never get here: they go to /error ({@link ProblemErrorController}).
 */
final class ProblemReportValve extends ErrorReportValve {
    private final Supplier<Problems> problems;
    private final Supplier<JsonMapper> json;

    ProblemReportValve(Supplier<Problems> problems, Supplier<JsonMapper> json) {
        this.problems = problems;
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(language(request));
        try {
            HttpStatusCode code = HttpStatusCode.valueOf(status);
            ProblemDetail problem = problems.get().create(code, Problems.codeFor(code));
            String body = json.get().writeValueAsString(problem);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot take a body any more: nothing left to tell.
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    /** German or English like the application; the request may be too broken to have readable headers. */
    private static Locale language(Request request) {
        try {
            return "de".equals(request.getLocale().getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        } catch (RuntimeException unreadable) {
            return Locale.ENGLISH;
        }
    }
}
