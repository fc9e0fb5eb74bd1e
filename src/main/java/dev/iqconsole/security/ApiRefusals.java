package dev.iqconsole.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** The API's 401 and 403, in Google's error body, saying which credentials it takes. */
@Component
class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Inference Quickstart Console\", Bearer");
        ErrorResponses.write(
                response,
                401,
                "UNAUTHENTICATED",
                "This console needs a login: send HTTP basic credentials of a console user or an access token of"
                        + " its identity provider (Authorization: Bearer ...).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ErrorResponses.write(response, 403, "PERMISSION_DENIED", "Your role does not allow this request.");
    }
}
