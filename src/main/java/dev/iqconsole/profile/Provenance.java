package dev.iqconsole.profile;

/** Where a number comes from. Users always see which. */
public enum Provenance {
    PUBLISHED("published"),
    PUBLISHED_DIGITIZED("published-digitized"),
    MODELED("modeled");

    private final String label;

    Provenance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
