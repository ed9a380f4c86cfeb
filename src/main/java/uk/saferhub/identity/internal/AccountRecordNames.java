package uk.saferhub.identity.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.audit.RecordNames;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.Role;

/**
 * Names user accounts and API keys in the audit trail for a viewer in a partnership with their organisation (the rule
 * of {@link AccountRecordVisibility}): an account by its display name, linked to its page for an administrator; an API
 * key by its name.
 */
@Component
class AccountRecordNames implements RecordNames {

    private final UserAccountStore accounts;
    private final ApiKeyStore apiKeys;

    AccountRecordNames(UserAccountStore accounts, ApiKeyStore apiKeys) {
        this.accounts = accounts;
        this.apiKeys = apiKeys;
    }

    @Override
    public Map<UUID, Named> namesOf(Actor viewer, Set<UUID> ids) {
        Map<UUID, Named> names = new HashMap<>();
        if (viewer == null) {
            return names;
        }
        boolean administrator = ChangePolicy.holds(viewer, Role.ADMINISTRATOR);
        accounts.findAll(ids).stream().filter(account -> viewer.sharesWith(account.organisationId()))
                .forEach(account -> names.put(account.id(), administrator
                        ? Named.linked(account.displayName(), "/admin/users/" + account.id())
                        : Named.unlinked(account.displayName())));
        apiKeys.findAll(ids).stream().filter(key -> viewer.sharesWith(key.organisationId()))
                .forEach(key -> names.put(key.id(), Named.unlinked(key.name())));
        return names;
    }
}
