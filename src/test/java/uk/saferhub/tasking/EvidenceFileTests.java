package uk.saferhub.tasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.audit.AuditRecord;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.tasking.internal.Priority;

/**
 * A priority's files of evidence: added by those who may change the priority, refused with the documents' words when
 * the file is not what it claims, listed and downloaded by whoever may see the priority and by no one else (a
 * restricted priority's file is 404 to those outside it, and opening it is audited).
 */
@SaferHubTest
class EvidenceFileTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TaskingTestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Test
    void aContributorAddsAFileThatPartnersDownloadAndOthersNeverSee() throws Exception {
        Priority priority = data.priority("Graffiti on the railway bridge", HandlingLevel.PARTNERSHIP);
        String url = "/tasking/priorities/" + priority.id() + "/evidence";
        MockMultipartFile pdf = new MockMultipartFile("file", "graffiti-sites.pdf", "application/pdf", pdf());
        AccessMatrix.forPage(mvc, () -> multipart(url).file(pdf).with(csrf()))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("panel.member"))
                .notFoundFor(users.as("herts.coordinator"), users.as("ewilson"));
        assertThat(jdbc.sql("select count(*) from tasking_evidence_file where priority_id = ?").param(priority.id())
                .query(Integer.class).single()).isZero();

        MockHttpServletResponse added = mvc.perform(multipart(url).file(pdf).param("title", "Graffiti sites, October")
                .with(csrf()).with(users.as("krowan"))).andReturn().getResponse();
        assertThat(added.getRedirectedUrl()).isEqualTo(url);

        AccessMatrix.forPage(mvc, url).anonymousRedirectsToSignIn().forbiddenFor(users.as("panel.member"))
                .notFoundFor(users.as("herts.coordinator"), users.as("ewilson"))
                .okFor(users.as("mstenton"), users.as("ene.homes"));
        Document list = Jsoup.parse(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(url).with(users.as("ene.homes"))).andReturn().getResponse().getContentAsString());
        assertThat(list.select("#evidence-files").text()).contains("Graffiti sites, October", "graffiti-sites.pdf");
        String download = list.select("#evidence-files a").attr("href");
        AccessMatrix.forPage(mvc, download).notFoundFor(users.as("herts.coordinator")).okFor(users.as("ene.homes"));
        MockHttpServletResponse file = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(download).with(users.as("ene.homes"))).andReturn().getResponse();
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getContentAsByteArray()).isEqualTo(pdf.getBytes());
        assertThat(file.getHeader("Content-Disposition")).contains("attachment", "graffiti-sites.pdf");
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedAndNothingIsKept() throws Exception {
        Priority priority = data.priority("Abandoned vehicles on the estate", HandlingLevel.PARTNERSHIP);
        MockMultipartFile fake = new MockMultipartFile("file", "vehicles.pdf", "application/pdf",
                "registration numbers, not a PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Document page = Jsoup.parse(mvc.perform(multipart("/tasking/priorities/" + priority.id() + "/evidence")
                .file(fake).with(csrf()).with(users.as("krowan"))).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("vehicles.pdf is not a PDF");
        Document nothing = Jsoup.parse(mvc.perform(multipart("/tasking/priorities/" + priority.id() + "/evidence")
                .with(csrf()).with(users.as("krowan"))).andReturn().getResponse().getContentAsString());
        assertThat(nothing.select(".govuk-error-summary").text()).contains("Choose a file to add");
        // Over 10 MB: refused by the form from its size, before it is read.
        MockMultipartFile large = new MockMultipartFile("file", "cctv-stills.pdf", "application/pdf",
                new byte[10 * 1024 * 1024 + 1]);
        Document tooLarge = Jsoup.parse(mvc.perform(multipart("/tasking/priorities/" + priority.id() + "/evidence")
                .file(large).with(csrf()).with(users.as("krowan"))).andReturn().getResponse().getContentAsString());
        assertThat(tooLarge.select("#file-error").text()).contains("The file must be smaller than 10 MB");
        assertThat(jdbc.sql("select count(*) from tasking_evidence_file where priority_id = ?").param(priority.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aRestrictedPrioritysFileIsOnlyForThoseItIsSharedWithAndOpeningItIsAudited() throws Exception {
        Priority agency = data.priority("Fly-tipping evidence kept to Safer Leeds", HandlingLevel.AGENCY);
        String url = "/tasking/priorities/" + agency.id() + "/evidence";
        MockMultipartFile pdf = new MockMultipartFile("file", "suspects-vehicle.pdf", "application/pdf", pdf());
        mvc.perform(multipart(url).file(pdf).with(csrf()).with(users.as("mstenton")));
        String id = jdbc.sql("select id::text from tasking_evidence_file where priority_id = ?").param(agency.id())
                .query(String.class).single();
        AccessMatrix.forPage(mvc, url + "/" + id).notFoundFor(users.as("ene.homes"), users.as("ene.inspector"))
                .okFor(users.as("mstenton"));
        assertThat(audit.historyOf("tasking-priority", agency.id().toString())).extracting(AuditRecord::action)
                .contains("VIEW", "ACCESS_REFUSED");
        assertThat(audit.historyOf("tasking-evidence-file", id)).extracting(AuditRecord::action).contains("CREATE");
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
