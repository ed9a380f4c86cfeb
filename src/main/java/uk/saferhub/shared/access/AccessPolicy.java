package uk.saferhub.shared.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see a record: owning organisation plus handling level, widened by the
 * organisations the record is shared with, or narrowed to the audience it names (drafts, exempt items, development
 * records). Pages, the API and exports all ask it, either record by record ({@link #requireVisible}) or, for lists,
 * through the SQL predicate it writes ({@link #visibleRows}), which states the same rule in SQL. Who may change a
 * record is decided beside it, by {@link ChangePolicy}.
 */
@Component
public class AccessPolicy {

    private final ApplicationEventPublisher events;

    public AccessPolicy(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * The rule itself. A null actor is an anonymous visitor. Besides those the record's level and audience let see it,
     * the readers it names as {@link Restricted#alsoSeenBy} see it (intelligence kept to the police all the same).
     */
    public static boolean canSee(Actor actor, Restricted record) {
        if (record.alsoSeenBy().filter(audience -> audience.names(actor)).isPresent()
                && (record.handlingLevel() != HandlingLevel.POLICE_ONLY || actor.police())) {
            return true;
        }
        return canSeeAsItsLevelSays(actor, record);
    }

    /** The rule without {@link Restricted#alsoSeenBy}: who sees the record for its own sake, so who may change it. */
    public static boolean canSeeAsItsLevelSays(Actor actor, Restricted record) {
        Optional<Audience> narrowed = record.narrowedTo();
        if (narrowed.isPresent()) {
            // A named audience replaces the owner's partners; intelligence still never reaches a council.
            return narrowed.get().names(actor)
                    && (record.handlingLevel() != HandlingLevel.POLICE_ONLY || actor.police());
        }
        if (record.handlingLevel() == HandlingLevel.PUBLIC) {
            return actor != null || !record.withheldFromThePublic();
        }
        return canSee(actor, record.owningOrganisationId(), record.handlingLevel(), record.sharedWith());
    }

    static boolean canSee(Actor actor, UUID owner, HandlingLevel level, Collection<UUID> sharedWith) {
        if (level == HandlingLevel.PUBLIC) {
            return true;
        }
        if (actor == null) {
            return false;
        }
        return switch (level) {
            case PUBLIC -> true;
            case PARTNERSHIP -> actor.sharesWith(owner) || sharedWith.contains(actor.organisationId());
            case AGENCY -> actor.organisationId().equals(owner);
            case POLICE_ONLY -> actor.police() && actor.sharesWith(owner);
        };
    }

    /**
     * Returns the record when the actor may see it, auditing the view of a restricted one; otherwise audits the
     * refusal and answers as if the record did not exist.
     */
    public <T extends Restricted> T requireVisible(Actor actor, T record) {
        if (!canSee(actor, record)) {
            events.publishEvent(new AccessRefused(actor, record.recordType(), record.recordId(),
                    "handling level " + record.handlingLevel()));
            throw new RecordNotFoundException(record.recordType(), record.recordId());
        }
        if (record.handlingLevel().viewIsAudited()) {
            events.publishEvent(new RestrictedRecordViewed(actor, record.recordType(), record.recordId(),
                    record.handlingLevel()));
        }
        return record;
    }

    /** {@link #requireVisible} for a lookup that may have found nothing. */
    public <T extends Restricted> T requireVisible(Actor actor, Optional<T> record, String recordType, Object id) {
        return requireVisible(actor, record.orElseThrow(() -> new RecordNotFoundException(recordType, id)));
    }

    /**
     * The same rule as a SQL predicate over a table's owner and handling-level columns, for list queries and exports of
     * records that share with no organisation beyond their owner's partners. See
     * {@link #visibleRows(Actor, String, String, String)}.
     */
    public static SqlPredicate visibleRows(Actor actor, String ownerColumn, String handlingColumn) {
        return visibleRows(actor, ownerColumn, handlingColumn, null);
    }

    /**
     * The same rule as a SQL predicate over a table's owner and handling-level columns and an expression giving the
     * organisations each row is shared with (a {@code uuid[]}, for example {@code array(select ... where ...)}, or
     * null when rows share with no one else), with its named parameters. The parameter names are prefixed with
     * {@code access_}. It states {@link #canSee} for records that neither name a narrowed audience nor withhold a
     * PUBLIC record from the public; those are filtered in Java.
     */
    public static SqlPredicate visibleRows(Actor actor, String ownerColumn, String handlingColumn,
            String sharedWithExpression) {
        if (actor == null) {
            return new SqlPredicate(handlingColumn + " = 'PUBLIC'", Map.of());
        }
        List<UUID> partners = actor.partnerOrganisationIds().isEmpty()
                ? List.of(actor.organisationId())
                : List.copyOf(actor.partnerOrganisationIds());
        String partnerOfOwner = ownerColumn + " = :access_org or " + ownerColumn + " in (:access_partners)";
        String sharedWith = sharedWithExpression == null ? ""
                : " or :access_org = any(" + sharedWithExpression + ")";
        String clause = "(" + handlingColumn + " = 'PUBLIC'"
                + " or (" + handlingColumn + " = 'PARTNERSHIP' and (" + partnerOfOwner + sharedWith + "))"
                + " or (" + handlingColumn + " = 'AGENCY' and " + ownerColumn + " = :access_org)"
                + (actor.police()
                        ? " or (" + handlingColumn + " = 'POLICE_ONLY' and (" + partnerOfOwner + "))"
                        : "")
                + ")";
        return new SqlPredicate(clause, Map.of("access_org", actor.organisationId(), "access_partners", partners));
    }

    /** A fragment of a WHERE clause and the named parameters it uses. */
    public record SqlPredicate(String clause, Map<String, Object> parameters) {
    }
}
