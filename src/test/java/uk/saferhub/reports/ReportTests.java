package uk.saferhub.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.plans.Plans;
import uk.saferhub.plans.Variation;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * Committee reports: seed 003's report as the demonstration composes it, read back from its PDF in the seed's form;
 * the Panel's agenda pack with its front sheet and agenda, the public reports in agenda order each starting on a
 * right-hand page, blank pages saying so, and an exempt report left out and listed; refusals; who sees what.
 */
@SaferHubTest
class ReportTests {

    @Autowired
    Reports reports;
    @Autowired
    ReportPrinting printing;
    @Autowired
    Plans plans;
    @Autowired
    Meetings meetings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers users;
    @Autowired
    uk.saferhub.support.ApiKeys apiKeys;

    private Report seedReport(Actor actor) {
        Variation variation = plans.variations(null).stream()
                .filter(v -> v.title().equals("Variation of Objective 1 – Maintain Local Police Performance")
                        && v.planTitle().equals("Cambridgeshire Police and Crime Plan")).findFirst().orElseThrow();
        UUID id = reports.composedFrom(variation.reviewMeetingId(), ReportComposer.VARIATION,
                variation.id().toString()).orElseThrow();
        return reports.report(actor, id);
    }

    @Test
    void seed003sReportIsComposedInTheSeedsForm() throws Exception {
        Report report = seedReport(users.actor("panel.member"));
        String text = text(printing.report(report)).replaceAll("\\s+", " ");
        assertThat(text).contains("CAMBRIDGESHIRE POLICE AND CRIME PANEL", "Agenda Item No. 11", "5 NOVEMBER 2014",
                "Public Report", "Report of the Office of the Police and Crime Commissioner for Cambridgeshire",
                "Contact Officer – Dr Dorothy Gregson, Chief Executive", "cambs-pcc@cambs.pnn.police.uk 0300 333 3456",
                "POLICE AND CRIME PLAN VARIATION", "1. PURPOSE", "1.1 To seek the Police and Crime Panel's review",
                "2. RECOMMENDATIONS", "2.1 The Panel review the variation to the Plan provided with this report.",
                "3. TERMS OF REFERENCE", "4. BACKGROUND", "Business Coordination Board on 2 October 2014",
                "5. OBJECTIVE 1 – MAINTAIN LOCAL POLICE PERFORMANCE", "A professional team.",
                "6. NEXT STEPS", "reviewed by the Panel on 5 November 2014", "7. BACKGROUND PAPERS", "8. APPENDICES",
                "8.1 Appendix 1");
        assertThat(text.indexOf("1. PURPOSE")).isLessThan(text.indexOf("2. RECOMMENDATIONS"));
        // Composed before the variation was issued: the version in force then was the first.
        assertThat(text).contains("Cambridgeshire Police and Crime Plan 2013–16, version 1");
    }

    @Test
    void seed000sReportToCabinetIsComposedFromTheProtocolsRecords() throws Exception {
        Actor council = users.actor("ewilson");
        UUID protocol = jdbc.sql("select id from document where title = ?")
                .param("Police Community Support Officers – Governance Protocol").query(UUID.class).single();
        UUID report = jdbc.sql("select id from reports_report where source_type = 'document' and source_id = ?")
                .param(protocol.toString()).query(UUID.class).single();
        String text = text(printing.report(reports.report(council, report)));
        assertThat(text).contains("CABINET", "19 FEBRUARY 2004", "Public Report",
                "Report of the Director of Operational Services",
                "Contact Officer – Mrs E Wilson, Director of Operational Services", "01480 388301",
                "POLICE COMMUNITY SUPPORT OFFICERS – GOVERNANCE PROTOCOL", "1. PURPOSE",
                "Scrutiny Panel (Finance & Planning)", "responsible dog ownership", "Annex A");
    }

