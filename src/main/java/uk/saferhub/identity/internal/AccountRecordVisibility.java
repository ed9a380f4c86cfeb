package uk.saferhub.identity.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordVisibility;

/**
 * Which identity records the audit trail may show an actor: user accounts and API keys of the organisations they
 * administer (those sharing with theirs, as on the administration pages), and every refused page or endpoint, whose
 * record is only the address that was asked for.
 */
@Component
class AccountRecordVisibility implements RecordVisibility {

    private final UserAccountStore accounts;
    private final ApiKeyStore apiKeys;

    AccountRecordVisibility(UserAccountStore accounts, ApiKeyStore apiKeys) {
        this.accounts = accounts;
        this.apiKeys = apiKeys;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("user", "api-key", "page", "endpoint");
    }

    @Override
    public Set<String> visibleTo(Actor actor, String recordType, Set<String> recordIds) {
        if (recordType.equals("page") || recordType.equals("endpoint")) {
            return recordIds;
        }
        Set<UUID> ids = RecordVisibility.uuidsOf(recordIds);
        var visible = new HashSet<UUID>();
        if (recordType.equals("user")) {
            accounts.findAll(ids).stream().filter(account -> actor.sharesWith(account.organisationId()))
                    .forEach(account -> visible.add(account.id()));
        } else {
            apiKeys.findAll(ids).stream().filter(key -> actor.sharesWith(key.organisationId()))
                    .forEach(key -> visible.add(key.id()));
        }
        return RecordVisibility.idsOf(visible);
    }
}
