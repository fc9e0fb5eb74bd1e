package dev.iqconsole.deploy;

import java.util.Arrays;

/**
 * A Hugging Face token held in memory only. It never prints itself; only the Secret builder reads it.
 */
public final class HfToken {

    private static final HfToken NONE = new HfToken(new char[0]);

    private final char[] value;

    private HfToken(char[] value) {
        this.value = value;
    }

    public static HfToken of(char[] value) {
        return value == null || value.length == 0 ? NONE : new HfToken(value.clone());
    }

    public static HfToken of(String value) {
        return value == null || value.isBlank()
                ? NONE
                : new HfToken(value.strip().toCharArray());
    }

    public static HfToken none() {
        return NONE;
    }

    public boolean isPresent() {
        return value.length > 0;
    }

    String reveal() {
        return new String(value);
    }

    /** Overwrites the characters once the Secret has been sent. */
    public void wipe() {
        Arrays.fill(value, '\0');
    }

    @Override
    public String toString() {
        return isPresent() ? "HfToken[redacted]" : "HfToken[none]";
    }
}
