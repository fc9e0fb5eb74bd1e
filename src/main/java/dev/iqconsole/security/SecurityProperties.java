package dev.iqconsole.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Who may talk to the console, and how much they may send.
 *
 * @param allowedHosts host names (or IP literals) the console answers to besides the loopback names, e.g. the name
 *     of the reverse proxy in front of a team's console; a request whose {@code Host} is not one of them is refused,
 *     so that a page on another site cannot reach the console through DNS rebinding
 * @param maxRequestBody the largest request body accepted; the API's requests are a few hundred bytes
 */
@ConfigurationProperties("iqconsole.security")
public record SecurityProperties(List<String> allowedHosts, DataSize maxRequestBody) {

    public SecurityProperties {
        allowedHosts = allowedHosts == null
                ? List.of()
                : allowedHosts.stream()
                        .map(String::strip)
                        .filter(h -> !h.isEmpty())
                        .toList();
        maxRequestBody = maxRequestBody == null ? DataSize.ofMegabytes(1) : maxRequestBody;
    }
}
