package dev.iqconsole.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refusals written before the API or the UI sees a request, in Google's error body: the API's clients read it, and a
 * browser shows it readably. Messages are fixed sentences: nothing the client sent is echoed back.
 */
final class ErrorResponses {

    private ErrorResponses() {}

    static void write(HttpServletResponse response, int code, String status, String message) throws IOException {
        response.setStatus(code);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"error\":{\"code\":" + code + ",\"message\":\"" + message.replace("\"", "'")
                        + "\",\"status\":\"" + status + "\"}}");
    }
}
