package uk.saferhub.partnership.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.saferhub.directory.ChairSeats;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.Audience;

/** The seats held today on the bodies a person chairs or co-chairs: who works with them there (see {@link ChairSeats}). */
@Component
class ChairSeatsOfBodies implements ChairSeats {

    private static final String CURRENT_CHAIRS_AND_SEATS = """
              from partnership_membership chair
              join partnership_membership seat on seat.body_id = chair.body_id
             where chair.role in ('CHAIR', 'CO_CHAIR')
               and chair.from_date <= :today and (chair.to_date is null or chair.to_date >= :today)
               and seat.from_date <= :today and (seat.to_date is null or seat.to_date >= :today)""";

    private final JdbcClient jdbc;
    private final Clock clock;

    ChairSeatsOfBodies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<UUID, Audience> workingWith(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Set<UUID>> organisations = new HashMap<>();
        Map<UUID, Set<UUID>> people = new HashMap<>();
        jdbc.sql("select chair.person_id as chair_id, seat.person_id, seat.representing_organisation_id "
                        + CURRENT_CHAIRS_AND_SEATS + " and chair.person_id in (:people)")
                .param("today", LocalDate.now(clock))
                .param("people", Set.copyOf(personIds))
                .query(rs -> {
                    UUID chair = rs.getObject("chair_id", UUID.class);
                    people.computeIfAbsent(chair, id -> new HashSet<>()).add(rs.getObject("person_id", UUID.class));
                    UUID organisation = rs.getObject("representing_organisation_id", UUID.class);
                    Set<UUID> seated = organisations.computeIfAbsent(chair, id -> new HashSet<>());
                    if (organisation != null) {
                        seated.add(organisation);
                    }
                });
        Map<UUID, Audience> audiences = new HashMap<>();
        people.forEach((chair, seated) -> audiences.put(chair, new Audience(organisations.get(chair), seated)));
        return audiences;
    }

    @Override
    public Set<UUID> chairsWorkingWith(Actor actor) {
        if (actor == null) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select distinct chair.person_id " + CURRENT_CHAIRS_AND_SEATS
                        + " and (seat.representing_organisation_id = :organisation"
                        + " or seat.person_id = cast(:person as uuid))")
                .param("today", LocalDate.now(clock))
                .param("organisation", actor.organisationId())
                .param("person", actor.personId())
                .query(UUID.class).list());
    }
}
