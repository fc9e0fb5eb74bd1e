package dev.iqconsole.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.fixtures.ConsoleContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bounded and tidy input on the wire: sizes, query strings, content types, methods, and the headers every answer has. */
@ConsoleContext
class RequestLimitsHttpTest {

    @LocalServerPort
    int port;

    private RawHttp http() {
        return new RawHttp(port);
    }

    private String host() {
        return "127.0.0.1:" + port;
    }

    @Test
    void a_body_over_one_mebibyte_gets_a_413_before_it_is_read() throws IOException {
        byte[] huge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        String answer = http().post("/v1/useCases:fetch", "application/json", huge);
        assertThat(answer).startsWith("HTTP/1.1 413").contains("iqconsole.security.max-request-body");
    }

    @Test
    void a_chunked_body_over_the_limit_gets_a_413_too() throws IOException {
        var body = new StringBuilder();
        String chunk = " ".repeat(64 * 1024);
        for (int i = 0; i < 20; i++) {
            body.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        body.append("0\r\n\r\n");
        String answer = http().send(
                        "POST /v1/useCases:fetch HTTP/1.1\r\nHost: " + host()
                                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                                + "Connection: close\r\n\r\n",
                        body.toString().getBytes(StandardCharsets.US_ASCII));
        assertThat(answer).startsWith("HTTP/1.1 413");
    }

    @Test
    void a_small_chunked_json_body_is_read_as_usual() throws IOException {
        String json = "{}";
        String chunked = Integer.toHexString(json.length()) + "\r\n" + json + "\r\n0\r\n\r\n";
        String answer = http().send(
                        "POST /v1/useCases:fetch HTTP/1.1\r\nHost: " + host()
                                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                                + "Connection: close\r\n\r\n",
                        chunked.getBytes(StandardCharsets.US_ASCII));
        assertThat(answer).startsWith("HTTP/1.1 200");
    }

    @Test
    void malformed_query_strings_get_a_400_that_says_what_is_wrong() throws IOException {
        for (String query : new String[] {"pageToken=%ZZ", "pageToken=%ED%A0%80", "a=%"}) {
            String answer = http().get("/v1/models:fetch?" + query, host(), null);
            assertThat(answer)
                    .as(query)
                    .startsWith("HTTP/1.1 400")
                    .contains("query string: contains a malformed escape");
        }
        String many = "a=1&".repeat(1001);
        assertThat(http().get("/v1/models:fetch?" + many, host(), null))
                .startsWith("HTTP/1.1 400")
                .contains("at most 1000 are accepted");
    }

    @Test
    void api_bodies_that_are_not_json_in_utf8_get_a_415() throws IOException {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        for (String type : new String[] {
            "multipart/form-data; boundary=x", "*/*", "text/plain", "application/json; charset=bogus", "!!", null
        }) {
            assertThat(http().post("/v1/profiles:fetch", type, body))
                    .as(String.valueOf(type))
                    .startsWith("HTTP/1.1 415")
                    .contains("send the body as application/json in UTF-8");
        }
        assertThat(http().post("/v1/profiles:fetch", "application/json; charset=UTF-8", body))
                .startsWith("HTTP/1.1 200");
    }

    @Test
    void a_wrong_method_on_a_real_path_gets_405_with_allow() throws IOException {
        String answer = http().post("/v1/models:fetch", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(answer).startsWith("HTTP/1.1 405").containsIgnoringCase("Allow: GET");
        assertThat(http().get("/v1/profiles:fetch", host(), null))
                .startsWith("HTTP/1.1 405")
                .containsIgnoringCase("Allow: POST");
        assertThat(http().get("/v1/nothing:here", host(), null)).startsWith("HTTP/1.1 404");
    }

    @Test
    void invalid_json_is_described_without_the_parsers_internals() throws IOException {
        String deep = "[".repeat(5000);
        String answer = http().post("/v1/profiles:fetch", "application/json", deep.getBytes(StandardCharsets.UTF_8));
        assertThat(answer).startsWith("HTTP/1.1 400").contains("body: is not valid JSON");
        assertThat(answer).doesNotContain("Constraints", "jackson", "Jackson", "Exception");
    }

    @Test
    void every_answer_carries_the_security_headers_the_api_too() throws IOException {
        for (String path : new String[] {"/", "/v1/models:fetch", "/v1/nothing"}) {
            String head = http().get(path, host(), null).split("\r\n\r\n", 2)[0].toLowerCase();
            assertThat(head)
                    .as(path)
                    .contains("content-security-policy: default-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .contains("x-content-type-options: nosniff")
                    .contains("referrer-policy: same-origin");
        }
    }

    @Test
    void the_session_cookie_is_same_site_lax() throws IOException {
        String head = http().get("/", host(), null).split("\r\n\r\n", 2)[0];
        assertThat(head).containsIgnoringCase("Set-Cookie: JSESSIONID=").containsIgnoringCase("SameSite=Lax");
    }
}
