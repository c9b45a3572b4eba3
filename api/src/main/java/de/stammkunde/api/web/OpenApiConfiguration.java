package de.stammkunde.api.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}) tells the truth: every record component that is not {@code @Nullable}
 * is required, nullable ones say so; operations are named after their feature; every operation lists the problem
 * responses it can give; schemas carry examples. A client generated from it (the till's, our frontend's types) needs
 * nothing hand-written.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
    static final String PROBLEM = "Problem";

    @Bean
    OpenApiCustomizer stammkundeDocument(de.stammkunde.api.security.Cookies cookies) {
        return openApi -> {
            openApi.info(new Info().title("Stammkunde API").version("v1").description("""
                    Loyalty and customer service for small shops. Staff endpoints live under
                    /api/v1/shops/{shopId}; the customer portal under /api/v1/portal; the till authenticates with
                    an API key (Authorization: Bearer stk_…). Money is a decimal string with its currency's scale,
                    points are integers, timestamps are UTC instants. Writes that move points or money take an
                    Idempotency-Key header; a retry with the same key returns the first response. Errors are
                    RFC 9457 problems with a stable code."""));
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.COOKIE).name(cookies.session()));
            components.addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").description("A till's API key, stk_…"));
            components.addSchemas(PROBLEM, problemSchema());
            components.getSchemas().remove("ProblemDetail");
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
                        addProblems(op, method.name(), path)));
            }
            components.getSchemas().values().forEach(OpenApiConfiguration::addExamples);
        };
    }

    /** operationId {@code purchaseRecord}, tag {@code purchase}: from the controller and method names. */
    @Bean
    OperationCustomizer operationNames() {
        return (operation, handler) -> {
            String controller = handler.getBeanType().getSimpleName().replace("Controller", "");
            String feature = handler.getBeanType().getPackageName();
            operation.setOperationId(Character.toLowerCase(controller.charAt(0)) + controller.substring(1)
                    + Character.toUpperCase(handler.getMethod().getName().charAt(0))
                    + handler.getMethod().getName().substring(1));
            operation.setTags(List.of(feature.substring(feature.lastIndexOf('.') + 1)));
            return operation;
        };
    }

    /** Records: components without {@code @Nullable} are required, the others nullable. */
    @Bean
    ModelConverter recordComponentsAreRequired() {
        return new ModelConverter() {
            @Override
            public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context,
                                            Iterator<ModelConverter> chain) {
                Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
                Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
                if (schema == null || raw == null || !raw.isRecord()) {
                    return schema;
                }
                Schema<?> model = schema.get$ref() == null ? schema : context.getDefinedModels()
                        .get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
                if (model != null && model.getProperties() != null) {
                    markRequired(raw, model);
                }
                return schema;
            }
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void markRequired(Class<?> record, Schema<?> model) {
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Schema property = model.getProperties().get(component.getName());
            if (property == null) {
                continue;
            }
            boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class)
                    || component.isAnnotationPresent(Nullable.class);
            if (!nullable) {
                required.add(component.getName());
            } else if (property.get$ref() == null && property.getTypes() != null && !property.getTypes().isEmpty()) {
                property.addType("null");
            }
        }
        model.setRequired(required.isEmpty() ? null : required);
    }

    private static Schema<?> problemSchema() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().example("amount"))
                .addProperty("message", new StringSchema().example("must be greater than 0"))
                .required(List.of("field", "message"));
        return new ObjectSchema()
                .description("RFC 9457 problem; title, detail and messages in the Accept-Language (de, en)")
                .addProperty("type", new StringSchema().example("https://stammkunde.de/problems/validation"))
                .addProperty("title", new StringSchema().example("Invalid input"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema().example("validation")
                        .description("stable code to act on, e.g. validation, not-found, insufficient-points"))
                .addProperty("errors", new ArraySchema().items(error))
                .addProperty("errorId", new StringSchema().description("for 500s: the id to quote to support"))
                .required(List.of("type", "title", "status", "code"));
    }

    private static void addProblems(Operation operation, String method, String path) {
        Content problem = new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
        Map<String, String> problems = new TreeMap<>();
        problems.put("400", "Invalid input (fields named in errors)");
        boolean open = path.startsWith("/api/v1/auth/") || path.startsWith("/api/v1/portal/auth/");
        if (!open) {
            problems.put("401", "Not logged in");
            problems.put("403", "The role may not do this");
        }
        if (path.contains("{")) {
            problems.put("404", "No such resource (or another shop's)");
        }
        if (!method.equals("GET")) {
            problems.put("409", "Clashes with existing state (taken, used already)");
            problems.put("422", "A business rule said no (the code says which)");
        }
        if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            problems.put("413", "The body is larger than the limit (64 KB), refused before it was read");
        }
        problems.forEach((code, description) -> {
            if (operation.getResponses() != null && !operation.getResponses().containsKey(code)) {
                operation.getResponses().addApiResponse(code, new ApiResponse().description(description)
                        .content(problem));
            }
        });
    }

    /** Illustrative values for properties that have none, from their format and name. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void addExamples(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, p) -> {
            Schema property = p;
            if (property.getExample() != null || property.get$ref() != null) {
                return;
            }
            Object example = example(name, property);
            if (example != null) {
                property.setExample(example);
            }
        });
    }

    private static @Nullable Object example(String name, Schema<?> property) {
        String format = property.getFormat() == null ? "" : property.getFormat();
        String type = property.getTypes() != null && !property.getTypes().isEmpty()
                ? property.getTypes().iterator().next() : String.valueOf(property.getType());
        String lower = name.toLowerCase(Locale.ROOT);
        if (property.getEnum() != null && !property.getEnum().isEmpty()) {
            return property.getEnum().getFirst();
        }
        // camelCase suffixes, not letters: "expiresOn" is a date, "action" is not; "createdAt" a time, "format" not
        if (format.equals("uuid") || lower.equals("id") || name.endsWith("Id") && type.equals("string")) {
            return "3f8e2b1c-6a4d-4e2f-9b7a-1c2d3e4f5a6b";
        }
        if (format.equals("date-time") || name.endsWith("At") && type.equals("string")) {
            return "2026-11-23T10:15:30Z";
        }
        if (format.equals("date") || name.endsWith("On") && type.equals("string")) {
            return "2026-11-23";
        }
        if (type.equals("string")) {
            return switch (lower) {
                case "currency" -> "EUR";
                case "email" -> "erika.mustermann@example.de";
                case "firstname" -> "Erika";
                case "lastname" -> "Mustermann";
                case "timezone" -> "Europe/Berlin";
                case "slug", "shop" -> "baeckerei-sonnenschein";
                case "amount", "threshold", "qualifyingspend", "minamount", "missingfornext", "amountreturned" ->
                        "12.50";
                case "multiplier", "basepointsperunit" -> "1.5";
                case "code" -> "K7QX-9M2P";
                case "reference" -> "Bon 4711";
                case "category" -> "Kaffee";
                default -> null;
            };
        }
        if (type.equals("integer")) {
            return lower.contains("points") || lower.endsWith("delta") ? 120 : 1;
        }
        if (type.equals("boolean")) {
            return Boolean.TRUE;
        }
        return null;
    }
}
