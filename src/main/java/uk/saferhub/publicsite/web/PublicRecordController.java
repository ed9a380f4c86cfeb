package uk.saferhub.publicsite.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import uk.saferhub.documents.DocumentFilter;
import uk.saferhub.documents.Documents;
import uk.saferhub.plans.Plan;
import uk.saferhub.plans.Plans;
import uk.saferhub.plans.Recommendation;
import uk.saferhub.plans.Variation;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.tasking.PublicPriorities;
import uk.saferhub.workforce.ContactPoint;
import uk.saferhub.workforce.ContactPointWords;
import uk.saferhub.workforce.ContactPoints;

/**
 * The public record as a whole: a sitemap of every public page, and the open data downloads (CSV beside the JSON of
 * each list) with their licence. Every read is made as the public (a null actor), so nothing restricted can reach
 * them whoever asks.
 */
@Controller
class PublicRecordController {

    static final String LICENCE = "Open Government Licence v3.0";

    private final Documents documents;
    private final Plans plans;
    private final PublicPriorities priorities;
    private final ContactPoints contactPoints;
    private final ContactPointWords schedule;
    private final uk.saferhub.partnership.Partnership partnership;
    private final uk.saferhub.meetings.Meetings meetings;
    private final uk.saferhub.reports.Reports reports;

    PublicRecordController(Documents documents, Plans plans, PublicPriorities priorities,
            ContactPoints contactPoints, ContactPointWords schedule, uk.saferhub.partnership.Partnership partnership,
            uk.saferhub.meetings.Meetings meetings, uk.saferhub.reports.Reports reports) {
        this.partnership = partnership;
        this.meetings = meetings;
        this.reports = reports;
        this.documents = documents;
        this.plans = plans;
        this.priorities = priorities;
        this.contactPoints = contactPoints;
        this.schedule = schedule;
    }

    @PermitAll
    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        List<String> paths = new ArrayList<>(List.of("/", "/accessibility", "/public/documents", "/public/plans",
                "/public/priorities", "/public/contact-points", "/public/data", "/public/structure",
                "/public/meetings"));
        documents.register(null, DocumentFilter.all()).forEach(l -> paths.add("/public/documents/" + l.document().id()));
        plans.plans(null).forEach(plan -> paths.add("/public/plans/" + plan.id()));
        plans.variations(null).forEach(draft -> paths.add("/public/variations/" + draft.id()));
        priorities.areas().values().forEach(slug -> paths.add("/public/priorities/" + slug));
        for (var body : partnership.bodies(null)) {
            for (var meeting : meetings.meetingsOf(null, body.id(), java.time.Instant.EPOCH,
                    java.time.Instant.now().plus(400, java.time.temporal.ChronoUnit.DAYS))) {
                paths.add("/public/meetings/" + meeting.id());
                reports.publishedOfMeeting(meeting).forEach(report -> paths.add("/public/reports/" + report.id()));
            }
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : paths) {
            xml.append("  <url><loc>").append(escape(base + path)).append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    @PermitAll
    @GetMapping("/public/data")
    String data(org.springframework.ui.Model model) {
        model.addAttribute("licence", LICENCE);
        return "publicsite/data";
    }

    @PermitAll
    @GetMapping("/public/data/{list}.csv")
    ResponseEntity<String> csv(@PathVariable String list) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            switch (list) {
                case "plans" -> {
                    csv.printRecord("id", "title", "term", "commissioner", "due_by", "version", "issued_on");
                    for (Plan plan : plans.plans(null)) {
                        csv.printRecord(plan.id(), plan.title(), plan.term(), plan.commissioner(), plan.deadline(),
                                plan.current().map(v -> v.number()).orElse(null),
                                plan.current().map(v -> v.issuedOn()).orElse(null));
                    }
                }
                case "variations" -> {
                    csv.printRecord("id", "plan", "title", "status", "consulted_on", "sent_on", "reported_on",
                            "recommendations", "responded_on", "published_on", "issued_on");
                    for (Variation d : plans.variations(null)) {
                        csv.printRecord(d.id(), d.planTitle(), d.title(), d.status(), d.consultedOn(), d.sentOn(),
                                d.reportedOn(), d.recommendations().size(), d.respondedOn(), d.publishedOn(),
                                d.issuedOn());
                    }
                }
                case "recommendations" -> {
                    csv.printRecord("variation_id", "variation", "number", "recommendation", "response", "reasons");
                    for (Variation d : plans.variations(null)) {
                        for (Recommendation r : d.recommendations()) {
                            csv.printRecord(d.id(), d.title(), r.number(), r.text(), r.response(), r.reasons());
                        }
                    }
                }
                case "contact-points" -> {
                    csv.printRecord("id", "name", "address", "latitude", "longitude", "schedule", "staffed_by",
                            "next_date", "next_date_called_off");
                    LocalDate today = contactPoints.today();
                    for (ContactPoint p : contactPoints.all()) {
                        var next = p.occurrences(today, today.plusYears(1)).stream().findFirst();
                        csv.printRecord(p.id(), p.name(), p.address(), p.latitude(), p.longitude(),
                                schedule.schedule(p), p.staffedBy(), next.map(o -> o.date()).orElse(null),
                                next.map(o -> o.cancelledBecause()).orElse(null));
                    }
                }
                default -> throw new RecordNotFoundException("open-data", list);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + list + ".csv\"")
                .header("X-Licence", LICENCE).body(out.toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
