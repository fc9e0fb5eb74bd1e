package dev.iqconsole.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses every request, UI and API alike, that was not addressed to a host name the console serves, or that a page
 * of another origin sent. It runs before anything else, so that a refused request reaches neither Vaadin nor the API.
 */
class HostCheckFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(HostCheckFilter.class);

    private final AllowedHosts hosts;

    HostCheckFilter(AllowedHosts hosts) {
        this.hosts = hosts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getHeader("Host");
        if (!hosts.allowsHost(host)) {
            refuse(
                    response,
                    "This console does not serve this host name. An administrator can add it to"
                            + " iqconsole.security.allowed-hosts.");
            return;
        }
        if (!hosts.allowsOrigin(request.getHeader("Origin"), host)) {
            refuse(response, "Requests from pages of other origins are refused.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        log.warn("Refused a request: {}", message);
        ErrorResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "PERMISSION_DENIED", message);
    }
}
