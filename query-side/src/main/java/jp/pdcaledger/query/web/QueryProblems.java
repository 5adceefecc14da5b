package jp.pdcaledger.query.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The read side's refusals as problem documents. */
@Order(0)
@RestControllerAdvice(basePackages = "jp.pdcaledger.query")
public class QueryProblems {

    @ExceptionHandler(ReadRefusal.class)
    ResponseEntity<ProblemDetail> refused(ReadRefusal refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), refusal.getMessage());
        problem.setType(refusal.type());
        problem.setTitle(refusal.title());
        if (refusal.field() != null) {
            problem.setProperty("field", refusal.field());
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(refusal.status());
        if (refusal.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header("Retry-After", "1");
        }
        return response.body(problem);
    }
}
