package de.stammkunde.api.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** The operations of our OpenAPI document (/v3/api-docs), as far as a test walking them needs them. */
public final class OpenApiDocument {
    private final JsonNode document;

    public OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    public record Parameter(String name, String in, JsonNode schema) {
        public boolean isUuid() {
            return "uuid".equals(schema.path("format").asString(""));
        }
    }

    /**
     * One method on one path; {@code body} is the resolved JSON schema of its request body, if it takes one;
     * {@code produces} the media types of its successful answers.
     */
    public record Operation(String method, String path, List<Parameter> parameters, @Nullable JsonNode body,
                            List<String> produces, String bodyType) {
        /** Whether the body is a CSV file (an import) rather than JSON. */
        public boolean takesCsv() {
            return bodyType.equals("text/csv");
        }

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A field of a request body: where it sits ({@code lines[0].category}) and its schema. */
    public record Field(String path, JsonNode schema) {
        public String type() {
            return schema.path("type").asString("object");
        }
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            List<Parameter> parameters = new ArrayList<>();
            op.getValue().path("parameters").forEach(p -> parameters.add(new Parameter(p.path("name").asString(),
                    p.path("in").asString(), resolve(p.path("schema")))));
            JsonNode content = op.getValue().path("requestBody").path("content");
            JsonNode body = content.isEmpty() ? null
                    : resolve(content.properties().iterator().next().getValue().path("schema"));
            String bodyType = content.isEmpty() ? "" : content.properties().iterator().next().getKey();
            List<String> produces = new ArrayList<>();
            op.getValue().path("responses").properties().stream().filter(r -> r.getKey().startsWith("2"))
                    .forEach(r -> r.getValue().path("content").properties().forEach(c -> produces.add(c.getKey())));
            operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters, body,
                    produces, bodyType));
        }));
        return operations;
    }

    /** Follows a {@code $ref} into components/schemas. */
    public JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.isEmpty()) {
            return schema;
        }
        JsonNode target = document.at(ref.substring(1));
        return target instanceof MissingNode ? schema : resolve(target);
    }

    /** Every property of an object schema, arrays entered at index 0, containers included. */
    public List<Field> fields(JsonNode objectSchema) {
        List<Field> fields = new ArrayList<>();
        collect(objectSchema, "", fields);
        return fields;
    }

    private void collect(JsonNode schema, String prefix, List<Field> fields) {
        resolve(schema).path("properties").properties().forEach(property -> {
            String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
            JsonNode propertySchema = resolve(property.getValue());
            fields.add(new Field(path, propertySchema));
            if ("array".equals(propertySchema.path("type").asString(""))) {
                JsonNode items = resolve(propertySchema.path("items"));
                if (items.has("properties")) {
                    collect(items, path + "[0]", fields);
                }
            } else if (propertySchema.has("properties")) {
                collect(propertySchema, path, fields);
            }
        });
    }
}
