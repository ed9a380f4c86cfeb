package uk.saferhub.tasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.tasking.internal.Priority;

/**
 * The tasking matrix page and its CSV, XLSX and PDF: who may open them, that the filters filter, that each export
 * holds the rows the page shows (read back with the libraries that read those formats), and that a restricted
 * priority reaches neither the page nor any export of a partner it is not shared with.
 */
@SaferHubTest
class TaskingMatrixTests {

    private static final List<String> ADDRESSES = List.of("/tasking/matrix", "/tasking/matrix.csv",
            "/tasking/matrix.xlsx", "/tasking/matrix.pdf");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TaskingTestData data;

    @Test
    void readersOfThePartnershipOpenThePageAndEveryExport() {
        for (String address : ADDRESSES) {
            AccessMatrix.forPage(mvc, address).anonymousRedirectsToSignIn()
                    .forbiddenFor(users.as("panel.member"))
                    .okFor(users.as("mstenton"), users.as("ene.homes"), users.as("herts.coordinator"));
        }
    }

    @Test
    void everyExportHoldsThePagesRowsAndNothingTheReaderMayNotSee() throws Exception {
        Priority shared = data.priority("Graffiti on the underpass, in the matrix", HandlingLevel.PARTNERSHIP);
        Priority kept = data.priority("Fly-tipping kept to Safer Leeds in the matrix", HandlingLevel.AGENCY);
        String group = "?group=" + data.eastNorthEast().id();

        String coordinatorPage = text("mstenton", "/tasking/matrix" + group);
        assertThat(coordinatorPage).contains(shared.title(), kept.title(), "East North East local tasking group");
        String almoPage = text("ene.homes", "/tasking/matrix" + group);
        assertThat(almoPage).contains(shared.title()).doesNotContain(kept.title());
        assertThat(text("herts.coordinator", "/tasking/matrix")).doesNotContain(shared.title(),
                "East North East local tasking group");

        List<CSVRecord> csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes("ene.homes", "/tasking/matrix.csv" + group),
                        StandardCharsets.UTF_8))).getRecords();
        assertThat(csv).extracting(row -> row.get("Priority")).contains(shared.title()).doesNotContain(kept.title());
        assertThat(csv).filteredOn(row -> row.get("Priority").equals(shared.title()))
                .extracting(row -> row.get("Tasking group"), row -> row.get("Status now"))
                .containsOnly(org.assertj.core.groups.Tuple.tuple("East North East local tasking group", "Active"));

        List<String> xlsxTitles = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                bytes("ene.homes", "/tasking/matrix.xlsx" + group)))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Priority");
            workbook.getSheetAt(0).forEach(row -> xlsxTitles.add(row.getCell(2).getStringCellValue()));
        }
        assertThat(xlsxTitles).contains(shared.title()).doesNotContain(kept.title());

        try (var pdf = Loader.loadPDF(bytes("ene.homes", "/tasking/matrix.pdf" + group))) {
            String printed = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(printed).contains("Tasking matrix", shared.title()).doesNotContain(kept.title());
        }
        try (var pdf = Loader.loadPDF(bytes("mstenton", "/tasking/matrix.pdf" + group))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(kept.title());
        }
    }

    @Test
    void theFiltersFilterThePageAndTheExportsAlike() throws Exception {
        Priority graffiti = data.priority("Graffiti filtered in the matrix", HandlingLevel.PARTNERSHIP);
        String group = "group=" + data.eastNorthEast().id();
        String litter = "/tasking/matrix?" + group + "&category=" + data.category("Litter");
        assertThat(text("mstenton", litter)).doesNotContain(graffiti.title());
        assertThat(text("mstenton", "/tasking/matrix?" + group + "&category=" + data.category("Graffiti")))
                .contains(graffiti.title());
        assertThat(text("mstenton", "/tasking/matrix?" + group + "&status=CLOSED_ACHIEVED"))
                .doesNotContain(graffiti.title());
        assertThat(new String(bytes("mstenton", "/tasking/matrix.csv?" + group + "&status=CLOSED_ACHIEVED"),
                StandardCharsets.UTF_8)).doesNotContain(graffiti.title());
        Document page = Jsoup.parse(text("mstenton", "/tasking/matrix?" + group + "&cycles=2"));
        assertThat(page.select("table.saferhub-matrix thead th")).hasSizeLessThanOrEqualTo(2 + 2 + 2);
        assertThat(page.select("a[href^=/tasking/matrix.csv]").attr("href")).contains("cycles=2", group);
    }

    private String text(String user, String address) throws Exception {
        return new String(bytes(user, address), StandardCharsets.UTF_8);
    }

    private byte[] bytes(String user, String address) throws Exception {
        RequestPostProcessor as = users.as(user);
        MockHttpServletResponse response = mvc.perform(get(address).with(as)).andReturn().getResponse();
        assertThat(response.getStatus()).as(address).isEqualTo(200);
        return response.getContentAsByteArray();
    }
}
