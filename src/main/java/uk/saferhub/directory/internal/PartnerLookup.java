package uk.saferhub.directory.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which organisations share PARTNERSHIP records with an organisation, through any sharing agreement. */
@Component
public class PartnerLookup {

    private final JdbcClient jdbc;

    PartnerLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<UUID> partnersOf(UUID organisationId) {
        List<UUID> partners = jdbc.sql("""
                select distinct other.organisation_id
                  from sharing_agreement_party mine
                  join sharing_agreement_party other on other.sharing_agreement_id = mine.sharing_agreement_id
                 where mine.organisation_id = ?""")
                .param(organisationId)
                .query(UUID.class)
                .list();
        var result = new HashSet<>(partners);
        result.add(organisationId);
        return result;
    }
}
