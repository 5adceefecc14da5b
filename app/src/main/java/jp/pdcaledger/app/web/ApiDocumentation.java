package jp.pdcaledger.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import jp.pdcaledger.kernel.ApiTags;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * The API description ({@code /v3/api-docs}) as a contract that clients generate code from: who may call what (HTTP
 * Basic for the demo users, a bearer JWT in production; see SecurityConfiguration and TokenAuthorities), each
 * operation's summary, tag and every status it answers ({@link ApiOperations}), the answers' schemas the signatures
 * leave open and the values that may be null ({@link AnswerSchemas}), the RFC 9457 problem document
 * every refusal is, and the headers a client needs (ETag, Location, Idempotent-Replayed, Retry-After). Springdoc
 * reads the controllers; this adds what their signatures cannot say, so the controllers stay free of annotations.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    static final String PROBLEM = "Problem";
    static final String XLSX = SheetWorkbook.CONTENT_TYPE;

    static {
        // an audit entry's changes are any JSON object, not Jackson's tree class: each event type changes fields of its
        // own, so its properties are open (said so, where every other object names all it has)
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new ObjectSchema().additionalProperties(true)
                .description("変更された項目と値 / The fields the event changed, with their values"));
    }

    /** The description's base: its info, servers, security schemes and the components every operation refers to. */
    @Bean
    public OpenAPI apiDescription(@Value("${pdca.api.contact.name:pdca-ledger}") String contactName,
                                  @Value("${pdca.api.contact.url:}") String contactUrl,
                                  @Value("${pdca.api.contact.email:}") String contactEmail,
                                  @Value("${pdca.api.licence.name:No licence granted: all rights reserved}") String licenceName,
                                  @Value("${pdca.api.licence.identifier:LicenseRef-All-Rights-Reserved}") String licenceId,
                                  @Value("${pdca.api.licence.url:}") String licenceUrl) {
        Contact contact = new Contact().name(contactName);
        if (!contactUrl.isBlank()) {
            contact.url(contactUrl);
        }
        if (!contactEmail.isBlank()) {
            contact.email(contactEmail);
        }
        // the project has chosen no licence yet: an SPDX reference of its own says so until one is set here
        License licence = new License().name(licenceName);
        if (licenceUrl.isBlank()) {
            licence.identifier(licenceId);
        } else {
            licence.url(licenceUrl);
        }
        return new OpenAPI()
                .info(new Info().title("pdca-ledger API").version("1")
                        .description("""
                                障害福祉計画・障害児福祉計画の目標等の管理シート（PDCA）を記録し、読み取る API。 \
                                The API of pdca-ledger: the PDCA sheets of the Disability Welfare Plans, kept as an \
                                event-sourced ledger. Every refusal is an RFC 9457 problem document \
                                (application/problem+json) whose `type` tells refusals apart; every write answers \
                                the sheet's version, also as its ETag, honours `If-Match` and `Idempotency-Key`. \
                                Open without signing in: this description (/v3/api-docs) and /actuator/health. \
                                What may change within /api and what never does: README, "API versioning".""")
                        .contact(contact).license(licence))
                // relative: the description is the same on every host and port that serves it
                .servers(List.of(new Server().url("/").description("このサービス / This service")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("デモユーザー（パスワード＝ユーザー名） / The demo users; off unless enabled"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("""
                                        団体の認証基盤が発行する JWT / A JWT from the municipality's identity \
                                        provider: roles (STAFF, COUNCIL, AUDITOR, DASHBOARD, ADMIN), municipality, \
                                        department, preferred_username"""))
                        .addHeaders("ETag", new Header().description("シートの版 / The sheet's version, quoted: \"16\"")
                                .schema(new StringSchema().example("\"16\"")))
                        .addHeaders("Location", new Header().description("新しいシートの URL / The new sheet's URL")
                                .schema(new StringSchema().example("/api/sheets/5965570d-4799-4d5a-b0ee-7ab31cf00c26")))
                        .addHeaders("Idempotent-Replayed", new Header().description(
                                        "同じ Idempotency-Key の再送への答え / true on the stored answer to a retry with the same Idempotency-Key")
                                .schema(new StringSchema()._enum(List.of("true"))))
                        .addHeaders("Retry-After", new Header().description("再送までの秒数 / Seconds to wait before retrying")
                                .schema(new IntegerSchema().example(1))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 の problem document / An RFC 9457 problem document, with the service's extensions")
                .addProperty("type", new StringSchema().format("uri")
                        .description("urn:pdca-ledger:problem:… (invalid-input, forbidden, sheet-not-found, step-not-allowed, version-conflict, sheet-already-registered, idempotency-key-reused, too-large, view-not-caught-up, …)")
                        .example("urn:pdca-ledger:problem:step-not-allowed"))
                .addProperty("title", new StringSchema().example("ワークフローの順序に合いません"))
                .addProperty("status", new IntegerSchema().example(409))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("field", new StringSchema().description("誤りのある項目 / The field at fault (400)")
                        .example("value"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(ref("FieldError")))
                        .description("すべての誤り / Every fault, the first is `field` (400)"))
                .addProperty("missingStep", new StringSchema()
                        .description("先に必要な手順 / The step the workflow needs first (409 step-not-allowed)")
                        .example("RecordAnnualActual"))
                .addProperty("expectedVersion", new IntegerSchema().format("int64")
                        .description("If-Match の版 / The version If-Match named (409 version-conflict)"))
                .addProperty("currentVersion", new IntegerSchema().format("int64")
                        .description("シートの現在の版 / The sheet's version now (409 version-conflict)"))
                .addProperty("existingSheet", new StringSchema()
                        .description("既に登録されたシート / The sheet already registered (409 sheet-already-registered)"))
                .addProperty("existingSheetUrl", new StringSchema().format("uri-reference"))
                .addProperty("limit", new IntegerSchema().format("int64")
                        .description("超えた上限 / The limit the request went past (413)"));
    }

    /** Tags, security, statuses and headers per operation (see {@link ApiOperations}; each endpoint's summary is beside it). */
    @Bean
    public OpenApiCustomizer apiContract() {
        return openApi -> {
            // here, not in the base: springdoc drops the base's schemas that no operation refers to yet
            openApi.getComponents().addSchemas(PROBLEM, problemSchema()).addSchemas("FieldError", new ObjectSchema()
                    .description("一つの誤り / One fault of a document or workbook")
                    .addProperty("field", new StringSchema().description("JSON path or cell, e.g. fiscalYears[0].actuals[1].value, C14"))
                    .addProperty("message", new StringSchema()));
            openApi.setTags(ApiTags.ALL.stream().map(tag -> new Tag().name(tag.name()).description(tag.description())).toList());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    refusals(operation, method.name(), path)));
            specificContent(openApi.getPaths());
            AnswerSchemas.sheet(openApi);
            AnswerSchemas.upload(openApi);
            asOfDates(openApi);
            estimates(openApi);
            grades(openApi);
            qualitative(openApi);
            workbookChanges(openApi);
            AnswerSchemas.nullable(openApi);
        };
    }

    /**
     * The optional {@code asOf} of an actual (issue 21), in the command bodies and in {@code pdca-sheet/v1}: a date,
     * absent or null meaning 31 March at the end of the fiscal year, so every earlier body and document means the same.
     */
    private static void asOfDates(OpenAPI openApi) {
        openApi.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getProperties() != null && schema.getProperties().get("asOf") instanceof Schema<?> asOf) {
                asOf.format("date").description("実績の時点（省略＝年度末の3月31日） / The date the value stands as of, "
                        + "yyyy-MM-dd; absent or null: 31 March at the end of the fiscal year. A date before the year "
                        + "begins or more than a year after it ends is refused (400, field asOf)");
            }
        });
    }

    /**
     * The optional {@code estimated} of an actual (issue 21), in the command body, the sheet's answer, the dashboard and
     * {@code pdca-sheet/v1}: absent or false meaning a final figure, so every earlier body and document means the same.
     */
    private static void estimates(OpenAPI openApi) {
        openApi.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getProperties() != null && schema.getProperties().get("estimated") instanceof Schema<?> estimated) {
                estimated.description("見込み・推計の実績（確定値はまだ） / An estimate (見込み, 推計) whose final figure is "
                        + "still to come; absent or false: a final figure. An estimate's final figure is sent to "
                        + "POST …/actuals/{targetKey}/confirmation; on the dashboard, an achievement resting on an "
                        + "estimate says so");
            }
        });
    }

    /**
     * An uploaded workbook's change (issue 18): the answers to the council's opinions and the targets' guideline
     * measures it carries are changes too, and a measure belongs to no fiscal year.
     */
    private static void workbookChanges(OpenAPI openApi) {
        if (openApi.getComponents().getSchemas().get("SheetChange") instanceof Schema<?> change
                && change.getProperties() != null) {
            if (change.getProperties().get("fiscalYear") instanceof Schema<?> year) {
                year.description("年度 / The fiscal year of the change; null for a target's guideline measure "
                        + "(ClassifyTarget, from the sheet 意見への対応と施策), which is of no year");
            }
            if (change.getProperties().get("cell") instanceof Schema<?> cell) {
                cell.description("セル / Where the change is: a cell of the page (D16), or of another sheet with its "
                        + "name (意見への対応と施策!D7 for an answer to an opinion, !C3 for a target's measure)");
            }
        }
    }

    /**
     * The optional grades of issue 21: a sheet's {@code gradeScale} and an evaluation's {@code grade}, in the command
     * bodies, the sheet's answer and {@code pdca-sheet/v1}; absent or null meaning none, so every earlier body and
     * document means the same.
     */
    private static void grades(OpenAPI openApi) {
        openApi.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getProperties() == null) {
                return;
            }
            if (schema.getProperties().get("gradeScale") instanceof Schema<?> scale) {
                scale.description("評価の区分（よいものから順に） / The sheet's grade scale, best grade first "
                        + "(A 目標以上 / B 目標どおり / C 改善の余地あり); absent, null or (in a document) empty: none defined. Defined once with "
                        + "POST /api/sheets/{id}/grade-scale");
            }
            if (schema.getProperties().get("grade") instanceof Schema<?> grade) {
                grade.description("評価の区分 / The evaluation's grade, a code of the sheet's gradeScale; absent or "
                        + "null: none. A code not on the scale is refused (400, field grade), a grade on a sheet "
                        + "without a scale too (409, missingStep DefineGradeScale)");
            }
            if (schema.getProperties().get("grades") instanceof Schema<?> grades && grades.getItems() != null
                    && grades.getItems().get$ref() != null) {
                grades.description("評価の区分、よいものから順に / The grades, best first: each a code (up to "
                        + jp.pdcaledger.kernel.sheet.Grade.CODE_LENGTH + " characters, unique) and its label (optional)");
            }
        });
    }

    /**
     * Targets stated in words (issue 21): a QUALITATIVE target's {@code goalText}, and its actuals' {@code status} and
     * {@code achievedOn} in place of a value; absent or null for every other target.
     */
    private static void qualitative(OpenAPI openApi) {
        openApi.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getProperties() == null) {
                return;
            }
            if (schema.getProperties().get("goalText") instanceof Schema<?> goal) {
                goal.description("言葉で定めた目標 / A QUALITATIVE target's goal in words (「協議の場を設置する」), required "
                        + "for that kind, which takes no targetValue, unit, baseline or direction; null for every other kind");
            }
            if (schema.getProperties().get("status") instanceof Schema<?> status
                    && schema.getProperties().containsKey("achievedOn")) {
                status.description("状況 / A QUALITATIVE target's status in a fiscal year (NOT_STARTED 未着手, "
                        + "IN_PROGRESS 取組中, ACHIEVED 達成), in place of a value (which is then null); required for "
                        + "that kind, refused (400, field status) on every other target");
                ((Schema<?>) schema.getProperties().get("achievedOn")).format("date").description("達成日 / The date a QUALITATIVE "
                        + "target was achieved, yyyy-MM-dd; only with status ACHIEVED (else 400, field achievedOn)");
            }
        });
    }

    private static void refusals(Operation operation, String method, String path) {
        ApiResponses responses = operation.getResponses();
        ApiOperations.refusals(method, path, operation.getOperationId())
                .forEach(status -> responses.addApiResponse(String.valueOf(status), refusal(status)));
        if (method.equals("POST") && path.startsWith("/api/sheets")) {
            written(responses);
        }
    }

    /** A write's success: 200 (201 with Location for a new sheet) with the version as ETag, marked when replayed. */
    private static void written(ApiResponses responses) {
        ApiResponse ok = responses.get("200");
        ok.addHeaderObject("ETag", headerRef("ETag"));
        ok.addHeaderObject("Idempotent-Replayed", headerRef("Idempotent-Replayed"));
    }

    private static void created(ApiResponses responses) {
        ApiResponse created = responses.remove("200").description("シートを登録しました / Created");
        created.addHeaderObject("Location", headerRef("Location"));
        responses.addApiResponse("201", created);
    }

    /** What the controllers' signatures leave open: a generic answer, a second body type, a download. */
    private static void specificContent(Paths paths) {
        created(paths.get("/api/sheets").getPost().getResponses());
        created(paths.get("/api/sheets/{id}/next-period").getPost().getResponses());
        Operation imported = paths.get("/api/sheets/import").getPost();
        created(imported.getResponses());
        workbookBody(imported.getRequestBody());

        Operation sheet = paths.get("/api/sheets/{id}").getGet();
        sheet.getResponses().get("200").addHeaderObject("ETag", headerRef("ETag"));
        paths.get("/api/sheets/{id}/export").getGet().getResponses().get("200").addHeaderObject("ETag", headerRef("ETag"));

        Operation download = paths.get("/api/sheets/{id}/xlsx").getGet();
        download.getResponses().get("200").content(xlsx()).addHeaderObject("ETag", headerRef("ETag"));
        paths.get("/api/dashboard/xlsx").getGet().getResponses().get("200").content(xlsx());

        Operation upload = paths.get("/api/sheets/{id}/xlsx").getPost();
        workbookBody(upload.getRequestBody());
        upload.getResponses().get("200").description("反映した、または dryRun の変更一覧 / Written, or the changes a dry run found");

        Operation rebuild = paths.get("/api/admin/projections/{name}/rebuild").getPost();
        ApiResponse accepted = rebuild.getResponses().remove("200").description("作り直しを始めました / Rebuild started");
        accepted.addHeaderObject("Location", new Header().description("投影の進み具合 / The projection's progress")
                .schema(new StringSchema()));
        rebuild.getResponses().addApiResponse("202", accepted);

        Operation verify = paths.get("/api/audit/verify").getGet();
        verify.getResponses().addApiResponse("409", new ApiResponse()
                .description("チェーンが切れています / The chain no longer holds: the first event that does not match")
                .content(verify.getResponses().get("200").getContent()));
    }

    private static void workbookBody(RequestBody body) {
        body.getContent().addMediaType(XLSX, new MediaType().schema(new BinarySchema()));
    }

    private static Content xlsx() {
        return new Content().addMediaType(XLSX, new MediaType().schema(new BinarySchema()));
    }

    private static ApiResponse refusal(int status) {
        if (status == 503) {
            return new ApiResponse().description("一時的に応えられません / Not now: retry after Retry-After seconds")
                    .addHeaderObject("Retry-After", headerRef("Retry-After")).content(problem());
        }
        String description = switch (status) {
            case 400 -> "入力が正しくありません / Invalid input: `field` names it, `errors` lists every fault";
            case 401 -> "認証が必要です / Not signed in";
            case 403 -> "権限がありません / The role may not do this";
            case 404 -> "シートが見つかりません / No such sheet (or one out of the caller's scope, answered alike)";
            case 409 -> "ワークフロー・版・登録の衝突 / step-not-allowed (missingStep), version-conflict (expectedVersion, currentVersion) or sheet-already-registered (existingSheet)";
            case 413 -> "大きすぎます / The body (or a number, text or workbook in it) is past its limit";
            case 415 -> "この Content-Type は受け付けません / Unsupported Content-Type";
            case 422 -> "Idempotency-Key が別のリクエストで使われています / The Idempotency-Key was used for another request";
            default -> throw new IllegalArgumentException("no documented refusal " + status);
        };
        return new ApiResponse().description(description).content(problem());
    }

    private static Content problem() {
        return new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref(ref(PROBLEM))));
    }

    private static Header headerRef(String name) {
        return new Header().$ref("#/components/headers/" + name);
    }

    private static String ref(String schema) {
        return "#/components/schemas/" + schema;
    }
}
