package jp.pdcaledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What identifies a request for idempotency: its method, path, If-Match and body, hashed. */
@Component
public class RequestFingerprint {

    private final JsonMapper json;

    public RequestFingerprint(JsonMapper json) {
        this.json = json;
    }

    public String of(HttpServletRequest request, Object body) {
        String canonical = request.getMethod() + " " + request.getRequestURI() + "\n"
                + request.getHeader(WriteEnvelope.IF_MATCH) + "\n" + json.writeValueAsString(body);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
