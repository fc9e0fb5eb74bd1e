package dev.iqconsole.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedHostsTest {

    private final AllowedHosts loopbackOnly = new AllowedHosts(List.of());
    private final AllowedHosts team = new AllowedHosts(List.of("Console.Example.com", "10.0.0.5", "fd00::1"));

    @Test
    void loopback_names_with_or_without_a_port_are_served_by_default() {
        assertThat(List.of("localhost", "localhost:8080", "127.0.0.1:8080", "[::1]:8080", "LOCALHOST:1"))
                .allMatch(loopbackOnly::allowsHost);
    }

    @Test
    void any_other_name_is_refused_by_default_even_when_it_resolves_to_this_machine() {
        assertThat(List.of("evil.example.com", "evil.example.com:8080", "127.0.0.2:8080", "0.0.0.0:8080"))
                .noneMatch(loopbackOnly::allowsHost);
    }

    @Test
    void malformed_or_missing_host_headers_are_refused() {
        assertThat(java.util.Arrays.asList(
                        null, "", "localhost:", "localhost:80a", "localhost:8080:1", "[::1", "[::1]x"))
                .noneMatch(loopbackOnly::allowsHost);
    }

    @Test
    void configured_names_are_served_case_insensitively_ipv6_with_or_without_brackets() {
        assertThat(List.of("console.example.com", "CONSOLE.example.com:443", "10.0.0.5:8080", "[fd00::1]:8080"))
                .allMatch(team::allowsHost);
        assertThat(team.allowsHost("example.com")).isFalse();
    }

    @Test
    void requests_without_an_origin_pass_as_gcloud_and_navigations_send_none() {
        assertThat(loopbackOnly.allowsOrigin(null, "127.0.0.1:8080")).isTrue();
    }

    @Test
    void an_origin_must_be_the_requests_own_host_and_port() {
        assertThat(loopbackOnly.allowsOrigin("http://127.0.0.1:8080", "127.0.0.1:8080"))
                .isTrue();
        assertThat(team.allowsOrigin("https://console.example.com", "console.example.com"))
                .isTrue();
        assertThat(loopbackOnly.allowsOrigin("http://evil.example.com:8080", "127.0.0.1:8080"))
                .isFalse();
        assertThat(loopbackOnly.allowsOrigin("http://localhost:3000", "localhost:8080"))
                .isFalse();
        assertThat(loopbackOnly.allowsOrigin("http://localhost:8080", "127.0.0.1:8080"))
                .isFalse();
    }

    @Test
    void null_and_non_web_origins_are_refused() {
        assertThat(List.of("null", "file://", "chrome-extension://abc", "ftp://127.0.0.1:8080"))
                .noneMatch(origin -> loopbackOnly.allowsOrigin(origin, "127.0.0.1:8080"));
    }
}
