package dev.iqconsole.profile.calibration;

import dev.iqconsole.catalog.TestCatalogs;
import java.nio.file.Path;

/** The architectures and accelerators of the repository's data/, built by the production loader. */
final class RepositoryFacts {

    private static CalibrationData data;

    private RepositoryFacts() {}

    static synchronized CalibrationData data() {
        if (data == null) {
            var catalog = TestCatalogs.repositoryData();
            data = CalibrationData.load(Path.of("data"), catalog.models(), catalog.accelerators());
        }
        return data;
    }

    static ModelArchitecture model(String id) {
        return data().architectures().get(id);
    }

    static Hardware gpus(String label, int count) {
        return data().accelerators().get(label).times(count);
    }

    static ServingModel committedModel() {
        return new ServingModel(ServingConstants.committed(Path.of("data")));
    }
}