    @Test
    void theAgendaPackPrintsPublicReportsInOrderOnRightHandPagesAndLeavesExemptOnesOut() throws Exception {
        Actor officer = users.actor("panel.officer");
        Meeting meeting = seedReport(officer).meeting();
        String mark = UUID.randomUUID().toString().substring(0, 8);
        reports.create(officer, meeting.id(), details(12, "Panel work programme " + mark, false, null,
                "The Panel's work programme for the year."), null, null);
        Report exempt = reports.create(officer, meeting.id(), details(13, "Complaint against the Commissioner " + mark,
                true, "Paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972",
                "Confidential words " + mark), null, null);
        List<String> pages = pages(printing.pack(officer, meeting));
        assertThat(pages.getFirst()).contains("Cambridgeshire Police and Crime Panel", "Wednesday 5 November 2014");
        assertThat(pages.get(1)).contains("Agenda", "Police and Crime Plan variation", "In this pack");
        String all = String.join("\n", pages);
        assertThat(all).doesNotContain("Confidential words " + mark);
        assertThat(pages.get(1)).contains("Complaint against the Commissioner " + mark, "Paragraph 1 of Part 1");
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains("Agenda Item No.")) {
                starts.add(i + 1);
                assertThat((i + 1) % 2).as("report starting on page %d is on a right-hand page", i + 1).isEqualTo(1);
            }
            if (pages.get(i).contains("This page is intentionally left blank")) {
                assertThat((i + 1) % 2).as("blank page %d is a left-hand page", i + 1).isZero();
                assertThat(pages.get(i + 1)).as("a report follows blank page %d", i + 1).contains("Agenda Item No.");
            }
        }
        assertThat(starts).hasSizeGreaterThanOrEqualTo(2);
        assertThat(all.indexOf("Agenda Item No. 11")).isLessThan(all.indexOf("Agenda Item No. 12"));
        // Publishing it is refused on its page, with the reason, and it stays off the public site.
        MvcResult publish = mvc.perform(post("/reports/" + exempt.id() + "/publish").with(users.as("panel.officer"))
                .with(csrf())).andReturn();
        assertThat(publish.getResponse().getStatus()).isEqualTo(200);
        assertThat(publish.getResponse().getContentAsString()).contains("govuk-error-summary",
                "An exempt report is not for publication");
        AccessMatrix.forPage(mvc, () -> post("/reports/" + exempt.id() + "/publish").with(csrf()))
                .forbiddenFor(users.as("cambs.analyst"), users.as("panel.member"));
        assertThat(reports.report(users.actor("panel.officer"), exempt.id()).published()).isFalse();
        // The API: the exempt report is absent for a key of another organisation; the public one is read.
        AccessMatrix.forApi(mvc, "/api/v1/reports/" + exempt.id()).anonymousUnauthorised()
                .notFoundFor(apiKeys.of("leeds.admin", uk.saferhub.shared.access.Role.READER));
        AccessMatrix.forApi(mvc, "/api/v1/reports/" + seedReport(officer).id())
                .okFor(apiKeys.of("leeds.admin", uk.saferhub.shared.access.Role.READER));
        // The exempt report: the Panel's members and officers; not the force's analyst, who sees the meeting.
        assertThat(reports.report(users.actor("panel.member"), exempt.id()).details().exempt()).isTrue();
        assertThatThrownBy(() -> reports.report(users.actor("cambs.analyst"), exempt.id()))
                .isInstanceOf(RecordNotFoundException.class);
        AccessMatrix.forPage(mvc, "/reports/" + exempt.id()).anonymousRedirectsToSignIn()
                .okFor(users.as("panel.member"), users.as("panel.officer"))
                .notFoundFor(users.as("cambs.analyst"), users.as("leeds.admin"));
        // The Panel meets in public: anyone signed in reads its public pack; the exempt report stays the members'.
        AccessMatrix.forPage(mvc, "/reports/meetings/" + meeting.id() + "/pack").anonymousRedirectsToSignIn()
                .okFor(users.as("cambs.analyst"), users.as("panel.member"), users.as("leeds.admin"));
        AccessMatrix.forPage(mvc, "/reports/meetings/" + meeting.id()).anonymousRedirectsToSignIn()
                .okFor(users.as("cambs.analyst"), users.as("dgregson"), users.as("herts.coordinator"));
        Meeting cabinet = meetings.meetingForSystem(jdbc.sql("select meeting_id from reports_report"
                + " where source_type = 'document' limit 1").query(UUID.class).single()).orElseThrow();
        AccessMatrix.forPage(mvc, "/reports/meetings/" + cabinet.id() + "/pack")
                .okFor(users.as("ewilson")).notFoundFor(users.as("leeds.admin"), users.as("herts.coordinator"));
    }

    @Test
    void aRequiredSectionLeftEmptyOrAnExemptReportWithoutItsParagraphIsRefusedAndNothingKept() throws Exception {
        Actor officer = users.actor("panel.officer");
        Meeting meeting = seedReport(officer).meeting();
        int before = jdbc.sql("select count(*) from reports_report").query(Integer.class).single();
        assertThatThrownBy(() -> reports.create(officer, meeting.id(), details(14, "No purpose", false, null, " "),
                null, null)).isInstanceOf(ReportsChangeRefused.class)
                .satisfies(e -> assertThat(((ReportsChangeRefused) e).field()).isEqualTo("purpose"));
        assertThatThrownBy(() -> reports.create(officer, meeting.id(), details(14, "Exempt", true, " ", "Words"),
                null, null)).isInstanceOf(ReportsChangeRefused.class)
                .satisfies(e -> assertThat(((ReportsChangeRefused) e).field()).isEqualTo("exemption"));
        assertThat(jdbc.sql("select count(*) from reports_report").query(Integer.class).single()).isEqualTo(before);
        Report seed = seedReport(users.actor("dgregson"));
        MvcResult refused = mvc.perform(post("/reports/" + seed.id() + "/edit").with(users.as("dgregson"))
                .with(csrf()).param("title", "POLICE AND CRIME PLAN VARIATION").param("reportOf", "the Office")
                .param("contactName", "Dr Dorothy Gregson").param("purpose", "").param("recommendations", "R")
                .param("background", "B").param("version", String.valueOf(seed.version()))).andReturn();
        assertThat(refused.getResponse().getContentAsString()).contains("Enter the purpose of the report");
        assertThat(reports.report(users.actor("dgregson"), seed.id()).version()).isEqualTo(seed.version());
        AccessMatrix.forPage(mvc, "/reports/" + seed.id() + "/edit").okFor(users.as("dgregson"))
                .forbiddenFor(users.as("panel.member"), users.as("cambs.analyst"), users.as("panel.officer"));
    }

    private static ReportDetails details(int item, String title, boolean exempt, String exemption, String purpose) {
        return new ReportDetails(item, title, "the Panel's scrutiny officer", "Scrutiny officer", null, null, null,
                exempt, exemption, List.of(new ReportSection(SectionKind.PURPOSE, null, List.of(purpose)),
                        new ReportSection(SectionKind.RECOMMENDATIONS, null, List.of("The Panel notes the report.")),
                        new ReportSection(SectionKind.BACKGROUND, null, List.of(purpose))));
    }

    private static String text(byte[] pdf) throws Exception {
        return String.join("\n", pages(pdf));
    }

    private static List<String> pages(byte[] pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
        }
        return pages;
    }
}
