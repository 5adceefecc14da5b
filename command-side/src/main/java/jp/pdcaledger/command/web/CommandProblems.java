package jp.pdcaledger.command.web;

import jp.pdcaledger.command.sheet.InvalidCommandException;
import jp.pdcaledger.command.sheet.SheetAlreadyRegisteredException;
import jp.pdcaledger.command.sheet.StepNotAllowedException;
import jp.pdcaledger.command.writes.Refusal;
import jp.pdcaledger.command.writes.Refusals;
import jp.pdcaledger.command.writes.WriteRefused;
import jp.pdcaledger.kernel.InvalidValueException;
import jp.pdcaledger.kernel.ProblemTypes;
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

    /** A refusal of the write path, answered as the API answers each kind. */
    @ExceptionHandler(WriteRefused.class)
    ProblemDetail refused(WriteRefused refused) {
        return problem(refused.refusal());
    }

    /** A refusal thrown before a write began (a path segment, a header, a workbook that cannot be read), or by another handler. */
    @ExceptionHandler({InvalidCommandException.class, InvalidValueException.class, InvalidWorkbookException.class,
            StepNotAllowedException.class, SheetAlreadyRegisteredException.class, AggregateNotFoundException.class,
            ConcurrencyException.class, ConflictingAggregateVersionException.class})
    ProblemDetail refusedEarly(RuntimeException thrown) {
        Refusal refusal = Refusals.of(thrown).orElseThrow(() -> thrown);
        log.info("Refused ({}): {}", refusal.getClass().getSimpleName(), refusal.message());
        return problem(refusal);
    }

    /** The problem document of a refusal: the one mapping from the write side's refusals to HTTP. */
    public static ProblemDetail problem(Refusal refusal) {
        return refusal.accept(PROBLEMS);
    }

    private static final Refusal.Visitor<ProblemDetail> PROBLEMS = new Refusal.Visitor<>() {

        @Override
        public ProblemDetail invalid(Refusal.Invalid refusal) {
            return invalidField(refusal.field(), refusal.message());
        }

        @Override
        public ProblemDetail invalidDocument(Refusal.InvalidDocument refusal) {
            ProblemDetail problem = invalidWhole("取り込めない文書です", refusal.message(), refusal.errors().stream()
                    .map(error -> fieldError(error.field(), error.message())).toList());
            if (refusal.errors().get(0).missingStep() != null) {
                problem.setProperty("missingStep", refusal.errors().get(0).missingStep());
            }
            return problem;
        }

        /** Every fault of a workbook by its cell: {@code "C14: 数値ではありません"}. */
        @Override
        public ProblemDetail invalidWorkbook(Refusal.InvalidWorkbook refusal) {
            return invalidWhole("読み込めないブックです", refusal.message(), refusal.errors().stream()
                    .map(error -> fieldError(error.cell(), error.toString())).toList());
        }

        @Override
        public ProblemDetail notFound(Refusal.NotFound refusal) {
            return sheetNotFound(refusal.sheetId());
        }

        /** Another municipality's or department's sheet: the same answer as no sheet at all, naming no owner. */
        @Override
        public ProblemDetail forbidden(Refusal.Forbidden refusal) {
            return sheetNotFound(refusal.sheetId());
        }

        @Override
        public ProblemDetail stepNotAllowed(Refusal.StepNotAllowed refusal) {
            ProblemDetail problem = problem(HttpStatus.CONFLICT, ProblemTypes.STEP_NOT_ALLOWED,
                    "ワークフローの順序に合いません", refusal.message());
            if (refusal.missingStep() != null) {
                problem.setProperty("missingStep", refusal.missingStep());
            }
            return problem;
        }

        @Override
        public ProblemDetail alreadyRegistered(Refusal.AlreadyRegistered refusal) {
            ProblemDetail problem = problem(HttpStatus.CONFLICT, ProblemTypes.SHEET_ALREADY_REGISTERED,
                    "シートは既に登録されています", refusal.message());
            problem.setProperty("existingSheet", refusal.existingSheet().value());
            problem.setProperty("existingSheetUrl", "/api/sheets/" + refusal.existingSheet().value());
            return problem;
        }

        /** A stale If-Match, or another node's write that took the same sequence number first. */
        @Override
        public ProblemDetail conflict(Refusal.Conflict refusal) {
            ProblemDetail problem = problem(HttpStatus.CONFLICT, ProblemTypes.VERSION_CONFLICT, "版が競合しました",
                    refusal.message());
            if (refusal.currentVersion() != null) {
                problem.setProperty("expectedVersion", refusal.expectedVersion());
                problem.setProperty("currentVersion", refusal.currentVersion());
            }
            return problem;
        }

        @Override
        public ProblemDetail keyReused(Refusal.KeyReused refusal) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key が別のリクエストで使われています", refusal.message());
        }
    };

    /** A document or workbook refused whole: {@code field} is the first fault's, {@code errors} lists them all. */
    private static ProblemDetail invalidWhole(String title, String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_INPUT, title, detail);
        problem.setProperty("field", errors.get(0).get("field"));
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail invalidField(String field, String message) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_INPUT, "入力が正しくありません",
                field == null ? message : field + ": " + message);
        if (field != null) {
            problem.setProperty("field", field);
        }
        problem.setProperty("errors", List.of(fieldError(field, message)));
        return problem;
    }

    private static Map<String, String> fieldError(String field, String message) {
        return field == null ? Map.of("message", message) : Map.of("field", field, "message", message);
    }

    /** The one answer for a sheet that does not exist, or that the actor may not know of: 404, naming no owner. */
    public static ProblemDetail sheetNotFound(String sheetId) {
        return problem(HttpStatus.NOT_FOUND, ProblemTypes.SHEET_NOT_FOUND, "シートが見つかりません",
                "シート " + sheetId + " はありません");
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
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
