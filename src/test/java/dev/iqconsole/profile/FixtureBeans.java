package dev.iqconsole.profile;

import dev.iqconsole.catalog.Catalog;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The fixture catalog and curves as beans, for Spring tests that must see known data. {@code @Primary} so they win
 * over the real {@code Catalog}/{@code CurveCatalog} components once those exist, and production code needs no
 * change either way.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixtureBeans {

    @Bean
    @Primary
    Catalog fixtureCatalog() {
        return new FixtureCatalog();
    }

    @Bean
    @Primary
    CurveCatalog fixtureCurves() {
        return new FixtureCurves();
    }
}
