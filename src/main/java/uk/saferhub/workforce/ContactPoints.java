package uk.saferhub.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.Directory;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Role;
import uk.saferhub.workforce.internal.ContactPointStore;
import uk.saferhub.workforce.internal.WorkforceChangeRefused;

/**
 * Local contact points: everyone, signed in or not, sees where and when they are held (they are advertised); police
 * contributors add them for their own organisation and call off a date, with the reason. A contact point scheduled to
 * start in the past, ending before it starts, or placed outside Great Britain is refused, and nothing is kept.
 */
@Service
public class ContactPoints {

    private final ContactPointStore store;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    ContactPoints(ContactPointStore store, Directory directory, AuditTrail audit, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public List<ContactPoint> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public ContactPoint contactPoint(UUID id) {
        return store.find(id).orElseThrow(() -> new RecordNotFoundException(ContactPoint.RECORD_TYPE, id));
    }

    /** Every date held from today for the weeks given, soonest first, cancelled ones marked. */
    @Transactional(readOnly = true)
    public List<ContactPoint.Occurrence> upcoming(int weeks) {
        LocalDate today = today();
        return store.all().stream().flatMap(point -> point.occurrences(today, today.plusWeeks(weeks)).stream())
                .sorted(Comparator.comparing(ContactPoint.Occurrence::date)
                        .thenComparing(o -> o.point().starts()))
                .toList();
    }

    /** Whether the actor may add contact points (and call off their dates): a police contributor. */
    public boolean mayAdd(Actor actor) {
        return actor != null && actor.police() && ChangePolicy.holds(actor, Role.CONTRIBUTOR);
    }

    /** Whether the actor may call off a date of this contact point: a police contributor of its organisation. */
    public boolean mayCancel(Actor actor, ContactPoint point) {
        return mayAdd(actor) && ChangePolicy.mayChangeFor(actor, point.owningOrganisationId(), Role.CONTRIBUTOR);
    }

    /** Adds a contact point held by the actor's organisation (the system's, with a null actor). */
    @Transactional
    public ContactPoint add(Actor actor, ContactPointDetails details) {
        if (actor != null && !mayAdd(actor)) {
            throw new AccessDeniedException("Police contributors add contact points");
        }
        ContactPointDetails d = actor == null ? details : new ContactPointDetails(details.name(), details.address(),
                details.latitude(), details.longitude(), actor.organisationId(), details.frequency(), details.day(),
                details.weekOfMonth(), details.starts(), details.ends(), details.firstDate(), details.lastDate(),
                details.staffedBy(), details.pcsoIds());
        check(d, actor != null);
        if (store.exists(d.name().strip(), d.firstDate())) {
            throw new WorkforceChangeRefused("name", "workforce.contact.name.taken");
        }
        UUID id = UUID.randomUUID();
        store.insert(id, new ContactPointDetails(d.name().strip(), d.address().strip(), d.latitude(), d.longitude(),
                d.owningOrganisationId(), d.frequency(), d.day(), d.weekOfMonth(), d.starts(), d.ends(),
                d.firstDate(), d.lastDate(), d.staffedBy().strip(), d.pcsoIds()));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", d.name().strip());
        fields.put("schedule", d.frequency() + " " + d.day() + " " + d.starts() + "–" + d.ends());
        fields.put("firstDate", d.firstDate());
        audit.recordChange(AuditAction.CREATE, ContactPoint.RECORD_TYPE, id, "Contact point added: " + d.name().strip(),
                Changes.created(fields));
        return contactPoint(id);
    }

    /** Calls off one date the contact point is held on, not yet past, with the reason the public is given. */
    @Transactional
    public void cancel(Actor actor, UUID id, LocalDate date, String reason) {
        ContactPoint point = contactPoint(id);
        if (actor != null && !mayCancel(actor, point)) {
            throw new AccessDeniedException("Police contributors of its organisation call off a date");
        }
        if (date == null) {
            throw new WorkforceChangeRefused("date", "workforce.contact.cancel.date.required");
        }
        if (actor != null && date.isBefore(today())) {
            throw new WorkforceChangeRefused("date", "workforce.contact.cancel.date.past");
        }
        if (!point.heldOn(date)) {
            throw new WorkforceChangeRefused("date", "workforce.contact.cancel.date.notHeld");
        }
        if (point.cancellations().containsKey(date)) {
            throw new WorkforceChangeRefused("date", "workforce.contact.cancel.date.already");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 300) {
            throw new WorkforceChangeRefused("reason", "workforce.contact.cancel.reason.required");
        }
        store.cancel(id, date, reason.strip());
        audit.recordChange(AuditAction.UPDATE, ContactPoint.RECORD_TYPE, id, "Contact point " + point.name()
                + " called off on " + date, Changes.none().field("cancelled", null, date + ": " + reason.strip()));
    }

    /** The website of the holding organisation or the nearest organisation above it with one, for online contact. */
    public String websiteOf(UUID organisationId) {
        UUID id = organisationId;
        for (int depth = 0; id != null && depth < 6; depth++) {
            var record = directory.organisationRecord(id);
            if (record.isEmpty()) {
                return null;
            }
            if (record.get().website() != null && !record.get().website().isBlank()) {
                return record.get().website();
            }
            id = directory.organisation(id).map(o -> o.parentId()).orElse(null);
        }
        return null;
    }

    private void check(ContactPointDetails d, boolean byAPerson) {
        required("name", d.name(), "workforce.contact.name.required");
        required("address", d.address(), "workforce.contact.address.required");
        required("staffedBy", d.staffedBy(), "workforce.contact.staffedBy.required");
        if (d.latitude() == null || d.longitude() == null || d.latitude() < 49 || d.latitude() > 61
                || d.longitude() < -9 || d.longitude() > 2.5) {
            throw new WorkforceChangeRefused("latitude", "workforce.contact.point.range");
        }
        if (d.frequency() == null) {
            throw new WorkforceChangeRefused("frequency", "workforce.contact.frequency.required");
        }
        if (d.day() == null) {
            throw new WorkforceChangeRefused("day", "workforce.contact.day.required");
        }
        if (d.frequency() == ContactPoint.Frequency.MONTHLY && (d.weekOfMonth() == null || d.weekOfMonth() < 1
                || d.weekOfMonth() > 5)) {
            throw new WorkforceChangeRefused("weekOfMonth", "workforce.contact.weekOfMonth.required");
        }
        if (d.starts() == null || d.ends() == null || !d.ends().isAfter(d.starts())) {
            throw new WorkforceChangeRefused("ends", "workforce.contact.hours.order");
        }
        if (d.firstDate() == null) {
            throw new WorkforceChangeRefused("firstDate", "workforce.contact.firstDate.required");
        }
        if (byAPerson && d.firstDate().isBefore(today())) {
            throw new WorkforceChangeRefused("firstDate", "workforce.contact.firstDate.past");
        }
        if (d.lastDate() != null && d.lastDate().isBefore(d.firstDate())) {
            throw new WorkforceChangeRefused("lastDate", "workforce.contact.lastDate.order");
        }
    }

    private static void required(String field, String value, String key) {
        if (value == null || value.isBlank()) {
            throw new WorkforceChangeRefused(field, key);
        }
        if (value.strip().length() > 300) {
            throw new WorkforceChangeRefused(field, "workforce.contact.text.tooLong", 300);
        }
    }
}
