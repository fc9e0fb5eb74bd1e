package dev.iqconsole.deploy;

import dev.iqconsole.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The person signed in to the console (or its one local user when it has no login). */
@Component
class SignedInActor implements Actor {

    private final CurrentUser user;

    SignedInActor(CurrentUser user) {
        this.user = user;
    }

    @Override
    public String name() {
        return user.name();
    }

    @Override
    public void requireChange(String context) {
        if (!user.mayChange(context)) {
            throw new AccessDeniedException(user.refusal(context));
        }
    }
}
