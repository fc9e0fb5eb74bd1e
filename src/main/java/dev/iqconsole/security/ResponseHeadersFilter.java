package dev.iqconsole.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers that tell the browser what this console's pages may do, on every response (API included): no framing by
 * other sites, no content sniffing, no referrer leaving the console's origin, and scripts, styles and connections from the
 * console's own origin only.
 */
class ResponseHeadersFilter extends OncePerRequestFilter {

    /**
     * Vaadin Flow needs {@code 'unsafe-eval'} (its client runs the server's {@code executeJs} calls through {@code new
     * Function}) and inline scripts and styles (its bootstrap page and components' style attributes). Everything else
     * is locked to the console's own origin.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: with no-referrer the browser sends "Origin: null" on the console's own form
        // posts (the login form), which the host check must refuse
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
