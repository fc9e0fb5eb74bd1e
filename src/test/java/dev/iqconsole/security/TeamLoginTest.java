package dev.iqconsole.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.nimbusds.jose.JOSEObjectType;
import dev.iqconsole.base.ui.BrowserConsole;
import dev.iqconsole.fixtures.ConsoleBrowser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A team's console: accounts from configuration (alice deploys, bob views) and an OpenID Connect provider (a real
 * one, mock-oauth2-server, whose "ml-platform" group deploys). Signed in through the real login page in Chromium,
 * and on the API with HTTP basic and the provider's bearer tokens.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:teamlogin;DB_CLOSE_DELAY=-1",
            "iqconsole.security.grants.deployer=ml-platform",
            "spring.security.oauth2.client.registration.corp.client-id=console",
            "spring.security.oauth2.client.registration.corp.client-secret=console-secret",
            "spring.security.oauth2.client.registration.corp.client-name=Corp SSO",
            "spring.security.oauth2.client.registration.corp.scope=openid,profile,email"
        })
class TeamLoginTest {

    static final MockOAuth2Server PROVIDER = startProvider();
    static final String ISSUER = "corp";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void identities(DynamicPropertyRegistry registry) {
        var bcrypt = new BCryptPasswordEncoder(4); // a low cost: the hash's strength is not under test
        // a list binds from one property source only: each user whole, here
        registry.add("iqconsole.security.users[0].name", () -> "alice");
        registry.add("iqconsole.security.users[0].role", () -> "deployer");
        registry.add("iqconsole.security.users[0].password", () -> "{bcrypt}" + bcrypt.encode("alice-secret"));
        registry.add("iqconsole.security.users[1].name", () -> "bob");
        registry.add("iqconsole.security.users[1].role", () -> "viewer");
        registry.add("iqconsole.security.users[1].password", () -> "{bcrypt}" + bcrypt.encode("bob-secret"));
        registry.add("iqconsole.security.users[2].name", () -> "root");
        registry.add("iqconsole.security.users[2].role", () -> "admin");
        registry.add("iqconsole.security.users[2].password", () -> "{bcrypt}" + bcrypt.encode("root-secret"));
        String issuer = PROVIDER.issuerUrl(ISSUER).toString();
        registry.add("spring.security.oauth2.client.provider.corp.issuer-uri", () -> issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
    }

    @AfterAll
    static void close() {
        PROVIDER.shutdown();
    }

    @Test
    void the_api_wants_credentials_and_takes_basic_and_the_providers_bearer_tokens() throws Exception {
        var anonymous = api(null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"status\":\"UNAUTHENTICATED\"", "Authorization: Bearer");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).contains("Basic", "Bearer"));

        assertThat(api(basic("alice", "alice-secret")).statusCode()).isEqualTo(200);
        assertThat(api(basic("alice", "wrong")).statusCode()).isEqualTo(401);

        String token = PROVIDER.issueToken(ISSUER, "carol", "console", Map.of("preferred_username", "carol"))
                .serialize();
        assertThat(api("Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(api("Bearer " + token.substring(0, token.length() - 4) + "AAAA")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_configured_user_signs_in_on_the_login_page_sees_their_role_and_signs_out() {
        try (var context = ConsoleBrowser.context(1440, 900)) {
            Page page = ConsoleBrowser.page(context);
            var console = BrowserConsole.watch(page);

            page.navigate(url("/profiles"));
            assertThat(page.locator("#login-form")).isVisible();
            for (int width : new int[] {1440, 1024, 390}) {
                page.setViewportSize(width, 900);
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(java.nio.file.Paths.get("target", "screenshots", "login-" + width + ".png")));
            }
            page.setViewportSize(1440, 900);
            page.locator("#login-form input[name=username]").fill("alice");
            page.locator("#login-form input[name=password]").fill("alice-secret");
            page.locator("#login-form input[name=password]").press("Enter");

            assertThat(page.locator("#signed-in-user")).hasText("alice · deployer");
            assertThat(page.locator("#main-nav")).not().containsText("Access"); // an admin's page
            // the page as a signed-in user sees it: styled, its charts drawn
            assertThat(page.locator("#profiles-chart[data-rendered] svg")).isVisible();
            assertThat(page.locator(".iqc-brand-mark").evaluate("e => getComputedStyle(e).display"))
                    .isNotEqualTo("block");
            for (int width : new int[] {1440, 1024, 390}) {
                page.setViewportSize(width, 900);
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(java.nio.file.Paths.get("target", "screenshots", "signed-in-" + width + ".png")));
            }
            page.setViewportSize(1440, 900);
            long start = System.nanoTime();
            page.navigate(url("/"));
            assertThat(page.locator("[data-model]").first()).isVisible();
            System.out.printf(
                    "[login] catalog warm load as a signed-in user: %d ms%n", (System.nanoTime() - start) / 1_000_000);
            page.locator("#sign-out").click();
            assertThat(page.locator("#login-form")).isVisible();
            assertThat(console.policyViolations()).isEmpty();
        }
    }

    @Test
    void an_admin_finds_the_access_page_in_the_menu() {
        try (var context = ConsoleBrowser.context(1440, 900)) {
            Page page = ConsoleBrowser.page(context);
            page.navigate(url("/"));
            page.locator("#login-form input[name=username]").fill("root");
            page.locator("#login-form input[name=password]").fill("root-secret");
            page.locator("#login-form input[name=password]").press("Enter");
            assertThat(page.locator("#signed-in-user")).hasText("root · admin");
            page.locator("#main-nav").getByText("Access").click();
            assertThat(page.locator("#deployer-scope")).isVisible();
            for (int width : new int[] {1440, 1024, 390}) {
                page.setViewportSize(width, 900);
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(java.nio.file.Paths.get("target", "screenshots", "access-" + width + ".png")));
            }
        }
    }

    @Test
    void a_wrong_password_stays_on_the_login_page_with_an_error() {
        try (var context = ConsoleBrowser.context(1280, 720)) {
            Page page = ConsoleBrowser.page(context);
            page.navigate(url("/"));
            page.locator("#login-form input[name=username]").fill("bob");
            page.locator("#login-form input[name=password]").fill("not-bobs");
            page.locator("#login-form input[name=password]").press("Enter");
            page.waitForURL("**/login?error");
            assertThat(page.locator("#login-form")).isVisible();
            assertThat(page.locator("#signed-in-user")).hasCount(0);
        }
    }

    @Test
    void someone_from_the_identity_provider_signs_in_with_the_role_of_their_group() {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER,
                "carol-subject",
                JOSEObjectType.JWT.getType(),
                List.of("console"),
                Map.of("preferred_username", "carol", "email", "carol@example.com", "groups", List.of("ml-platform")),
                3600));
        try (var context = ConsoleBrowser.context(1440, 900)) {
            Page page = ConsoleBrowser.page(context);
            page.navigate(url("/"));
            page.locator("#sign-in-corp").click();
            assertThat(page.locator("#signed-in-user")).hasText("carol · deployer");
        }
    }

    private HttpResponse<String> api(String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url("/v1/models:fetch")));
        if (authorization != null) request.header("Authorization", authorization);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static MockOAuth2Server startProvider() {
        var server = new MockOAuth2Server();
        server.start();
        return server;
    }
}
