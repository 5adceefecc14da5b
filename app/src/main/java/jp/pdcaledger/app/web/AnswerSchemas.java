package jp.pdcaledger.app.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import jp.pdcaledger.command.workbook.WorkbookUpload;
import jp.pdcaledger.query.web.SheetAnswer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answers' schemas that springdoc cannot read from the controllers' signatures: the sheet as clients read it
 * ({@link SheetAnswer}, which the controller answers as a {@code ResponseEntity<?>}, now, as of an instant or after a
 * wait for a version), a workbook upload's answer (written, or a dry run's changes), and which values an answer may
 * give as null. The tests hold every answer they receive to the description (support/DescribedAnswers), so a schema
 * here that says less than the service sends fails a test.
 */
final class AnswerSchemas {

    static final String SHEET = "SheetAnswer";
    static final String PREVIEW = "Preview";

    /**
     * The properties an answer may give as null, by schema: values the domain leaves optional (a target without a
     * baseline or without a number, an actual or a text not given yet, a step without a reason, what a correction,
     * revision or answer replaced where there was nothing before), what is not known yet (a projection never rebuilt,
     * a chain never fully verified) and what a broken chain's check does not reach. Jackson writes them as
     * {@code null}, not absent. Every other property is always given.
     */
    static final Map<String, Set<String>> MAY_BE_NULL = mayBeNull();

    private AnswerSchemas() {
    }

    private static Map<String, Set<String>> mayBeNull() {
        Map<String, Set<String>> nullable = new LinkedHashMap<>();
        // the sheet as it is read: steps not taken yet, values a target without a number has none of, a step without
        // a reason, what a correction, revision or answer replaced where there was nothing before
        nullable.put("SheetAnswerTarget", Set.of("baseline", "targetValue", "deadlineFiscalYear", "direction", "note",
                "rationale", "goalText", "unit"));
        nullable.put("TargetRevision", Set.of("previousTargetValue", "previousDeadlineFiscalYear", "previousRationale"));
        nullable.put("FiscalYearReview", Set.of("evaluation", "improvement", "noCouncilOpinionRecorded", "grade"));
        // a sheet without a grade scale, a grade without a label, an evaluation not graded before (issue 21)
        nullable.put("SheetAnswer", Set.of("gradeScale"));
        nullable.put("Grade", Set.of("label"));
        nullable.put("TextRevision", Set.of("previousGrade"));
        // an actual as of the year's own 31 March has no date of its own (issue 21), nor had the value it replaced
        // an estimate not confirmed yet (issue 21); a first publication has no erratum (issue 16)
        nullable.put("SheetAnswerActual", Set.of("value", "note", "asOf", "confirmed", "status", "achievedOn"));
        nullable.put("Confirmation", Set.of("estimatedNote", "estimatedAsOf"));
        nullable.put("SheetAnswerPublication", Set.of("erratum"));
        nullable.put("Correction", Set.of("previousValue", "previousNote", "previousAsOf", "previousStatus",
                "previousAchievedOn"));
        nullable.put("OpinionAnswer", Set.of("previousResponse", "previousText"));
        nullable.put("Change", Set.of("reason"));
        // the carry-over into the next period (issue 18): a target without a number, or with no actual reported
        nullable.put("CarryOver", Set.of("unit", "direction", "targetValue", "deadlineFiscalYear", "lastActual", "met",
                "unmet"));
        // a workbook's dry run: a change of a text has no target, value or note, one of an actual no text
        nullable.put("SheetChange", Set.of("fiscalYear", "key", "value", "note", "text"));
        // the dashboard: a target with no actual yet, or no number to reach
        nullable.put("Achievement", Set.of("latestFiscalYear", "latestActual", "ratio", "percent", "achievedInFiscalYear"));
        nullable.put("YearActual", Set.of("reported", "measured"));
        // a target stated in words (QUALITATIVE, issue 21) has no unit
        nullable.put("TargetInForce", Set.of("baseline", "targetValue", "deadlineFiscalYear", "direction", "unit"));
        // the roll-up (issue 18): the nation's total has no code; without the guideline's percentage (or without a
        // baseline to read it against) no percent; a prefecture's roll-up counts no prefectures
        nullable.put("Rollup", Set.of("guidelinePercentage", "basis", "prefecture",
                "prefecturesWhoseTargetsMeetGuideline", "prefecturesWhoseActualsMeetGuideline"));
        nullable.put("RollupFigures", Set.of("code", "targetPercent", "actualPercent", "targetMeetsGuideline",
                "actualMeetsGuideline"));
        // what is due: only an answer names the opinion it is owed to
        nullable.put("DueItem", Set.of("opinion", "target"));
        // the audit log: an event of no aggregate or of no fiscal year, one stored outside a request, no reason given
        nullable.put("AuditEntry", Set.of("sequenceNumber", "fiscalYear", "requestId", "reason"));
        // the chain check: what a run has not reached, and of a broken link what could not be read
        nullable.put("Verification", Set.of("headDigest", "headGlobalIndex", "notYetChained", "firstMismatch", "mode",
                "readEvents", "lastFullVerification", "globalIndexGaps", "gapGlobalIndexes", "counting"));
        nullable.put("FirstMismatch", Set.of("sheetId", "sequenceNumber", "type"));
        // the projections: a processor with no token yet, no rebuild run yet, a parked event of no aggregate or cause
        nullable.put("ProjectionProgress", Set.of("position", "percent", "rebuildStartedAt", "rebuildFinishedAt",
                "rebuildTotalEvents", "rebuildReplayedEvents", "eventsPerSecond"));
        nullable.put("Letter", Set.of("sheetId", "sequenceNumber", "causeType", "cause"));
        // the pdca-sheet/v1 document, and the parts the answers share with it: what the sheet does not say
        nullable.put("OutcomeTarget", Set.of("number"));
        nullable.put("Target", Set.of("baseline", "targetValue", "deadlineFiscalYear", "direction", "note", "rationale",
                "unit"));
        nullable.put("Baseline", Set.of("fiscalYear"));
        nullable.put("Actual", Set.of("value", "note"));
        nullable.put("ActivityActual", Set.of("value", "note"));
        nullable.put("FiscalYear", Set.of("evaluation", "improvement"));
        return Map.copyOf(nullable);
    }

