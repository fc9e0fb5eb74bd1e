package dev.iqconsole.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 written by hand: Java's HTTP clients will not send a {@code Host} of our choosing, a malformed query
 * string, or a body larger than they declare.
 */
record RawHttp(int port) {

    /** The whole answer, status line, headers and body. */
    String send(String head, byte[] body) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException refusedMidway) {
                // the server may answer and close before it has read a body it refuses
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    String get(String target, String host, String origin) throws IOException {
        return send(
                "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n"
                        + (origin == null ? "" : "Origin: " + origin + "\r\n")
                        + "Connection: close\r\n\r\n",
                new byte[0]);
    }

    String post(String target, String contentType, byte[] body) throws IOException {
        return send(
                "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                        + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n",
                body);
    }
}
