package dev.iqconsole.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.fixtures.ConsoleContext;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The host check on the wire, written by hand because Java's HTTP clients will not send a {@code Host} of our
 * choosing: every path, UI and API, answers only to the names the console serves.
 */
@ConsoleContext
class HostCheckHttpTest {

    @LocalServerPort
    int port;

    @Test
    void a_foreign_host_gets_a_403_with_googles_error_body_on_every_path() throws IOException {
        for (String path : new String[] {"/", "/v1/models:fetch", "/VAADIN/build/x.js", "/no-such-page"}) {
            String answer = get(path, "evil.example.com:" + port, null);
            assertThat(answer).as(path).startsWith("HTTP/1.1 403");
            assertThat(answer).contains("\"status\":\"PERMISSION_DENIED\"", "iqconsole.security.allowed-hosts");
        }
    }

    @Test
    void loopback_and_configured_names_are_served() throws IOException {
        assertThat(get("/v1/models:fetch", "127.0.0.1:" + port, null)).startsWith("HTTP/1.1 200");
        assertThat(get("/v1/models:fetch", "localhost:" + port, null)).startsWith("HTTP/1.1 200");
        assertThat(get("/v1/models:fetch", "console.example.com", null)).startsWith("HTTP/1.1 200");
    }

    @Test
    void a_page_of_another_origin_is_refused_even_on_a_served_name() throws IOException {
        String host = "127.0.0.1:" + port;
        assertThat(get("/v1/models:fetch", host, "http://evil.example.com")).startsWith("HTTP/1.1 403");
        assertThat(get("/v1/models:fetch", host, "null")).startsWith("HTTP/1.1 403");
        assertThat(get("/v1/models:fetch", host, "http://" + host)).startsWith("HTTP/1.1 200");
    }

    private String get(String path, String host, String origin) throws IOException {
        return new RawHttp(port).get(path, host, origin);
    }
}
