package dev.iqconsole.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** What the login view offers: the account form, and one link per OpenID Connect provider. */
@Component
public class SignInOptions {

    private final boolean accounts;
    private final Map<String, String> providers = new LinkedHashMap<>();

    SignInOptions(LoginMode mode, ObjectProvider<InMemoryClientRegistrationRepository> registrations) {
        this.accounts = mode.users();
        registrations.ifAvailable(r -> r.forEach(c -> providers.put(c.getRegistrationId(), c.getClientName())));
    }

    public boolean accounts() {
        return accounts;
    }

    /** Registration id to the name shown on its button. */
    public Map<String, String> providers() {
        return Map.copyOf(providers);
    }
}
