package dev.iqconsole.api;

import static dev.iqconsole.fixtures.FixtureCatalog.GPT_OSS;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.fixtures.FixtureCatalog;
import dev.iqconsole.fixtures.FixtureCurves;
import dev.iqconsole.profile.Curve;
import dev.iqconsole.profile.CurveCatalog;
import dev.iqconsole.profile.ProfileKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The fixture catalog and curves plus one model whose weights cannot fit the machine type its curve is on: the only
 * way a manifest request can reach the generator's memory check, since the API has no machine type field. The curve
 * is gpt-oss-20b's on a3-highgpu-1g under another name; only the model's size differs.
 */
@TestConfiguration(proxyBeanMethods = false)
class OversizedModelBeans {

    static final String GIANT = "acme/giant-600b";

    @Bean
    @Primary
    Catalog catalogWithAGiant() {
        Model giant = new Model(
                GIANT, GIANT, "acme", 600, 600, 1200, 8192, "test", false, 1, null, null, false, "test fixture");
        return new FixtureCatalog() {
            @Override
            public List<Model> models() {
                return Stream.concat(super.models().stream(), Stream.of(giant)).toList();
            }

            @Override
            public Optional<Model> model(String id) {
                return GIANT.equals(id) ? Optional.of(giant) : super.model(id);
            }
        };
    }

    @Bean
    @Primary
    CurveCatalog curvesWithAGiant() {
        return new FixtureCurves() {
            private final List<Curve> curves = withGiant(super.curves());

            @Override
            public List<Curve> curves() {
                return curves;
            }
        };
    }

    private static List<Curve> withGiant(List<Curve> fixture) {
        Curve gptOss = fixture.stream()
                .filter(c -> c.key().model().equals(GPT_OSS)
                        && c.key().machineType().equals("a3-highgpu-1g")
                        && c.key().serverVersion().equals("v0.10.1")
                        && c.key().useCase().equals("chatbot"))
                .findFirst()
                .orElseThrow();
        ProfileKey k = gptOss.key();
        var key = new ProfileKey(
                GIANT,
                k.modelServer(),
                k.serverVersion(),
                k.machineType(),
                k.accelerator(),
                k.acceleratorCount(),
                k.tpuTopology(),
                k.useCase());
        List<Curve> curves = new ArrayList<>(fixture);
        curves.add(new Curve(
                key,
                gptOss.points(),
                gptOss.inflectionIndex(),
                gptOss.provenance(),
                gptOss.anchorRef(),
                gptOss.parameters(),
                gptOss.source()));
        return List.copyOf(curves);
    }
}
