package jp.pdcaledger.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Bounds every request body before it is parsed (ARCHITECTURE.md, "Limits"): a declared Content-Length past the
 * route's limit is answered 413 without reading a byte, and a body without one (chunked) is cut off as it streams,
 * at the first byte past the limit, so no body is ever buffered whole beyond it. Registered without an order, so after
 * Spring Security's filter chain (-100): who may call the route is decided first, and 401/403 come before 413.
 * <p>
 * Commands: 320 KiB. The largest legitimate command (a target with its 目標設定の考え方, or a revised evaluation with
 * its reason: 22,000 characters at the limits, each outside the BMP and {@code \\u}-escaped as a surrogate pair, as
 * clients that write ASCII-only JSON send it) is about 258 KiB; a page's form of the same, percent-encoded, the same. The import: 5 MiB, the same as a workbook. Workbook uploads, and the import page's file (a document or a workbook): the
 * multipart request limit.
 * Form posts of the pages are parsed by Tomcat, bounded by {@code server.tomcat.max-http-form-post-size}.
 */
@Component
public class RequestBodyLimit extends OncePerRequestFilter {

    private static final Pattern UPLOAD = Pattern.compile("/(api/)?sheets/[^/]+/xlsx|/admin/sheets/import(/xlsx)?");

    private final long commandLimit;
    private final long importLimit;
    private final long uploadLimit;
    private final JsonMapper json;

    public RequestBodyLimit(@Value("${pdca.limits.command-body:320KB}") DataSize commandLimit,
                            @Value("${pdca.limits.import-body:5MB}") DataSize importLimit,
                            @Value("${spring.servlet.multipart.max-request-size:6MB}") DataSize uploadLimit,
                            JsonMapper json) {
        this.commandLimit = commandLimit.toBytes();
        this.importLimit = importLimit.toBytes();
        this.uploadLimit = uploadLimit.toBytes();
        this.json = json;
    }

    long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api/sheets/import")) {
            return importLimit;
        }
        if (UPLOAD.matcher(path).matches()) {
            return uploadLimit;
        }
        return commandLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(RequestBodyTooLarge.problem(limit)));
            return;
        }
        chain.doFilter(new LimitedBody(request, limit), response);
    }

    /** The request with its body readable up to {@code limit} bytes; the next byte throws {@link RequestBodyTooLarge}. */
    private static final class LimitedBody extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        Counting(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // never ask for more than one byte past the limit, so the overflow is seen without reading further
            int wanted = (int) Math.min(length, Math.max(1, limit - read + 1));
            int n = body.read(buffer, offset, wanted);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            read += n;
            if (read > limit) {
                throw new RequestBodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
