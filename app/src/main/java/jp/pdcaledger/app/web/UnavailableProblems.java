package jp.pdcaledger.app.web;

import jp.pdcaledger.kernel.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * What no side's own handler answers: the database out of reach is 503 with Retry-After (nothing was stored, the
 * client may retry, with its Idempotency-Key), anything else a 500 problem document whose detail says nothing of
 * the internals; both logged. Ordered last, so every more specific handler goes first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class UnavailableProblems {

    private static final Logger log = LoggerFactory.getLogger(UnavailableProblems.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse || e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e; // Spring MVC and Spring Security answer these themselves
        }
        if (databaseUnreachable(e)) {
            log.warn("Refused with 503, the database is out of reach: {}", rootMessage(e));
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "データベースに接続できないため処理できませんでした。何も保存されていません。しばらくしてから再送してください");
            problem.setType(ProblemTypes.DATABASE_UNAVAILABLE);
            problem.setTitle("一時的に利用できません");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "2").body(problem);
        }
        log.error("Unexpected failure", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "予期しないエラーです。リクエストIDを添えて管理者に連絡してください");
        problem.setType(ProblemTypes.INTERNAL);
        problem.setTitle("内部エラー");
        return ResponseEntity.internalServerError().body(problem);
    }

    static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
