package dev.iqconsole.profile;

/**
 * A query the profiles engine cannot answer, naming the field and what it allows. {@link Kind#NOT_FOUND} for names
 * that exist nowhere in the catalog (model, model server, version), {@link Kind#INVALID} for everything else.
 */
public class ProfileQueryException extends RuntimeException {

    public enum Kind {
        INVALID,
        NOT_FOUND
    }

    private final Kind kind;
    private final String field;

    public ProfileQueryException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static ProfileQueryException invalid(String field, String message) {
        return new ProfileQueryException(Kind.INVALID, field, field + ": " + message);
    }

    public static ProfileQueryException notFound(String field, String value, String allowed) {
        return new ProfileQueryException(
                Kind.NOT_FOUND, field, field + ": " + quoted(value) + " is not known. Known values: " + allowed);
    }

    /** A value the client sent, quoted for a message: cut short, so that a huge value is not sent back whole. */
    public static String quoted(String value) {
        int max = 100;
        return value.length() <= max
                ? "'" + value + "'"
                : "'" + value.substring(0, max) + "…' (" + value.length() + " characters)";
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
