package uk.saferhub.documents.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.documents.Document;
import uk.saferhub.documents.internal.DocumentStore;
import uk.saferhub.documents.internal.ProceedingsStore;

/**
 * Reminds owners ahead of a document's next review: once per review date, {@link #NOTICE_DAYS} days before it (or
 * straight away when it is nearer or overdue). Reminders appear on the owners' review list and in the audit trail;
 * a PostgreSQL advisory lock lets one instance do the work.
 */
@Service
public class ReviewReminders {

    /** How far ahead of the review date owners are reminded. */
    public static final int NOTICE_DAYS = 60;

    private final DocumentStore store;
    private final ProceedingsStore proceedings;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewReminders(DocumentStore store, ProceedingsStore proceedings, AuditTrail audit, JdbcClient jdbc,
            Clock clock) {
        this.store = store;
        this.proceedings = proceedings;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Makes the reminders due today; returns how many were made. */
    @Transactional
    public int remindOwners() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('documents:review-reminders'))").query((rs, n) -> 1).list();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, DisplayDates.LONDON);
        int made = 0;
        List<Document> due = store.reviewsDueBy(today.plusDays(NOTICE_DAYS));
        for (Document document : due) {
            if (proceedings.remind(document.id(), document.nextReviewOn(), now)) {
                made++;
                audit.recordChange(AuditAction.CREATE, "document-review-reminder", document.id(),
                        "Reminded the owners of \"" + document.title() + "\" that its review is due on "
                                + DisplayDates.day(document.nextReviewOn()),
                        Changes.none().field("nextReviewOn", null, document.nextReviewOn())
                                .field("owners", null, document.owners()));
            }
        }
        return made;
    }

    /** When the owners were reminded of the document's current review date, if they were. */
    @Transactional(readOnly = true)
    public Optional<Instant> remindedAt(Document document) {
        return document.nextReviewOn() == null ? Optional.empty()
                : proceedings.remindedAt(document.id(), document.nextReviewOn());
    }
}
