package jp.pdcaledger.app.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real HTTP client on the app's port, signed in as one of the demo users. Every answer it receives is held against
 * the committed API description ({@link DescribedAnswers}) before the test sees it.
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;

    public Api(int port) {
        this.port = port;
    }

    public Call as(String user) {
        return new Call(port, user);
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public Call anonymous() {
        return new Call(port, null);
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static final class Call {

        private final int port;
        private final String user;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Call(int port, String user) {
            this.port = port;
            this.user = user;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Response post(String path, String body) {
            return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .header("Content-Type", "application/json"));
        }

        public Response post(String path, Object body) {
            return post(path, JSON.writeValueAsString(body));
        }

        public Response get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        /** Sends the body without a Content-Length, in chunks, as a client streaming it would. */
        public Response postChunked(String path, byte[] body, String contentType) {
            return send(HttpRequest.newBuilder(uri(path))
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                    .header("Content-Type", contentType));
        }

        /** Sends raw bytes (a workbook) as the body, with their content type. */
        public Response post(String path, byte[] body, String contentType) {
            return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .header("Content-Type", contentType));
        }

        /** A download: the answer's body as bytes (a workbook), not as text. */
        public Download download(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
            authorize(request);
            try {
                HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                Response answer = new Response(response.statusCode(), response.headers().map(),
                        new String(response.body(), StandardCharsets.UTF_8));
                described(response.request(), answer);
                return new Download(response.statusCode(), answer, response.body());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private void authorize(HttpRequest.Builder request) {
            if (user != null) {
                String credentials = user + ":" + user;
                request.header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            }
            headers.forEach(request::header);
        }

        private Response send(HttpRequest.Builder request) {
            authorize(request);
            try {
                HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return described(response.request(), new Response(response.statusCode(), response.headers().map(),
                        response.body()));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Response described(HttpRequest request, Response answer) {
            DescribedAnswers.committed().check(request.method(), request.uri(), answer.status(), answer.contentType(),
                    answer.body());
            return answer;
        }
    }

    /** A downloaded body as bytes, with the answer as text for its status, headers and any problem document. */
    public record Download(int status, Response response, byte[] body) {

        @Override
        public String toString() {
            return response.toString();
        }
    }

    /** What the server answered; {@link #json()} parses the body. */
    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
