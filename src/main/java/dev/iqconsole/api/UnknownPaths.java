package dev.iqconsole.api;

import dev.iqconsole.profile.ProfileQueryException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Any other request under the API prefixes: a 405 with {@code Allow} when the path exists for other methods, else a
 * JSON 404. Without this the request would fall through to the Vaadin servlet (mapped at /*) and get an HTML page.
 */
@RestController
class UnknownPaths {

    private final RequestMappingHandlerMapping mappings;
    private final ApiErrors errors;

    UnknownPaths(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings, ApiErrors errors) {
        this.mappings = mappings;
        this.errors = errors;
    }

    @RequestMapping({"/v1/**", "/v1alpha1/**"})
    ResponseEntity<String> unknown(HttpServletRequest request) {
        Set<String> allowed = methodsServing(request);
        if (allowed.isEmpty()) {
            throw new ProfileQueryException(
                    ProfileQueryException.Kind.NOT_FOUND,
                    "path",
                    "path: " + ProfileQueryException.quoted(request.getRequestURI())
                            + " is not part of this API. See gkerecommender v1 and v1alpha1.");
        }
        var answer = errors.error(
                HttpStatus.METHOD_NOT_ALLOWED,
                "UNIMPLEMENTED",
                request.getMethod().length() > 10
                        ? "This method is not supported here; use " + String.join(" or ", allowed)
                        : request.getMethod() + " is not supported here; use " + String.join(" or ", allowed));
        return ResponseEntity.status(answer.getStatusCode())
                .headers(answer.getHeaders())
                .header("Allow", String.join(", ", allowed))
                .body(answer.getBody());
    }

    /** The methods of the API's own mappings (not this catch-all) whose path matches the request's. */
    private Set<String> methodsServing(HttpServletRequest request) {
        var methods = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType() == UnknownPaths.class || info.getPathPatternsCondition() == null) {
                return;
            }
            if (info.getPathPatternsCondition().getMatchingCondition(request) != null) {
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            }
        });
        return methods;
    }
}
