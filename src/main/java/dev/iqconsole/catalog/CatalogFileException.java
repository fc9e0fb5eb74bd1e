package dev.iqconsole.catalog;

/** A catalog file that cannot be loaded; the message names the file, the line and the field. */
public class CatalogFileException extends RuntimeException {

    CatalogFileException(String file, int line, String field, String problem) {
        super(file + " line " + line + (field == null ? "" : ", field '" + field + "'") + ": " + problem);
    }

    CatalogFileException(String file, String problem) {
        super(file + ": " + problem);
    }
}
