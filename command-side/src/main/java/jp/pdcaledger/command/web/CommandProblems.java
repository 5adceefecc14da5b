package jp.pdcaledger.command.web;

import jp.pdcaledger.command.idempotency.IdempotencyKeyReusedException;
import jp.pdcaledger.command.importing.InvalidDocumentException;
import jp.pdcaledger.command.sheet.InvalidCommandException;
import jp.pdcaledger.command.sheet.SheetAlreadyRegisteredException;
import jp.pdcaledger.command.sheet.StepNotAllowedException;
import jp.pdcaledger.kernel.InvalidValueException;
import jp.pdcaledger.workbook.InvalidWorkbookException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Every refusal of a write as an RFC 9457 problem document: 400 naming the field, 404 for an unknown sheet (or one
 * out of the actor's scope, answered alike), 409
 * naming the missing step (or the existing sheet, or the version conflict), 422 for a reused Idempotency-Key.
 */
@Order(0)
@RestControllerAdvice
public class CommandProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(CommandProblems.class);

    private final tools.jackson.databind.json.JsonMapper json;

    public CommandProblems(tools.jackson.databind.json.JsonMapper json) {
        this.json = json;
    }

    public static final URI INVALID_INPUT = URI.create("urn:pdca-ledger:problem:invalid-input");
    public static final URI STEP_NOT_ALLOWED = URI.create("urn:pdca-ledger:problem:step-not-allowed");
    public static final URI SHEET_NOT_FOUND = URI.create("urn:pdca-ledger:problem:sheet-not-found");
    public static final URI SHEET_ALREADY_REGISTERED = URI.create("urn:pdca-ledger:problem:sheet-already-registered");
    public static final URI VERSION_CONFLICT = URI.create("urn:pdca-ledger:problem:version-conflict");
    public static final URI IDEMPOTENCY_KEY_REUSED = URI.create("urn:pdca-ledger:problem:idempotency-key-reused");

    @ExceptionHandler(InvalidCommandException.class)
    ProblemDetail invalidCommand(InvalidCommandException e) {
        log.info("Refused as invalid ({}): {}", e.field(), e.getMessage());
        return invalidField(e.field(), e.getMessage());
    }

    @ExceptionHandler(InvalidDocumentException.class)
    public ProblemDetail invalidDocument(InvalidDocumentException e) {
        ProblemDetail problem = invalidWhole("取り込めない文書です", e.getMessage(), e.errors().stream()
                .map(error -> fieldError(error.field(), error.message())).toList());
        if (e.errors().get(0).missingStep() != null) {
            problem.setProperty("missingStep", e.errors().get(0).missingStep());
        }
        return problem;
    }

    /** Every fault of a workbook by its cell: {@code "C14: 数値ではありません"}. */
    @ExceptionHandler(InvalidWorkbookException.class)
    public ProblemDetail invalidWorkbook(InvalidWorkbookException e) {
        log.info("Refused a workbook: {}", e.getMessage());
        return invalidWhole("読み込めないブックです", e.getMessage(), e.errors().stream()
                .map(error -> fieldError(error.cell(), error.toString())).toList());
    }

    /** A document or workbook refused whole: {@code field} is the first fault's, {@code errors} lists them all. */
    private static ProblemDetail invalidWhole(String title, String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(INVALID_INPUT);
        problem.setTitle(title);
        problem.setProperty("field", errors.get(0).get("field"));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e) {
        return invalidField(null, e.getMessage());
    }

    public static ProblemDetail invalidField(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                field == null ? message : field + ": " + message);
        problem.setType(INVALID_INPUT);
        problem.setTitle("入力が正しくありません");
        if (field != null) {
            problem.setProperty("field", field);
        }
        problem.setProperty("errors", List.of(fieldError(field, message)));
        return problem;
    }

    private static Map<String, String> fieldError(String field, String message) {
        return field == null ? Map.of("message", message) : Map.of("field", field, "message", message);
    }

    @ExceptionHandler(StepNotAllowedException.class)
    ProblemDetail stepNotAllowed(StepNotAllowedException e) {
        log.info("Refused out of order (missing step {}): {}", e.missingStep(), e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(STEP_NOT_ALLOWED);
        problem.setTitle("ワークフローの順序に合いません");
        if (e.missingStep() != null) {
            problem.setProperty("missingStep", e.missingStep());
        }
        return problem;
    }

    @ExceptionHandler(SheetAlreadyRegisteredException.class)
    public ProblemDetail alreadyRegistered(SheetAlreadyRegisteredException e) {
        log.info("Refused a second registration: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(SHEET_ALREADY_REGISTERED);
        problem.setTitle("シートは既に登録されています");
        problem.setProperty("existingSheet", e.existingSheet().value());
        problem.setProperty("existingSheetUrl", "/api/sheets/" + e.existingSheet().value());
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail sheetNotFound(AggregateNotFoundException e) {
        log.info("Refused a write to unknown sheet {}", e.getAggregateIdentifier());
        return sheetNotFound(String.valueOf(e.getAggregateIdentifier()));
    }

    /** The one answer for a sheet that does not exist, or that the actor may not know of: 404, naming no owner. */
    public static ProblemDetail sheetNotFound(String sheetId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "シート " + sheetId + " はありません");
        problem.setType(SHEET_NOT_FOUND);
        problem.setTitle("シートが見つかりません");
        return problem;
    }

    /** Another municipality's or department's sheet: the same answer as no sheet at all, naming no owner. */
    @ExceptionHandler(SheetOutOfScopeException.class)
    ProblemDetail sheetOutOfScope(SheetOutOfScopeException e) {
        log.info("Refused a write to sheet {} out of the actor's scope", e.sheetId());
        return sheetNotFound(e.sheetId());
    }

    /** A stale If-Match, or another node's write that took the same sequence number first. */
    @ExceptionHandler({ConcurrencyException.class, ConflictingAggregateVersionException.class})
    ProblemDetail versionConflict(RuntimeException e) {
        log.info("Write refused on a version conflict: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "シートは読み込まれた後に更新されています。最新の版を読み直してから送ってください");
        problem.setType(VERSION_CONFLICT);
        problem.setTitle("版が競合しました");
        if (e instanceof ConflictingAggregateVersionException stale) {
            problem.setProperty("expectedVersion", stale.getExpectedVersion());
            problem.setProperty("currentVersion", stale.getActualVersion());
        }
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(IDEMPOTENCY_KEY_REUSED);
        problem.setTitle("Idempotency-Key が別のリクエストで使われています");
        return problem;
    }

    /** A body that is not JSON, or whose field has the wrong type or an impossible value: name the field. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        // a body cut off at its size limit while the parser was inside a value: the limit's answer, not a bad field
        for (Throwable refusal = ex; refusal != null; refusal = refusal.getCause()) {
            if (refusal instanceof org.springframework.web.ErrorResponse limit
                    && limit.getStatusCode().value() == HttpStatus.CONTENT_TOO_LARGE.value()) {
                // with its length, not chunked: the client is still sending, and a connection closed after the
                // rest is discarded must not cut the answer short
                byte[] body = json.writeValueAsBytes(limit.getBody());
                return ResponseEntity.status(limit.getStatusCode()).headers(limit.getHeaders())
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON).contentLength(body.length).body(body);
            }
        }
        ProblemDetail problem = ex.getCause() instanceof JacksonException parsing ? unreadableJson(parsing)
                : invalidField(null, "リクエスト本文がありません、または読めません");
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A JSON document that is not JSON, or whose field has the wrong type or an impossible value: the field by its
     * path. The API's answer to such a body, and the import page's to such a file.
     */
    public static ProblemDetail unreadableJson(JacksonException parsing) {
        if (parsing instanceof DatabindException binding && !binding.getPath().isEmpty()) {
            Throwable cause = binding;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return invalidField(JsonPaths.of(binding.getPath()), reasonOf(binding, cause));
        }
        return invalidField(null, "JSON として読めません: " + parsing.getOriginalMessage());
    }

    private static String expectedShape(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "数値ではありません";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true か false で指定してください";
        }
        if (type == String.class) {
            return "文字列で指定してください";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "配列で指定してください";
        }
        if (type.isEnum()) {
            return "次のどれかで指定してください: " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "形式が正しくありません";
    }

    private static String reasonOf(DatabindException binding, Throwable cause) {
        if (cause instanceof InvalidValueException invalid) {
            return invalid.getMessage();
        }
        if (binding instanceof tools.jackson.databind.exc.UnrecognizedPropertyException) {
            return "知らない項目です（綴りを確かめてください）";
        }
        if (binding instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expectedShape(mismatch.getTargetType());
        }
        return "値が正しくありません";
    }
}
