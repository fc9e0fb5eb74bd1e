package dev.iqconsole.catalog;

import java.time.LocalDate;

/**
 * A supported version of a model server on one accelerator family, with its container image.
 *
 * @param released release date; the newest per server is its "latest" version
 */
public record ServerVersion(
        String serverId, String version, AcceleratorFamily family, String image, LocalDate released, String source) {}
