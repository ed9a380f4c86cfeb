package uk.saferhub.documents.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.saferhub.directory.Directory;
import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentListing;
import uk.saferhub.documents.Documents;
import uk.saferhub.documents.internal.DisplayDates;
import uk.saferhub.documents.internal.ReviewReminders;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;

/**
 * The documents whose review is overdue or due within three months, soonest first, with their owners and whether
 * they were reminded; the signed-in person's own documents first.
 */
@Controller
class ReviewsPageController {

    static final int MONTHS_AHEAD = 3;

    private final Documents documents;
    private final ReviewReminders reminders;
    private final Directory directory;
    private final PageWords words;

    ReviewsPageController(Documents documents, ReviewReminders reminders, Directory directory, PageWords words) {
        this.words = words;
        this.documents = documents;
        this.reminders = reminders;
        this.directory = directory;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/documents/reviews")
    String reviews(Actor actor, Model model) {
        List<DocumentListing> due = documents.reviewsDue(actor, MONTHS_AHEAD);
        Map<UUID, String> people = directory.namesAsSeenBy(actor,
                due.stream().flatMap(l -> l.document().owners().stream()).collect(Collectors.toSet()));
        LocalDate today = documents.today();
        List<ReviewDueRow> yours = due.stream()
                .filter(l -> actor.personId() != null && l.document().owners().contains(actor.personId()))
                .map(l -> row(l, people, today)).toList();
        model.addAttribute("yours", yours);
        model.addAttribute("rows", due.stream().map(l -> row(l, people, today)).toList());
        model.addAttribute("linkedToPerson", actor.personId() != null);
        return "documents/reviews";
    }

    private ReviewDueRow row(DocumentListing listing, Map<UUID, String> people, LocalDate today) {
        Document document = listing.document();
        String owners = document.owners().stream().map(people::get).filter(Objects::nonNull)
                .collect(Collectors.joining(" & "));
        String organisation = listing.ownerName() == null ? "" : listing.ownerName();
        return new ReviewDueRow(document.id(), document.title(), words.label("documents.type.", document.type()), listing.versionLabel(),
                DisplayDates.day(document.nextReviewOn()), document.reviewOverdue(today),
                owners.isEmpty() ? organisation : owners + ", " + organisation,
                reminders.remindedAt(document).map(at -> DisplayDates.day(LocalDate.ofInstant(at,
                        java.time.ZoneId.of("Europe/London")))).orElse(null));
    }
}
