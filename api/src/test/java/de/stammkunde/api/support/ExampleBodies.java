package de.stammkunde.api.support;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Valid request bodies derived from the OpenAPI document's request schemas: every property gets a value that its
 * schema (type, format, pattern, enum, minimum) and its name suggest, fresh for each body (unique e-mails and shop
 * addresses), so that exactly one hostile value at a time is what is wrong with a request.
 */
public final class ExampleBodies {
    private final OpenApiDocument api;
    private final Map<String, String> idsByProperty;
    private final String shopSlug;

    /**
     * @param idsByProperty existing ids for uuid properties by name ({@code rewardId}, {@code referredBy})
     * @param shopSlug the shop a login names
     */
    public ExampleBodies(OpenApiDocument api, Map<String, String> idsByProperty, String shopSlug) {
        this.api = api;
        this.idsByProperty = Map.copyOf(idsByProperty);
        this.shopSlug = shopSlug;
    }

    /** A valid body for an object schema, as maps and lists for a JSON mapper. */
    public Map<String, Object> of(JsonNode schema) {
        Map<String, Object> body = new LinkedHashMap<>();
        api.resolve(schema).path("properties").properties().forEach(property ->
                body.put(property.getKey(), value(property.getKey(), api.resolve(property.getValue()))));
        return body;
    }

    /** The body with {@code replacement} at {@code path} ({@code lines[0].category}), as JSON text. */
    public String with(JsonNode schema, String path, String replacementJson) {
        String placeholder = "@@" + UUID.randomUUID() + "@@";
        Map<String, Object> body = of(schema);
        place(body, path, placeholder);
        return ApiClient.JSON.writeValueAsString(body).replace("\"" + placeholder + "\"", replacementJson);
    }

    private Object value(String name, JsonNode schema) {
        if (schema.has("enum")) {
            return name.equals("role") ? "AGENT" : schema.get("enum").get(0).asString();
        }
        return switch (schema.path("type").asString("object")) {
            case "string" -> text(name, schema.path("format").asString(""), schema.path("pattern").asString(""));
            case "integer" -> schema.has("minimum") ? schema.get("minimum").asLong() : 1L;
            case "number" -> 2;
            case "boolean" -> true;
            case "array" -> new ArrayList<>(List.of(value(name, api.resolve(schema.path("items")))));
            default -> of(schema);
        };
    }

    private String text(String name, String format, String pattern) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return switch (format) {
            case "uuid" -> idsByProperty.getOrDefault(name, UUID.randomUUID().toString());
            case "email" -> "walk-" + unique + "@example.de";
            case "date" -> "2025-06-01";
            case "date-time" -> (name.startsWith("end") ? now.plus(Duration.ofDays(1)) : now.minus(Duration.ofHours(1)))
                    .toString();
            default -> {
                if (pattern.contains("A-Z")) {
                    yield "EUR";
                } else if (pattern.contains("a-z0-9")) {
                    yield "walk-" + unique;
                } else if (pattern.contains("de|en")) {
                    yield "de";
                }
                yield switch (name) {
                    case "timeZone" -> "Europe/Berlin";
                    case "password" -> Fixtures.PASSWORD;
                    case "shop" -> shopSlug;
                    case "email" -> "walk-" + unique + "@example.de";
                    case "phone" -> "+49 30 1234567";
                    case "currency" -> "EUR";
                    default -> "Walk " + unique;
                };
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static void place(Map<String, Object> body, String path, Object value) {
        Object container = body;
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length; i++) {
            boolean indexed = segments[i].endsWith("]");
            String name = indexed ? segments[i].substring(0, segments[i].indexOf('[')) : segments[i];
            boolean last = i == segments.length - 1;
            Map<String, Object> object = (Map<String, Object>) container;
            if (!indexed) {
                if (last) {
                    object.put(name, value);
                } else {
                    container = object.get(name);
                }
            } else if (last) {
                ((List<Object>) object.get(name)).set(0, value);
            } else {
                container = ((List<Object>) object.get(name)).get(0);
            }
        }
    }
}
