package dev.iqconsole.api;

import dev.iqconsole.profile.ProfileQueryException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Errors as Google APIs write them: {@code {"error":{"code":400,"message":"...","status":"INVALID_ARGUMENT"}}}. The
 * HTTP status is what clients act on (Google's Java client maps only the status code; docs/reference/gke-inference-quickstart.md §8.5), the
 * message names the field and what it allows. Never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final JsonResponses json;

    ApiErrors(JsonResponses json) {
        this.json = json;
    }

    @ExceptionHandler(ProfileQueryException.class)
    ResponseEntity<String> badQuery(ProfileQueryException e) {
        return e.kind() == ProfileQueryException.Kind.NOT_FOUND
                ? error(HttpStatus.NOT_FOUND, "NOT_FOUND", e.getMessage())
                : error(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", e.getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<String> wrongMethod(HttpRequestMethodNotSupportedException e) {
        return error(
                HttpStatus.METHOD_NOT_ALLOWED,
                "UNIMPLEMENTED",
                e.getMethod() + " is not supported here; use " + e.getSupportedHttpMethods());
    }

    /** A body Spring could not read at all (not text in the declared charset, or cut off). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<String> unreadable(HttpMessageNotReadableException e) {
        log.debug("Unreadable request body", e);
        return error(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", "body: could not be read; send JSON in UTF-8");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> unexpected(Exception e) {
        // the client went away before its answer was written (closed, reset, timed out): nothing to answer or fix here
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            log.debug("Client disconnected: {}", e.getMessage());
            return null;
        }
        // Spring's own client errors (bad media type, missing parameter...): their status, in a sentence of ours
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            var status = HttpStatus.valueOf(response.getStatusCode().value());
            log.debug("Client error", e);
            return error(status, "INVALID_ARGUMENT", "The request was refused: " + status.getReasonPhrase() + ".");
        }
        log.error("API request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", "Internal error; the server log has the details.");
    }

    ResponseEntity<String> error(HttpStatus status, String code, String message) {
        return json.of(status, Map.of("error", new ErrorBody(status.value(), message, code)));
    }

    record ErrorBody(int code, String message, String status) {}
}
