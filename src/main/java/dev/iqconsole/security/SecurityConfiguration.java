package dev.iqconsole.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The checks every request passes before the UI or the API sees it, in this order: the response headers (so that
 * refusals carry them too), the host check, then the request's limits.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    FilterRegistrationBean<ResponseHeadersFilter> responseHeadersFilter() {
        return first(new ResponseHeadersFilter(), 0);
    }

    @Bean
    FilterRegistrationBean<HostCheckFilter> hostCheckFilter(SecurityProperties properties) {
        return first(new HostCheckFilter(new AllowedHosts(properties.allowedHosts())), 1);
    }

    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(SecurityProperties properties) {
        return first(new RequestLimitsFilter(properties.maxRequestBody().toBytes()), 2);
    }

    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> first(F filter, int position) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + position);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
