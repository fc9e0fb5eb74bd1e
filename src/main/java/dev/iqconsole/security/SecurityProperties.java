package dev.iqconsole.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may talk to the console.
 *
 * @param allowedHosts host names (or IP literals) the console answers to besides the loopback names, e.g. the name
 *     of the reverse proxy in front of a team's console; a request whose {@code Host} is not one of them is refused,
 *     so that a page on another site cannot reach the console through DNS rebinding
 */
@ConfigurationProperties("iqconsole.security")
public record SecurityProperties(List<String> allowedHosts) {

    public SecurityProperties {
        allowedHosts = allowedHosts == null
                ? List.of()
                : allowedHosts.stream()
                        .map(String::strip)
                        .filter(h -> !h.isEmpty())
                        .toList();
    }
}
