package jp.pdcaledger.app.support;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every answer the HTTP tests receive, held against the committed API description
 * (app/src/test/resources/openapi/pdca-ledger.json, which {@code OpenApiContractTest} keeps equal to the live
 * {@code /v3/api-docs}): the operation by method and path template, the status among its responses, the content type
 * among that response's, and a JSON body against its schema. A generated client is only as good as the description it was generated from, so a field,
 * a status or a content type the service sends and the description does not tell fails the test that received it.
 * <p>
 * The description's object schemas are read as closed here ({@link #closed}): a property they do not name is a
 * fault, as if each said {@code additionalProperties: false}. The document itself leaves them open, because a
 * client must ignore fields it does not know (README, "API versioning": new fields may come without notice); the
 * service's own tests hold it to naming every field it sends. A schema that says {@code additionalProperties} itself
 * (a map, or a JSON object of any shape) keeps what it says.
 * <p>
 * Not the API's: paths outside {@code /api} that the description does not name (the pages, {@code /login},
 * {@code /actuator}, {@code /v3/api-docs}) are not checked. Under {@code /api}, a path or a method the description
 * does not name is a fault like any other.
 */
public final class DescribedAnswers {

    public static final String RESOURCE = "/openapi/pdca-ledger.json";
    private static final String SOURCE = "app/src/test/resources" + RESOURCE;