    /** The sheet's view as {@code GET /api/sheets/{id}} answers it, its parts beside the other schemas. */
    static void sheet(OpenAPI openApi) {
        Map<String, String> renamed = add(openApi.getComponents(), SheetAnswer.class);
        openApi.getPaths().get("/api/sheets/{id}").getGet().getResponses().get("200").getContent()
                .get("application/json").schema(new Schema<>().$ref(ref(renamed.getOrDefault(SHEET, SHEET))));
    }

    /** A workbook upload answers what it wrote, or with {@code dryRun=true} the changes it would make. */
    static void upload(OpenAPI openApi) {
        Map<String, String> renamed = add(openApi.getComponents(), WorkbookUpload.Preview.class);
        openApi.getPaths().get("/api/sheets/{id}/xlsx").getPost().getResponses().get("200").getContent()
                .get("application/json").schema(new Schema<>().anyOf(List.of(new Schema<>().$ref(ref("WriteResult")),
                        new Schema<>().$ref(ref(renamed.getOrDefault(PREVIEW, PREVIEW))))));
    }

    /** Each property of {@link #MAY_BE_NULL} as its type or null; a name that is no property fails the start. */
    static void nullable(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        MAY_BE_NULL.forEach((name, properties) -> {
            Schema<?> schema = schemas.get(name);
            if (schema == null) {
                throw new IllegalStateException("AnswerSchemas.MAY_BE_NULL names " + name + ", which is no schema");
            }
            for (String property : properties) {
                Schema<?> value = schema.getProperties() == null ? null : schema.getProperties().get(property);
                if (value == null) {
                    throw new IllegalStateException("AnswerSchemas.MAY_BE_NULL names " + name + "." + property
                            + ", which is no property");
                }
                schema.getProperties().put(property, orNull(value));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Schema<?> orNull(Schema<?> value) {
        if (value.get$ref() != null || (value.getTypes() == null && value.getType() == null)) {
            // a reference takes no other type beside it: either the referenced schema, or null
            return new Schema<>().oneOf(List.of(value, new Schema<>().types(Set.of("null"))));
        }
        Set<String> types = new LinkedHashSet<>(value.getTypes() != null ? value.getTypes() : Set.of(value.getType()));
        types.add("null");
        value.setTypes(types);
        if (value.getEnum() != null && !value.getEnum().contains(null)) {
            // an enumeration names every value it allows, null too
            List<Object> values = new ArrayList<>(value.getEnum());
            values.add(null);
            ((Schema<Object>) value).setEnum(values);
        }
        return value;
    }

    /**
     * The type's schemas added to the components: a part already there under its name is shared, a different one of
     * the same name (another {@code Target}) is added as the type's name followed by its own, its references changed
     * to match. Answers which names were changed.
     */
    private static Map<String, String> add(Components components, Class<?> type) {
        Map<String, Schema> resolved = ModelConverters.getInstance(true).readAll(new AnnotatedType(type));
        String owner = type.getSimpleName();
        Map<String, String> renamed = new LinkedHashMap<>();
        // to a fixed point: a part that refers to a renamed one is not the part of the same name either
        for (boolean more = true; more; ) {
            more = false;
            for (Map.Entry<String, Schema> part : resolved.entrySet()) {
                Schema<?> existing = components.getSchemas().get(part.getKey());
                if (existing != null && !renamed.containsKey(part.getKey())
                        && (!existing.equals(part.getValue()) || refersTo(part.getValue(), renamed.keySet()))) {
                    renamed.put(part.getKey(), owner + part.getKey());
                    more = true;
                }
            }
        }
        resolved.forEach((name, schema) -> {
            retarget(schema, renamed);
            String as = renamed.getOrDefault(name, name);
            if (!components.getSchemas().containsKey(as)) {
                components.addSchemas(as, schema);
            }
        });
        return renamed;
    }

    private static boolean refersTo(Schema<?> schema, Set<String> names) {
        if (schema == null) {
            return false;
        }
        if (schema.get$ref() != null && names.contains(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1))) {
            return true;
        }
        return (schema.getProperties() != null
                && schema.getProperties().values().stream().anyMatch(property -> refersTo(property, names)))
                || refersTo(schema.getItems(), names)
                || (schema.getAdditionalProperties() instanceof Schema<?> additional && refersTo(additional, names));
    }

    private static void retarget(Schema<?> schema, Map<String, String> renamed) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (renamed.containsKey(name)) {
                schema.set$ref(ref(renamed.get(name)));
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> retarget(property, renamed));
        }
        retarget(schema.getItems(), renamed);
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            retarget(additional, renamed);
        }
    }

    private static String ref(String schema) {
        return "#/components/schemas/" + schema;
    }
}
