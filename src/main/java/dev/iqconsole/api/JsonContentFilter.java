package dev.iqconsole.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API reads JSON bodies only: a body of another type (a form, multipart, {@code *}{@code /*}) or in a charset other
 * than UTF-8 gets a 415 that says so, instead of being ignored and answered as if no filter had been sent.
 */
@Component
class JsonContentFilter extends OncePerRequestFilter {

    private final JsonResponses json;

    JsonContentFilter(JsonResponses json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.startsWith("/v1/") || path.startsWith("/v1alpha1/")) || !hasBody(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = problem(request.getContentType());
        if (problem != null) {
            var refusal = json.of(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    Map.of("error", new ApiErrors.ErrorBody(415, problem, "INVALID_ARGUMENT")));
            response.setStatus(415);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(refusal.getBody());
            return;
        }
        chain.doFilter(request, response);
    }

    static String problem(String contentType) {
        String expected = "; send the body as application/json in UTF-8";
        if (contentType == null || contentType.isBlank()) {
            return "Content-Type is missing" + expected;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return "Content-Type is not a media type" + expected;
        }
        boolean isJson = type.getType().equals("application")
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        if (!isJson) {
            return "this Content-Type is not accepted" + expected;
        }
        String charset = type.getParameter("charset");
        if (charset != null
                && !charset.replace("\"", "").toUpperCase(Locale.ROOT).matches("UTF-?8")) {
            return "this charset is not accepted" + expected;
        }
        return null;
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
}