    /**
     * Numbers exactly as written: the service's are decimals, and one it answers may lie past a double's range (an
     * event stored before the number limits, 1E+400: PoisonEventContract), which a double would make no number.
     */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final JsonNode description;
    private final ObjectNode components;
    private final SchemaRegistry schemas;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private DescribedAnswers(JsonNode description) {
        this.description = description;
        this.components = (ObjectNode) description.path("components").deepCopy();
        components.path("schemas").values().forEach(schema -> close(schema, true));
        // the components ride beside each response's schema for its $refs to resolve: a keyword that asserts nothing
        Dialect dialect = Dialect.builder(Dialects.getOpenApi31()).keyword(new NonValidationKeyword("components")).build();
        this.schemas = SchemaRegistry.withDefaultDialect(dialect, registry -> registry
                .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER)
                        .formatAssertionsEnabled(true).build()));
    }

    /** The committed description, read once. */
    public static DescribedAnswers committed() {
        return Committed.ANSWERS;
    }

    private static JsonNode committedDescription() {
        try (InputStream in = DescribedAnswers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An answer received through an HTTP client of a test's own (the raw clients of faults/). */
    public void check(HttpResponse<String> response) {
        check(response.request().method(), response.uri(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null), response.body());
    }

    /** Fails, naming every fault, where the description does not describe this answer. */
    public void check(String method, URI uri, int status, String contentType, String body) {
        List<String> faults = faults(method, uri.getRawPath(), status, contentType, body);
        if (!faults.isEmpty()) {
            throw new AssertionError("""
                    %s %s answered %d %s, which the committed API description (%s) does not describe:
                      %s
                    The description is the contract clients are generated from: describe it there \
                    (app/.../web/ApiDocumentation, ApiOperations), then refresh the committed copy (OpenApiContractTest).
                    Body: %s""".formatted(method, uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
                    status, contentType == null ? "(no Content-Type)" : contentType, SOURCE,
                    String.join("\n  ", faults), abbreviated(body)));
        }
    }

    /** What the description does not describe of this answer; empty where it describes it, or where it is no API's. */
    public List<String> faults(String method, String rawPath, int status, String contentType, String body) {
        Optional<String> template = template(rawPath);
        if (template.isEmpty()) {
            return rawPath.equals("/api") || rawPath.startsWith("/api/")
                    ? List.of("no path of the description matches " + rawPath)
                    : List.of();
        }
        String operationName = method + " " + template.get();
        JsonNode operation = description.path("paths").path(template.get()).path(method.toLowerCase(Locale.ROOT));
        if (!operation.isObject()) {
            return List.of(template.get() + " has no " + method + " operation in the description");
        }
        JsonNode responses = operation.path("responses");
        String statusKey = statusKey(responses, status);
        if (statusKey == null) {
            return List.of(operationName + " documents no " + status + " (documented: "
                    + String.join(", ", responses.propertyNames()) + ")");
        }
        JsonNode content = responses.path(statusKey).path("content");
        boolean hasBody = body != null && !body.isEmpty();
        if (!content.isObject() || content.isEmpty()) {
            return hasBody ? List.of(operationName + " " + statusKey + " documents no body, but one came") : List.of();
        }
        String mediaType = mediaType(contentType);
        String documented = mediaType == null ? null : documentedMediaType(content, mediaType);
        if (documented == null) {
            return List.of(operationName + " " + statusKey + " documents " + String.join(", ", content.propertyNames())
                    + ", not " + (contentType == null ? "an answer without a Content-Type" : contentType));
        }
        if (!hasBody) {
            return List.of(operationName + " " + statusKey + " " + documented + " documents a body, but none came");
        }
        if (!isJson(mediaType)) {
            return List.of();
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (JacksonException e) {
            return List.of(operationName + " " + statusKey + " " + documented + ": the body is no JSON (" + e.getOriginalMessage() + ")");
        }
        JsonNode schema = content.path(documented).path("schema");
        if (!schema.isObject()) {
            return List.of();
        }
        String where = operationName + " " + statusKey + " " + documented;
        List<String> faults = new ArrayList<>();
        for (Error error : compiled.computeIfAbsent(where, key -> compile(schema)).validate(instance)) {
            faults.add((error.getInstanceLocation().toString().isEmpty() ? "(the body)" : error.getInstanceLocation())
                    + ": " + error.getMessage() + "  [schema " + error.getSchemaLocation() + ", " + where + "]");
        }
        return faults;
    }

    /** The response's schema, closed, with the components beside it so that its $refs resolve. */
    private Schema compile(JsonNode schema) {
        ObjectNode root = (ObjectNode) closed(schema.deepCopy());
        root.set("components", components);
        return schemas.getSchema(root);
    }

    /**
     * The template the path matches; a path with literal segments where another has variables is the more specific
     * (OpenAPI: "/api/sheets/import" before "/api/sheets/{id}").
     */
    private Optional<String> template(String rawPath) {
        String[] segments = rawPath.split("/", -1);
        return description.path("paths").propertyNames().stream().filter(template -> {
            String[] parts = template.split("/", -1);
            if (parts.length != segments.length) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                boolean variable = parts[i].startsWith("{") && parts[i].endsWith("}");
                if (variable ? segments[i].isEmpty() : !parts[i].equals(segments[i])) {
                    return false;
                }
            }
            return true;
        }).min(Comparator.comparingLong(template -> template.chars().filter(c -> c == '{').count()));
    }

    /** The exact status, its range ({@code 4XX}), or {@code default}. */
    private static String statusKey(JsonNode responses, int status) {
        for (String key : List.of(String.valueOf(status), (status / 100) + "XX", "default")) {
            if (responses.has(key)) {
                return key;
            }
        }
        return null;
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    private static String documentedMediaType(JsonNode content, String mediaType) {
        String range = mediaType.substring(0, mediaType.indexOf('/') + 1) + "*";
        for (String key : List.of(mediaType, range, "*/*")) {
            if (content.has(key)) {
                return key;
            }
        }
        return null;
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /**
     * The schema with every object schema in it closed: {@code additionalProperties: false} where it says nothing of
     * other properties. Each alternative of {@code anyOf}/{@code oneOf} is a whole answer and is closed like one; the
     * parts of an {@code allOf} are not, their sum is, with {@code unevaluatedProperties}, which sees the properties
     * every part names.
     */
    private static JsonNode closed(JsonNode schema) {
        close(schema, true);
        return schema;
    }

    private static void close(JsonNode node, boolean closeThis) {
        if (!(node instanceof ObjectNode schema)) {
            return;
        }
        boolean parts = schema.has("allOf");
        boolean object = schema.has("properties") || isObjectType(schema.get("type"));
        boolean saysItself = schema.has("additionalProperties") || schema.has("unevaluatedProperties");
        if (closeThis && !saysItself && (object || parts)) {
            schema.put(parts ? "unevaluatedProperties" : "additionalProperties", false);
        }
        schema.path("properties").values().forEach(property -> close(property, true));
        schema.path("patternProperties").values().forEach(property -> close(property, true));
        schema.path("$defs").values().forEach(definition -> close(definition, true));
        schema.path("prefixItems").values().forEach(item -> close(item, true));
        for (String single : List.of("items", "additionalProperties", "unevaluatedProperties", "not", "contains")) {
            close(schema.get(single), true);
        }
        schema.path("anyOf").values().forEach(alternative -> close(alternative, true));
        schema.path("oneOf").values().forEach(alternative -> close(alternative, true));
        schema.path("allOf").values().forEach(part -> close(part, false));
    }

    private static boolean isObjectType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if ("object".equals(each.asString())) {
                    return true;
                }
            }
            return false;
        }
        return "object".equals(type.asString());
    }

    private static String abbreviated(String body) {
        if (body == null) {
            return "(none)";
        }
        return body.length() <= 2_000 ? body : body.substring(0, 2_000) + "… (" + body.length() + " characters)";
    }

    private static final class Committed {
        static final DescribedAnswers ANSWERS = new DescribedAnswers(committedDescription());
    }
}
