package jp.pdcaledger.app.web;

import jp.pdcaledger.kernel.ProblemTypes;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;

/**
 * Tomcat's answer to what it refuses before the application sees it (a path with an encoded slash or a NUL, a
 * malformed request line): a problem document like every other refusal, instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"" + (status < 500 ? ProblemTypes.INVALID_REQUEST : ProblemTypes.INTERNAL)
                        + "\",\"title\":\"" + (status < 500 ? "リクエストが正しくありません" : "内部エラー")
                        + "\",\"status\":" + status + ",\"detail\":\"" + (status < 500
                        ? "URL または要求の形式をサーバーが受け付けませんでした" : "予期しないエラーです") + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone or the response was taken over; nothing more can be said
        }
    }
}
