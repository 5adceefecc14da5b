package jp.pdcaledger.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.pdcaledger.command.web.WriteEnvelope;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;

/**
 * Gives every request an id of the server's own, logs with it, answers it in {@code X-Request-Id}, and lets the
 * command side stamp it on the events the request causes. A client's own {@code X-Request-Id} is never taken for
 * the server's (it would go into the hash-chained metadata as if the server had issued it): it is kept apart, as
 * {@code clientRequestId}, sanitised and bounded, for the client to find its request by.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    /** The client's id, as kept: at most this many characters. */
    static final int CLIENT_ID_LENGTH = 100;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = UUID.randomUUID().toString();
        String clientRequestId = sanitised(request.getHeader(HEADER));
        MDC.put(WriteEnvelope.REQUEST_ID_MDC_KEY, requestId);
        if (clientRequestId != null) {
            MDC.put(WriteEnvelope.CLIENT_REQUEST_ID_MDC_KEY, clientRequestId);
        }
        response.setHeader(HEADER, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(WriteEnvelope.REQUEST_ID_MDC_KEY);
            MDC.remove(WriteEnvelope.CLIENT_REQUEST_ID_MDC_KEY);
        }
    }

    /**
     * The client's id as it may be stored and logged: letters, digits and {@code ._:-} kept, anything else (a line
     * break, a quote, markup) replaced by {@code _}, cut at {@value #CLIENT_ID_LENGTH} characters; null when absent.
     */
    static String sanitised(String offered) {
        if (offered == null || offered.isBlank()) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        offered.strip().codePoints().limit(CLIENT_ID_LENGTH).forEach(c -> kept.append(
                (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == ':' || c == '-')) ? (char) c : '_'));
        return kept.toString();
    }
}
