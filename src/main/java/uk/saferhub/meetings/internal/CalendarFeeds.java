package uk.saferhub.meetings.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.Directory;
import uk.saferhub.identity.Identity;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Membership;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.calendar.CalendarEvent;
import uk.saferhub.shared.calendar.CalendarWriter;

/**
 * iCalendar feeds of a body's meetings or of the meetings a person sits on, behind secret-token URLs that calendar
 * programs can poll without signing in. A feed shows what its user may see while their account is enabled; only the
 * token's SHA-256 is kept. Feeds carry no agenda, so exempt items never leave SaferHub this way.
 */
@Service
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubscriptionStore subscriptions;
    private final MeetingStore meetings;
    private final Partnership partnership;
    private final Directory directory;
    private final Identity identity;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarFeeds(SubscriptionStore subscriptions, MeetingStore meetings, Partnership partnership,
            Directory directory, Identity identity, AuditTrail audit, Clock clock) {
        this.subscriptions = subscriptions;
        this.meetings = meetings;
        this.partnership = partnership;
        this.directory = directory;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** A subscription and its token, which is shown once. */
    public record Issued(CalendarSubscription subscription, String token, String name) {
    }

    /** A feed ready to send. */
    public record Feed(String name, String text) {
    }

    /** Creates a subscription for a signed-in user to a body or a person they may see. */
    @Transactional
    public Issued subscribe(Actor actor, CalendarSubscription.Subject subject, UUID subjectId) {
        if (actor.kind() != Actor.Kind.USER) {
            throw new MeetingsChangeRefused("subject", "meetings.calendars.signInOnly");
        }
        String name = name(actor, subject, subjectId);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CalendarSubscription subscription = new CalendarSubscription(UUID.randomUUID(), actor.id(), subject,
                subjectId, clock.instant(), null);
        subscriptions.insert(subscription, hash(token));
        audit.recordChange(AuditAction.CREATE, "calendar-subscription", subscription.id(),
                "Created a calendar subscription to " + name, Changes.none().field("subject", null,
                        subject + " " + subjectId));
        return new Issued(subscription, token, name);
    }

    @Transactional
    public void revoke(Actor actor, UUID id) {
        if (!subscriptions.revoke(id, actor.id(), clock.instant())) {
            throw new RecordNotFoundException("calendar subscription", id);
        }
        audit.recordChange(AuditAction.UPDATE, "calendar-subscription", id, "Revoked a calendar subscription",
                Changes.none().field("revoked", false, true));
    }

    /** The actor's subscriptions with what each follows. */
    @Transactional(readOnly = true)
    public List<Issued> subscriptionsOf(Actor actor) {
        List<Issued> list = new ArrayList<>();
        for (CalendarSubscription subscription : subscriptions.ofUser(actor.id())) {
            String name;
            try {
                name = name(actor, subscription.subjectType(), subscription.subjectId());
            } catch (RecordNotFoundException gone) {
                name = "Something you can no longer see";
            }
            list.add(new Issued(subscription, null, name));
        }
        return list;
    }

    /** The feed behind a token, from three months ago to the end of the schedule; empty for an unknown token. */
    @Transactional
    public Optional<Feed> feed(String token, String baseUrl) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Optional<CalendarSubscription> found = subscriptions.byTokenHash(hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CalendarSubscription subscription = found.get();
        Optional<Actor> actor = identity.actorOf(subscription.userId());
        if (actor.isEmpty()) {
            return Optional.empty();
        }
        try {
            String name = name(actor.get(), subscription.subjectType(), subscription.subjectId());
            subscriptions.used(subscription.id(), clock.instant());
            return Optional.of(new Feed(name, CalendarWriter.write(name + " (SaferHub)",
                    events(actor.get(), subscription, baseUrl))));
        } catch (RecordNotFoundException noLongerVisible) {
            return Optional.empty();
        }
    }

    private List<CalendarEvent> events(Actor actor, CalendarSubscription subscription, String baseUrl) {
        Instant from = clock.instant().atZone(MeetingStore.LONDON).minusMonths(3).toInstant();
        Instant to = clock.instant().atZone(MeetingStore.LONDON).plusWeeks(Cadence.HORIZON_WEEKS + 4)
                .toInstant();
        List<CalendarEvent> events = new ArrayList<>();
        if (subscription.subjectType() == CalendarSubscription.Subject.BODY) {
            Body body = partnership.body(actor, BodyId.of(subscription.subjectId()));
            meetings.ofBody(body.id(), from, to).forEach(meeting -> events.add(event(meeting, body, baseUrl)));
            return events;
        }
        for (Body body : partnership.bodies(actor)) {
            List<Membership> seats = partnership.membersOf(body.id()).stream()
                    .filter(seat -> seat.personId().equals(subscription.subjectId())).toList();
            if (seats.isEmpty()) {
                continue;
            }
            for (Meeting meeting : meetings.ofBody(body.id(), from, to)) {
                LocalDate day = meeting.start().toLocalDate();
                if (seats.stream().anyMatch(seat -> seat.currentOn(day))) {
                    events.add(event(meeting, body, baseUrl));
                }
            }
        }
        events.sort((a, b) -> a.start().compareTo(b.start()));
        return events;
    }

    private static CalendarEvent event(Meeting meeting, Body body, String baseUrl) {
        StringBuilder description = new StringBuilder();
        if (meeting.purpose() != null) {
            description.append(meeting.purpose()).append('\n');
        }
        if (meeting.windowText() != null) {
            description.append("Provisional date: ").append(meeting.windowText()).append('\n');
        }
        if (meeting.moveReason() != null) {
            description.append("Moved: ").append(meeting.moveReason()).append('\n');
        }
        if (meeting.cancelled()) {
            description.append("Cancelled: ").append(meeting.cancelReason()).append('\n');
        }
        String url = baseUrl + "/meetings/" + meeting.id();
        description.append(url);
        String summary = meeting.title().equals(body.name()) ? body.name() : meeting.title() + " (" + body.name()
                + ")";
        if (meeting.purpose() != null) {
            summary = summary + ": " + meeting.purpose();
        }
        return new CalendarEvent(meeting.id(), meeting.sequence(), meeting.start(), meeting.end(), summary,
                description.toString(), meeting.location(), meeting.cancelled(), meeting.updatedAt(), url);
    }

    private String name(Actor actor, CalendarSubscription.Subject subject, UUID subjectId) {
        return subject == CalendarSubscription.Subject.BODY
                ? "Meetings of " + partnership.body(actor, BodyId.of(subjectId)).name()
                : "Meetings of " + directory.person(actor, subjectId).name();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
