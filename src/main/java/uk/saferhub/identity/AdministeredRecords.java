package uk.saferhub.identity;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.identity.internal.ApiKeyStore;
import uk.saferhub.identity.internal.UserAccountStore;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * The accounts and keys an administrator manages: those of the organisations that share with theirs. Asking for
 * another organisation's is refused and audited, and answers as if it did not exist.
 */
@Component
class AdministeredRecords {

    private final UserAccountStore accounts;
    private final ApiKeyStore apiKeys;
    private final AuditTrail audit;

    AdministeredRecords(UserAccountStore accounts, ApiKeyStore apiKeys, AuditTrail audit) {
        this.accounts = accounts;
        this.apiKeys = apiKeys;
        this.audit = audit;
    }

    List<UserAccount> users(Actor administrator) {
        return accounts.all().stream()
                .filter(account -> administrator.sharesWith(account.organisationId()))
                .sorted(Comparator.comparing(UserAccount::username))
                .toList();
    }

    UserAccount user(Actor administrator, UUID id) {
        UserAccount account = accounts.find(id).orElseThrow(() -> new RecordNotFoundException("user", id));
        if (!administrator.sharesWith(account.organisationId())) {
            throw refused(administrator, "user", id);
        }
        return account;
    }

    List<ApiKey> apiKeys(Actor administrator) {
        return apiKeys.all().stream()
                .filter(key -> administrator.sharesWith(key.organisationId()))
                .sorted(Comparator.comparing(ApiKey::createdAt).reversed())
                .toList();
    }

    ApiKey apiKey(Actor administrator, UUID id) {
        ApiKey key = apiKeys.find(id).orElseThrow(() -> new RecordNotFoundException("api-key", id));
        if (!administrator.sharesWith(key.organisationId())) {
            throw refused(administrator, "api-key", id);
        }
        return key;
    }

    /**
     * An account or key of an organisation that does not share with the administrator's: the refusal is audited, as
     * every refused access is, and the answer is the same as for one that does not exist.
     */
    private RecordNotFoundException refused(Actor administrator, String recordType, UUID id) {
        audit.recordIndependently(AuditEntry.by(administrator, AuditAction.ACCESS_REFUSED, recordType, id,
                "Access refused: another organisation's " + recordType, Changes.none()));
        return new RecordNotFoundException(recordType, id);
    }
}
