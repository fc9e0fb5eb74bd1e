package dev.iqconsole.api;

import dev.iqconsole.profile.ProfileQueryException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other path under the API prefixes answers a JSON 404. Without this the request would fall through to the
 * Vaadin servlet (mapped at /*) and get an HTML page.
 */
@RestController
class UnknownPaths {

    @RequestMapping({"/v1/**", "/v1alpha1/**"})
    void unknown(HttpServletRequest request) {
        throw new ProfileQueryException(
                ProfileQueryException.Kind.NOT_FOUND,
                "path",
                "path: " + request.getMethod() + " " + request.getRequestURI()
                        + " is not part of this API. See gkerecommender v1 and v1alpha1.");
    }
}
