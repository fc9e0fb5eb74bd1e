package dev.iqconsole.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two filter chains: the API's (stateless: HTTP basic or a bearer token on every request, no cookies, so no CSRF) and
 * the UI's (Vaadin's own integration: a login view, sessions, Vaadin's CSRF handling). Both are open when the console
 * runs for one person on loopback ({@link LoginMode#open()}); the console refuses to start otherwise.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    static final String[] API = {"/v1/**", "/v1alpha1/**"};

    /** frontend/ (served as frontend-static/) and the ECharts library from its webjar. */
    static final String[] STATIC = {"/frontend-static/**", "/_static/**"};

    @Bean
    LoginMode loginMode(
            SecurityProperties properties,
            ObjectProvider<InMemoryClientRegistrationRepository> registrations,
            ObjectProvider<JwtDecoder> jwt,
            Environment environment) {
        var ids = new ArrayList<String>();
        registrations.ifAvailable(r -> r.forEach(c -> ids.add(c.getRegistrationId())));
        var mode = new LoginMode(!properties.users().isEmpty(), List.copyOf(ids), jwt.getIfAvailable() != null);
        ExposedWithoutLoginException.refuseIfExposed(environment.getProperty("server.address"), mode);
        return mode;
    }

    @Bean
    RoleGrants roleGrants(SecurityProperties properties) {
        return new RoleGrants(properties.grants());
    }

    /** The configured accounts (none: then Spring Boot's generated default user is not created either). */
    @Bean
    UserDetailsService users(SecurityProperties properties) {
        var users = new InMemoryUserDetailsManager();
        for (var user : properties.users()) {
            users.createUser(User.withUsername(user.name())
                    .password(user.password())
                    .authorities(user.role().authorities().toArray(String[]::new))
                    .build());
        }
        return users;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, LoginMode mode, RoleGrants grants, ApiRefusals refusals)
            throws Exception {
        http.securityMatcher(API)
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable()) // ResponseHeadersFilter writes ours on every answer
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        if (mode.open()) {
            return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
        }
        http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals));
        if (mode.users()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(refusals));
        }
        if (mode.bearerTokens()) {
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(refusals)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new TokenRoles(grants))));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, LoginMode mode, RoleGrants grants) throws Exception {
        http.headers(headers -> headers.disable());
        if (mode.open()) {
            // Vaadin protects its own requests with its CSRF token; there is no login to protect
            return http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable())
                    .build();
        }
        // our own static files (styles, the charts' library) are needed by the login page too, and hold no data
        http.authorizeHttpRequests(a -> a.requestMatchers(STATIC).permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("login"));
        if (!mode.oidcRegistrations().isEmpty()) {
            http.oauth2Login(login ->
                    login.loginPage("/login").userInfoEndpoint(info -> info.oidcUserService(new SignInRoles(grants))));
        }
        return http.build();
    }
}
