package dev.iqconsole.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what a request may make the console hold: a body over the limit gets a 413 before it is read (a 1 GiB body
 * once took the heap from 0.7 to 3.8 GB), and a query string that is not well-formed gets a 400 with a sentence
 * instead of the servlet container's exception deep in a controller.
 */
class RequestLimitsFilter extends OncePerRequestFilter {

    /** Tomcat's own limit on parameters; past it, parsing fails inside whichever code first asks for one. */
    static final int MAX_PARAMETERS = 1000;

    private final long maxBody;

    RequestLimitsFilter(long maxBody) {
        this.maxBody = maxBody;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String queryProblem = QueryStrings.problem(request.getQueryString(), MAX_PARAMETERS);
        if (queryProblem != null) {
            ErrorResponses.write(response, 400, "INVALID_ARGUMENT", "query string: " + queryProblem);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBody) {
            tooLarge(response);
            return;
        }
        if (declared < 0 && isChunked(request)) {
            byte[] body = request.getInputStream().readNBytes((int) maxBody + 1);
            if (body.length > maxBody) {
                tooLarge(response);
                return;
            }
            chain.doFilter(new BufferedBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        ErrorResponses.write(
                response,
                413,
                "INVALID_ARGUMENT",
                "The request body is larger than this console accepts (" + maxBody + " bytes;"
                        + " iqconsole.security.max-request-body).");
    }

    private static boolean isChunked(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    /** A body already read (and bounded), served again to whoever reads the request next. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            var charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new BufferedReader(
                    new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(charset)));
        }
    }
}
