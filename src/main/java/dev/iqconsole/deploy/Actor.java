package dev.iqconsole.deploy;

/**
 * Who performs a cluster action: the history records the name, and the action is refused when this person may not
 * change anything on the context. The service asks again whatever the page showed, so a forged click is refused too.
 */
public interface Actor {

    String name();

    /** Throws {@link org.springframework.security.access.AccessDeniedException}, saying why, when not allowed. */
    void requireChange(String context);
}
