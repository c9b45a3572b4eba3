package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiTest;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /v3/api-docs} describes every response with a typed schema, agrees with the committed {@code
 * docs/openapi.json} (the source of the frontend's types and of generated clients) and with the endpoints listed in
 * {@code docs/http-api.md}. After an intended API change: {@code ./dev openapi} rewrites the committed document.
 */
class TheApiDocumentIsHonest extends ApiTest {
    static final Path COMMITTED = Path.of("..", "docs", "openapi.json");
    static final Path HANDBOOK = Path.of("..", "docs", "http-api.md");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode document() {
        var response = newClient().get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        ObjectNode document = (ObjectNode) JSON.readTree(response.raw());
        document.remove("servers"); // the test's random port
        return document;
    }

    @Test
    void theCommittedDocumentIsTheOneTheApplicationServes() throws IOException {
        String served = JSON.writeValueAsString(JSON.treeToValue(document(), Object.class)) + "\n";
        if (Boolean.getBoolean("stammkunde.openapi.write")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(COMMITTED)).as("docs/openapi.json exists (./dev openapi writes it)").isTrue();
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/openapi.json is out of date: run ./dev openapi and commit it (the frontend's types "
                        + "and generated clients come from it)")
                .isEqualTo(served);
    }

    @Test
    void everyOperationAnswersWithATypedJsonBodyOrNothing() {
        JsonNode doc = document();
        List<String> untyped = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        int operations = 0;
        for (var path : doc.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                assertThat(operationIds.add(operation.getValue().get("operationId").asString()))
                        .as("unique operationId of %s", name).isTrue();
                JsonNode responses = operation.getValue().get("responses");
                var success = responses.properties().stream().filter(r -> r.getKey().startsWith("2")).toList();
                assertThat(success).as("%s has one success response", name).hasSize(1);
                String status = success.getFirst().getKey();
                JsonNode content = success.getFirst().getValue().path("content");
                if (status.equals("204")) {
                    assertThat(content.isMissingNode() || content.isEmpty()).as("%s 204 has no body", name).isTrue();
                    continue;
                }
                if (status.equals("202") && (content.isMissingNode() || content.isEmpty())) {
                    continue; // accepted, nothing to say (a reset request answers alike for every address)
                }
                if (content.has("image/png") || content.has("text/csv")) {
                    continue; // a file, typed by its media type
                }
                JsonNode schema = content.path("application/json").path("schema");
                if (schema.isMissingNode() || !schema.has("$ref")) {
                    untyped.add(name + " " + status + " " + content);
                }
                assertThat(responses.has("400")).as("%s documents its problems", name).isTrue();
                assertThat(responses.path("400").path("content").has("application/problem+json")).isTrue();
            }
        }
        assertThat(untyped).as("responses without a named schema").isEmpty();
        assertThat(operations).isGreaterThan(50);
        assertThat(doc.at("/paths").has("/error")).as("framework endpoints are not part of the API").isFalse();
    }

    @Test
    void recordsSayWhatIsRequiredAndMoneyComesAsStrings() {
        JsonNode schemas = document().at("/components/schemas");
        assertThat(schemas.at("/PurchaseDto/required").valueStream().map(JsonNode::asString).toList())
                .contains("id", "amount", "currency", "occurredAt", "pointsEarned").doesNotContain("reference");
        assertThat(schemas.at("/PurchaseDto/properties/amount/type").asString()).isEqualTo("string");
        assertThat(schemas.at("/PurchaseDto/properties/reference/type").valueStream().map(JsonNode::asString))
                .as("nullable").contains("string", "null");
        assertThat(schemas.at("/PurchaseDto/properties/amount/example").asString()).isEqualTo("12.50");
        assertThat(schemas.has("Problem")).isTrue();
    }

    @Test
    void everyResponseAndRequestTypeHasItsOwnName() {
        Map<String, Class<?>> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (HandlerMethod handler : mappings.getHandlerMethods().values()) {
            if (!handler.getBeanType().getPackageName().startsWith("de.stammkunde.api")) {
                continue;
            }
            collect(handler.getMethod().getGenericReturnType(), seen, clashes);
            for (var parameter : handler.getMethodParameters()) {
                collect(parameter.getGenericParameterType(), seen, clashes);
            }
        }
        assertThat(seen).as("DTOs found").hasSizeGreaterThan(40);
        assertThat(clashes).as("two DTOs with one name would share one schema in the document").isEmpty();
    }

    private static void collect(Type type, Map<String, Class<?>> seen, List<String> clashes) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, seen, clashes);
            }
            collect(parameterized.getRawType(), seen, clashes);
            return;
        }
        if (!(type instanceof Class<?> c) || !c.isRecord() || !c.getName().startsWith("de.stammkunde.api")) {
            return;
        }
        Class<?> earlier = seen.putIfAbsent(c.getSimpleName(), c);
        if (earlier != null && earlier != c) {
            clashes.add(c.getName() + " / " + earlier.getName());
        }
        if (earlier == null) {
            for (var component : c.getRecordComponents()) {
                collect(component.getGenericType(), seen, clashes);
            }
        }
    }

    @Test
    void theHandbookListsExactlyTheEndpointsTheApplicationHas() throws IOException {
        Set<String> served = new TreeSet<>();
        for (var path : document().get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                served.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("`(GET|POST|PUT|PATCH|DELETE) (/api/[^`? ]+)")
                .matcher(Files.readString(HANDBOOK, StandardCharsets.UTF_8));
        while (m.find()) {
            documented.add(m.group(1) + " " + m.group(2));
        }
        assertThat(documented).as("in docs/http-api.md but not served").isSubsetOf(served);
        assertThat(served).as("served but missing from docs/http-api.md").isSubsetOf(documented);
    }
}
