package dev.iqconsole.profile;

import java.util.List;

/** Every profile curve: published ones verbatim, the rest modeled from the catalog at start. */
public interface CurveCatalog {

    List<Curve> curves();

    /** Combinations that get no profile, each with its reason. */
    List<Exclusion> exclusions();
}
