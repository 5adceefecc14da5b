package jp.pdcaledger.app.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An HTTP/1.1 answer as a test read it off a plain socket (a request no HTTP client would send): its status, its
 * Content-Type and its body, de-chunked, for {@link DescribedAnswers} to hold against the description.
 */
public record RawAnswer(int status, String contentType, String body) {

    public static RawAnswer of(byte[] answer) {
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            throw new AssertionError("no HTTP answer: " + text);
        }
        String[] head = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(head[0].substring(9, 12));
        String contentType = null;
        boolean chunked = false;
        for (int i = 1; i < head.length; i++) {
            String name = head[i].substring(0, head[i].indexOf(':')).trim().toLowerCase(Locale.ROOT);
            String value = head[i].substring(head[i].indexOf(':') + 1).trim();
            if (name.equals("content-type")) {
                contentType = value;
            } else if (name.equals("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            }
        }
        byte[] rest = text.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
        return new RawAnswer(status, contentType, new String(chunked ? dechunked(rest) : rest, StandardCharsets.UTF_8));
    }

    private static byte[] dechunked(byte[] chunks) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunks.length) {
            int lineEnd = indexOfCrlf(chunks, at);
            String size = new String(chunks, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int length = Integer.parseInt(size.contains(";") ? size.substring(0, size.indexOf(';')).trim() : size.trim(), 16);
            if (length == 0) {
                break;
            }
            body.write(chunks, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return body.toByteArray();
    }

    private static int indexOfCrlf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        throw new AssertionError("a chunk without its size line");
    }
}
