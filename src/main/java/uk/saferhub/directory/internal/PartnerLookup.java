package uk.saferhub.directory.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.saferhub.shared.access.Actor;

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

    /**
     * The actor with the partnerships of their organisation as they stand now. A signed-in user's actor is built at
     * sign-in; an organisation added since then joins their sharing agreements, and the directory must show it to
     * them at once rather than after they sign in again.
     */
    public Actor current(Actor actor) {
        if (actor == null) {
            return null;
        }
        return new Actor(actor.kind(), actor.id(), actor.name(), actor.organisationId(), actor.organisationName(),
                actor.police(), partnersOf(actor.organisationId()), actor.roles(), actor.personId());
    }
}
