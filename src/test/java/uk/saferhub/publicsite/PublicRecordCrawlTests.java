package uk.saferhub.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.documents.DocumentDetails;
import uk.saferhub.documents.DocumentEditor;
import uk.saferhub.documents.DocumentType;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.intake.Observations;
import uk.saferhub.intake.PriorityChoices;
import uk.saferhub.intake.internal.Grading;
import uk.saferhub.intake.internal.NewObservation;
import uk.saferhub.intake.internal.ObservationKind;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.plans.DraftDetails;
import uk.saferhub.plans.Objective;
import uk.saferhub.plans.Plan;
import uk.saferhub.plans.PlanSection;
import uk.saferhub.plans.PlanWorkflow;
import uk.saferhub.plans.Plans;
import uk.saferhub.reports.ReportDetails;
import uk.saferhub.reports.ReportSection;
import uk.saferhub.reports.Reports;
import uk.saferhub.reports.SectionKind;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The public record keeps nothing restricted: restricted records of every kind are made with one mark in their words
 * (an agency-only protocol, an unpublished draft variation sent to the Panel, an exempt report to the Panel, a
 * police-only intelligence observation), then every page reachable from the public home page, every sitemap entry
 * and every open data download is read as a visitor (PDFs read back as text). None may hold the mark, nor the name
 * of a PCSO or of the Panel's members, who are not public people.
 */
@SaferHubTest
class PublicRecordCrawlTests {

    private static final Pattern LINK = Pattern.compile("<loc>https?://[^/]+(/[^<]*)</loc>");
    private static final int MOST_PAGES = 400;

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DocumentEditor documents;
    @Autowired
    Plans plans;
    @Autowired
    PlanWorkflow workflow;
    @Autowired
    Reports reports;
    @Autowired
    Meetings meetings;
    @Autowired
    Observations observations;
    @Autowired
    PriorityChoices choices;
    @Autowired
    Geography geography;

    @Test
    void noRestrictedRecordReachesAPublicPageTheSitemapOrTheOpenData() throws Exception {
        String mark = "Crawlmark" + UUID.randomUUID().toString().substring(0, 8);
        restrictedRecords(mark);

        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/sitemap.xml", "/public/data"));
        List<String> leaks = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < MOST_PAGES) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            MvcResult result = mvc.perform(get(path)).andReturn();
            int status = result.getResponse().getStatus();
            if (status != 200) {
                continue;
            }
            String type = String.valueOf(result.getResponse().getContentType());
            String body = type.contains("pdf") ? pdfText(result.getResponse().getContentAsByteArray())
                    : result.getResponse().getContentAsString();
            for (String secret : List.of(mark, "PCSO 3301", "Cambridgeshire Police and Crime Panel scrutiny officer")) {
                if (body.contains(secret)) {
                    leaks.add(path + " holds " + secret);
                }
            }
            if (type.contains("html")) {
                Jsoup.parse(body).select("a[href]").eachAttr("href").stream().map(PublicRecordCrawlTests::local)
                        .filter(link -> link != null && !seen.contains(link)).forEach(queue::add);
            } else if (path.equals("/sitemap.xml")) {
                Matcher matcher = LINK.matcher(body);
                while (matcher.find()) {
                    queue.add(matcher.group(1));
                }
            }
        }
        assertThat(seen).as("the crawl reached the public record").contains("/public/plans", "/public/contact-points",
                "/public/data/plans.csv", "/public/data/variations.csv", "/public/data/contact-points.csv",
                "/public/api/plans", "/public/contact-points.ics", "/public/documents", "/public/structure",
                "/public/meetings");
        assertThat(seen.stream().filter(p -> p.startsWith("/public/variations/")).count()).isPositive();
        assertThat(seen.stream().filter(p -> p.startsWith("/public/reports/")).count()).isPositive();
        assertThat(seen.stream().filter(p -> p.matches("/public/meetings/.+/pack")).count()).isPositive();
        assertThat(leaks).isEmpty();
    }

    /** A link to follow as a visitor: a page of this site, not sign-in, assets or a page that needs signing in. */
    private static String local(String href) {
        if (!href.startsWith("/") || href.startsWith("//")) {
            return null;
        }
        String path = href.replaceAll("#.*$", "");
        if (path.isEmpty() || path.startsWith("/login") || path.startsWith("/assets") || path.startsWith("/css")
                || path.startsWith("/js") || path.startsWith("/webjars") || path.startsWith("/swagger-ui")
                || path.startsWith("/v3/api-docs")) {
            return null;
        }
        return path;
    }

    private void restrictedRecords(String mark) {
        Actor council = users.actor("ewilson");
        documents.register(council, new DocumentDetails(DocumentType.PROTOCOL, mark + " agency protocol",
                "An agency-only protocol " + mark, council.organisationId(), HandlingLevel.AGENCY, null, null, null,
                12, Set.of(), List.of()), "# 1. PURPOSE\n\n1.1 " + mark + " words.", "0.1");

        Actor office = users.actor("dgregson");
        Plan plan = plans.plans(null).stream().filter(p -> p.title().equals("Cambridgeshire Police and Crime Plan"))
                .findFirst().orElseThrow();
        var draft = workflow.draft(office, plan.id(), new DraftDetails(mark + " draft variation", "Why " + mark,
                List.of(new Objective(1, "Maintain local police performance", List.of(new PlanSection(
                        "Visible policing", mark + " words of the draft."))))));
        workflow.consult(office, draft.id(), 0, plans.today(), "Agreed " + mark);
        workflow.send(office, draft.id(), 1, plans.today());

        Actor officer = users.actor("panel.officer");
        Meeting panelMeeting = meetings.meetingsOn(plan.panelId(), LocalDate.of(2014, 11, 5)).getFirst();
        // An exempt report's title and exemption are listed in the public pack by design; its words are not.
        reports.create(officer, panelMeeting.id(), new ReportDetails(20, "An exempt report", "the Panel",
                "Scrutiny officer", null, null, null, true, "Paragraph 1 of Part 1 of Schedule 12A",
                List.of(new ReportSection(SectionKind.PURPOSE, null, List.of(mark)),
                        new ReportSection(SectionKind.RECOMMENDATIONS, null, List.of(mark)),
                        new ReportSection(SectionKind.BACKGROUND, null, List.of(mark)))), null, null);

        UUID ward = geography.places(PlaceType.WARD).getFirst().id();
        observations.record(users.actor("central.sergeant"), new NewObservation(ObservationKind.INTELLIGENCE,
                choices.categories().getFirst().id(), ward, mark + " place", null, null, mark + " intelligence",
                Instant.now().minusSeconds(3600), null, new Grading("1", "A", "P", null)));
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (Exception notReadable) {
            return "";
        }
    }
}
