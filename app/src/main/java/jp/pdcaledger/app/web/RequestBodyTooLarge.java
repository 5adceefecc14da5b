package jp.pdcaledger.app.web;

import jp.pdcaledger.kernel.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;


/**
 * A request body past its route's limit (413). Unchecked, so that it passes through Jackson's parser unwrapped
 * when the body is cut off as it streams, and Spring MVC answers it as the problem document it carries.
 */
public class RequestBodyTooLarge extends ErrorResponseException {

    public RequestBodyTooLarge(long limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, problem(limit), null);
    }

    static ProblemDetail problem(long limit) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "リクエスト本文が大きすぎます（上限 " + limit + " バイト）。何も保存されていません");
        problem.setType(ProblemTypes.TOO_LARGE);
        problem.setTitle("リクエストが大きすぎます");
        problem.setProperty("limit", limit);
        return problem;
    }
}
