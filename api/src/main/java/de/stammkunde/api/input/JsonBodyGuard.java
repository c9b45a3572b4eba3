package de.stammkunde.api.input;

import de.stammkunde.api.problem.ApiProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractJacksonHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON request body once, up to {@code stammkunde.http.max-body-size} (413 beyond), and walks every token
 * before it is bound: a string value must pass {@link TextRule#MULTI_LINE} and a property name
 * {@link TextRule#SINGLE_LINE}, whatever type the value is bound to and even if no field takes it. A refused
 * body is answered 400 {@code validation} naming the JSON path ({@code lines[0].category}) and never reaches a
 * controller, so nothing is written. A body that is not JSON at all is left to the converter, which answers
 * {@code malformed-body} as before.
 */
@ControllerAdvice
final class JsonBodyGuard extends RequestBodyAdviceAdapter {
    private final JsonMapper json;
    private final long maxBytes;

    JsonBodyGuard(JsonMapper json, @Value("${stammkunde.http.max-body-size:1MB}") DataSize maxBodySize) {
        this.json = json;
        this.maxBytes = maxBodySize.toBytes();
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJacksonHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        byte[] body = read(message);
        check(body, message.getHeaders().getContentType());
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }

    private byte[] read(HttpInputMessage message) throws IOException {
        long declared = message.getHeaders().getContentLength();
        if (declared > maxBytes) {
            throw tooLarge();
        }
        byte[] body = message.getBody().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            throw tooLarge();
        }
        return body;
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", null, maxBytes);
    }

    private void check(byte[] body, @Nullable MediaType contentType) {
        Charset charset = contentType == null ? null : contentType.getCharset();
        try {
            // As the converter reads it: bytes (Jackson detects UTF-8/16/32) or text in the declared charset.
            walk(charset == null || charset.name().startsWith("UTF-") ? json.createParser(body)
                    : json.createParser(new InputStreamReader(new ByteArrayInputStream(body), charset)));
        } catch (JacksonException unreadable) {
            // Jackson's UTF-8 reader refuses a property name with an unpaired surrogate before we see it; read as
            // text, the name reaches the check. Anything else (not JSON, too deep, invalid UTF-8) is left to the
            // converter, which reads it again and answers malformed-body.
            String text = StrictUtf8.decode(body);
            if (text != null) {
                try {
                    walk(json.createParser(text));
                } catch (JacksonException notJson) {
                    // as above
                }
            }
        }
    }

    private static void walk(JsonParser parser) {
        try (parser) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME) {
                    checkName(parser);
                } else if (token == JsonToken.VALUE_STRING) {
                    TextRule.Violation violation = TextRule.MULTI_LINE.check(parser.getString());
                    if (violation != null) {
                        throw Violations.refused(JsonPath.of(parser.streamReadContext()), violation);
                    }
                }
            }
        }
    }

    private static void checkName(JsonParser parser) {
        String name = parser.currentName();
        TextRule.Violation violation = TextRule.SINGLE_LINE.check(name);
        if (violation != null) {
            throw Violations.refused(JsonPath.ofName(parser.streamReadContext(), name), violation);
        }
    }
}
