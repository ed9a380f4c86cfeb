package uk.saferhub.meetings.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Membership;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;

/**
 * The meetings module's access rule as SQL over its own tables, for the search: a meeting, and what was recorded at
 * it, is seen by whoever may see its body (the bodies the partnership module lists for the actor, by its own rule in
 * SQL); an exempt agenda item, and the minutes, decisions and actions under it, only by a person holding a seat on the
 * body on the day of the meeting or today, as {@code Meetings.meeting} decides through {@code ExemptItems}.
 */
@Component
class MeetingSearchAccess {

    private final Partnership partnership;

    MeetingSearchAccess(Partnership partnership) {
        this.partnership = partnership;
    }

    /** The rule for one actor: the bodies they see by name, and the SQL conditions with their parameters. */
    Rule of(Actor actor, LocalDate today) {
        List<Body> bodies = partnership.bodies(actor);
        Map<UUID, String> names = new HashMap<>();
        bodies.forEach(body -> names.put(body.id().value(), body.name()));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("meeting_bodies", names.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(names.keySet()));
        StringBuilder seats = new StringBuilder("false");
        List<Membership> held = actor == null ? List.of() : partnership.seatsHeldBy(actor.personId());
        for (int n = 0; n < held.size(); n++) {
            Membership seat = held.get(n);
            parameters.put("seat_body_" + n, seat.bodyId().value());
            seats.append(" or (m.body_id = :seat_body_").append(n);
            if (!seat.currentOn(today)) {
                parameters.put("seat_from_" + n, seat.from());
                seats.append(" and (m.starts_at at time zone 'Europe/London')::date >= :seat_from_").append(n);
                if (seat.to() != null) {
                    parameters.put("seat_to_" + n, seat.to());
                    seats.append(" and (m.starts_at at time zone 'Europe/London')::date <= :seat_to_").append(n);
                }
            }
            seats.append(')');
        }
        return new Rule(names, "m.body_id in (:meeting_bodies)", seats.toString(), parameters);
    }

    /**
     * @param bodyNames the names of the bodies the actor may see, by id
     * @param meetingVisible the condition on a meeting {@code m}: its body is one the actor sees
     * @param seatHeld the condition on a meeting {@code m}: the actor holds a seat on its body on its day or today
     */
    record Rule(Map<UUID, String> bodyNames, String meetingVisible, String seatHeld, Map<String, Object> parameters) {

        /** The condition on an agenda item {@code item} (null when the record is under none) of a visible meeting. */
        String itemVisible(String item) {
            return meetingVisible + " and (" + item + ".id is null or not " + item + ".exempt or " + seatHeld + ")";
        }

        boolean seesNoBody() {
            return bodyNames.isEmpty();
        }
    }
}
