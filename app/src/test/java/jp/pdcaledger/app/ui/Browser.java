package jp.pdcaledger.app.ui;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person at the pages: a cookie jar, the sign-in form with its CSRF token, and pages as HTML. */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public Browser(int port) {
        this.port = port;
    }

    public Browser signIn(String user) {
        Page login = open("/login");
        Matcher csrf = CSRF.matcher(login.html());
        if (!csrf.find()) {
            throw new AssertionError("no CSRF token on the sign-in page");
        }
        String form = "username=" + user + "&password=" + user + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        return this;
    }

    /** Submits the form {@code formId} of {@code page} (its action and CSRF token) with these fields. */
    Page submit(Page page, String formId, java.util.Map<String, String> fields) {
        Matcher form = Pattern.compile("<form[^>]*id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>",
                Pattern.DOTALL).matcher(page.html());
        if (!form.find()) {
            form = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*id=\"" + formId + "\"[^>]*>(.*?)</form>",
                    Pattern.DOTALL).matcher(page.html());
            if (!form.find()) {
                throw new AssertionError("no form " + formId + " on " + page.path());
            }
        }
        Matcher csrf = CSRF.matcher(form.group(2));
        StringBuilder body = new StringBuilder(csrf.find() ? "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
        // the form's own hidden fields go with it, as a browser sends them, unless the test sets them
        java.util.Map<String, String> sent = new java.util.LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(form.group(2));
        while (hidden.find()) {
            if (!hidden.group(1).equals("_csrf")) {
                sent.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
            }
        }
        sent.putAll(fields);
        sent.forEach((name, value) -> body.append('&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(uri(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Page open(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Posts {@code fields} to {@code path} as a form, with the session's CSRF token taken from any form of {@code from}. */
    public Page submitAny(Page from, String path, java.util.Map<String, String> fields) {
        Matcher csrf = CSRF.matcher(from.html());
        if (!csrf.find()) {
            throw new AssertionError("no CSRF token on " + from.path());
        }
        StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
        fields.forEach((name, value) -> body.append('&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /**
     * Posts a file as the {@code file} field of a multipart form to {@code path}, with the session's CSRF token taken
     * from any form of {@code from}: what a signed-in person can send without the page offering the form.
     */
    public Page upload(Page from, String path, String filename, byte[] content) {
        Matcher csrf = CSRF.matcher(from.html());
        if (!csrf.find()) {
            throw new AssertionError("no CSRF token on " + from.path());
        }
        String boundary = "----pdca" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf.group(1)
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))));
    }

    /**
     * Chooses a file for the file input of the multipart form {@code formId} of {@code page} and submits the form: its
     * action and CSRF token, as a browser sends it. The form must be one the page offers.
     */
    public Page uploadTo(Page page, String formId, String filename, byte[] content) {
        Matcher form = Pattern.compile("<form[^>]*id=\"" + formId + "\"[^>]*>(.*?)</form>", Pattern.DOTALL)
                .matcher(page.html());
        if (!form.find()) {
            throw new AssertionError("no form " + formId + " on " + page.path());
        }
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(form.group());
        if (!form.group().contains("enctype=\"multipart/form-data\"") || !action.find()) {
            throw new AssertionError("form " + formId + " on " + page.path() + " sends no file");
        }
        return upload(page, action.group(1).replace("&amp;", "&"), filename, content);
    }

    /** What a link gives with the session, as it came: status, headers and bytes (a workbook is no page). */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page as it came, headers and all: for what only a header says (Retry-After). */
    public HttpResponse<String> response(String path) {
        try {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.header("Accept", "text/html,*/*;q=0.8").build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.uri().getPath(), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page as the browser got it; {@link #text()} is what a reader sees, tags removed and entities decoded. */
    public record Page(int status, String path, String html) {
        public String text() {
            String text = html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]+>", " ")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&amp;", "&");
            return text.replaceAll("\\s+", " ");
        }
    }
}
