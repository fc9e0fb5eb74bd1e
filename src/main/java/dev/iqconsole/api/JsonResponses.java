package dev.iqconsole.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes JSON with the content type preset, so Spring does no content negotiation: Google's Java client sends
 * {@code Accept: text/html, image/gif, image/jpeg, *}{@code /*; q=0.2} and gcloud sends its own; any Accept gets JSON.
 */
@Component
class JsonResponses {

    private final JsonMapper mapper;

    JsonResponses(JsonMapper mapper) {
        this.mapper = mapper;
    }

    ResponseEntity<String> ok(Object message) {
        return of(HttpStatus.OK, message);
    }

    ResponseEntity<String> of(HttpStatus status, Object message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(mapper.writeValueAsString(message));
    }

    JsonBody body(String body) {
        return JsonBody.parse(mapper, body);
    }
}
