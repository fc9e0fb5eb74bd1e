package dev.iqconsole.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The checks every request passes before the UI or the API sees it. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    FilterRegistrationBean<HostCheckFilter> hostCheckFilter(SecurityProperties properties) {
        var registration =
                new FilterRegistrationBean<>(new HostCheckFilter(new AllowedHosts(properties.allowedHosts())));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
