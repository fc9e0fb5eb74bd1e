package dev.iqconsole.manifest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** gcloud's {@code --output} choices for {@code manifests create}: {@code manifest}, {@code comments}, {@code all}. */
public enum OutputMode {
    MANIFEST,
    COMMENTS,
    ALL;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OutputMode> fromApiName(String name) {
        return Arrays.stream(values()).filter(m -> m.apiName().equals(name)).findFirst();
    }
}
