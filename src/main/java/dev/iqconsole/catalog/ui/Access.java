package dev.iqconsole.catalog.ui;

/** The gated filter: Hugging Face gated models need an accepted license and a token to download. */
enum Access {
    ANY("Any access"),
    OPEN("Open weights"),
    GATED("Gated");

    private final String label;

    Access(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
