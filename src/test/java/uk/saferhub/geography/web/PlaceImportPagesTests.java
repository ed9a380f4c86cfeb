package uk.saferhub.geography.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.GeographyFixtures;
import uk.saferhub.geography.ImportRequest;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceEditor;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.SaferHubProperties;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class PlaceImportPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Geography geography;

    @Autowired
    PlaceEditor editor;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SaferHubProperties properties;

    private final String prefix = GeographyFixtures.prefix();

    private MockMultipartHttpServletRequestBuilder upload(String fixture) {
        return multipart("/places/import")
                .file(new MockMultipartFile("file", fixture, "application/geo+json",
                        GeographyFixtures.unique(fixture, prefix)))
                .param("type", "WARD").with(csrf());
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private MvcResult as(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(users.as(user))).andReturn();
    }

    private long placesWithThePrefix() {
        return jdbc.sql("select count(*) from place where code like ?").param(prefix + "-%").query(Long.class)
                .single();
    }

    private Place importedWard(String suffix) {
        return geography.place(PlaceType.WARD, prefix + "-" + suffix).orElseThrow();
    }

    private void importWards() {
        editor.apply(null, new ImportRequest("three-wards.geojson",
                GeographyFixtures.unique("three-wards.geojson", prefix), PlaceType.WARD, "CODE", "NAME", null, null));
    }

    @Test
    void everyoneSignedInSeesThePlacesByTypeWithTheBoundaryAttribution() throws Exception {
        importWards();
        AccessMatrix.forPage(mvc, "/places").anonymousRedirectsToSignIn()
                .okFor(users.as("panel.member"), users.as("cambs.analyst"), users.as("ewilson"));

        Document places = page(as("cambs.analyst", get("/places").param("type", "WARD").param("q", prefix)));

        assertThat(places.select("table caption").eachText()).contains("Places by type", "3 places");
        assertThat(places.select("td a[href^=/places/]").eachText()).containsExactly("Test East", "Test Middle",
                "Test West");
        assertThat(places.select("a[href=/places/" + importedWard("1").id() + "]")).hasSize(1);
        assertThat(places.text()).contains("Contains National Statistics data © Crown copyright and database right; "
                + "Contains OS data © Crown copyright and database right. Source: Office for National Statistics "
                + "licensed under the Open Government Licence v3.0.");
        assertThat(places.select("a[href=/places/import]")).isEmpty();
        assertThat(page(as("ewilson", get("/places"))).select("a[href=/places/import]")).hasSize(1);
    }

    @Test
    void importingAndDefiningAreasIsForCoordinators() throws Exception {
        importWards();
        Place area = editor.defineArea(null, PlaceType.PATROL_AREA, prefix + "-P", "Test patrol", null,
                Set.of(importedWard("1").id()));
        for (String url : new String[] {"/places/import", "/places/areas/new", "/places/" + area.id() + "/wards"}) {
            AccessMatrix.forPage(mvc, url).anonymousRedirectsToSignIn()
                    .forbiddenFor(users.as("cambs.analyst"), users.as("central.sergeant"), users.as("panel.member"))
                    .okFor(users.as("ewilson"), users.as("admin"));
        }
        assertThat(mvc.perform(upload("three-wards.geojson")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(as("cambs.analyst", upload("three-wards.geojson")).getResponse().getStatus()).isEqualTo(403);
        AccessMatrix.forPage(mvc, "/places/" + importedWard("1").id() + "/wards").notFoundFor(users.as("ewilson"));
        assertThat(jdbc.sql("select count(*) from place_import_upload where file_name = 'three-wards.geojson' "
                + "and content = ?").param(GeographyFixtures.unique("three-wards.geojson", prefix))
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCoordinatorUploadsAFilePreviewsItAndImportsIt() throws Exception {
        MvcResult uploaded = as("ewilson", upload("three-wards.geojson"));
        String previewUrl = uploaded.getResponse().getRedirectedUrl();
        assertThat(previewUrl).startsWith("/places/import/").contains("codeProperty=CODE", "nameProperty=NAME");

        Document preview = page(as("ewilson", get(previewUrl)));
        assertThat(preview.select(".govuk-error-summary")).isEmpty();
        assertThat(preview.select(".govuk-summary-list").text()).contains("Features 3", "New places 3");
        assertThat(preview.select("table tbody tr")).hasSize(3);
        assertThat(preview.select("select#codeProperty option").eachText()).contains("CODE", "NAME", "DISTRICT");
        assertThat(preview.select("button").eachText()).contains("Import 3 places");
        AccessMatrix.forPage(mvc, previewUrl).notFoundFor(users.as("admin"));
        assertThat(placesWithThePrefix()).isZero();

        String uploadId = previewUrl.substring("/places/import/".length(), previewUrl.indexOf('?'));
        MvcResult applied = as("ewilson", post("/places/import/" + uploadId + "/apply").with(csrf())
                .param("type", "WARD").param("codeProperty", "CODE").param("nameProperty", "NAME"));
        assertThat(applied.getResponse().getRedirectedUrl()).startsWith("/places/imports/");
        Document done = page(as("ewilson", get(applied.getResponse().getRedirectedUrl())));

        assertThat(done.select("h1").text()).isEqualTo("Boundaries imported");
        assertThat(done.select(".govuk-panel__body").text()).isEqualTo("3 new, 0 replaced, 0 unchanged");
        assertThat(placesWithThePrefix()).isEqualTo(3);
        assertThat(done.select("a[href=/places/" + importedWard("2").id() + "]").text()).isEqualTo("Test Middle");
        assertThat(jdbc.sql("select count(*) from place_import_upload where id = ?::uuid").param(uploadId)
                .query(Long.class).single()).isZero();
        assertThat(as("ewilson", get(previewUrl)).getResponse().getRedirectedUrl())
                .as("going back to the preview of an applied import")
                .isEqualTo(applied.getResponse().getRedirectedUrl());
    }

    @Test
    void aFileWithAFeatureWithoutANameShowsItsProblemsAndOffersNoImport() throws Exception {
        String previewUrl = as("ewilson", upload("third-without-name.geojson")).getResponse().getRedirectedUrl();

        Document preview = page(as("ewilson", get(previewUrl)));

        assertThat(preview.title()).startsWith("Error:");
        assertThat(preview.select(".govuk-error-summary li").eachText())
                .containsExactly("Feature 3 (" + prefix + "-3) has no name: its \"NAME\" property is missing or blank");
        assertThat(preview.select("button").eachText()).doesNotContain("Import 3 places");
        String uploadId = previewUrl.substring("/places/import/".length(), previewUrl.indexOf('?'));
        Document refused = page(as("ewilson", post("/places/import/" + uploadId + "/apply").with(csrf())
                .param("type", "WARD").param("codeProperty", "CODE").param("nameProperty", "NAME")));
        assertThat(refused.select("h1").text()).isEqualTo("Check the import");
        assertThat(refused.text()).contains("Nothing was imported.");
        assertThat(placesWithThePrefix()).isZero();
    }

    @Test
    void aFileThatIsNotJsonOrNoFileAtAllIsRefusedOnTheFirstPage() throws Exception {
        Document notJson = page(as("ewilson", upload("not-json.geojson")));
        assertThat(notJson.title()).startsWith("Error:");
        assertThat(notJson.select(".govuk-error-summary a[href=#file]").text())
                .startsWith("The file is not valid GeoJSON: line 1, column ");
        assertThat(notJson.select("#file-error").text()).contains("The file is not valid GeoJSON");

        Document nothing = page(as("ewilson", multipart("/places/import").param("type", "").with(csrf())));
        assertThat(nothing.select(".govuk-error-summary li").eachText()).contains(
                "Choose the type of place the file's features are");
        assertThat(nothing.select(".govuk-error-summary a[href=#file]").text())
                .startsWith("Choose a boundary file to upload");
    }

    @Test
    void aCoordinatorPreviewsAReferenceFileAlreadyImportedAsUnchanged() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(properties.referenceDataPath().resolve("boundaries")),
                "No reference boundary files here, so none to choose from");
        Document start = page(as("ewilson", get("/places/import")));
        assertThat(start.select("select#referenceFile option").eachAttr("value"))
                .contains("wards_current/huntingdonshire_wards_WD19.geojson", "leeds_wards.geojson");
        assertThat(start.select("select#referenceFile option[value=lsoa_by_lad/E07000011.json]").text())
                .as("a district's file named for the district").isEqualTo(
                        "Huntingdonshire: LSOAs (lsoa_by_lad/E07000011.json)");

        String previewUrl = as("ewilson", multipart("/places/import")
                .param("referenceFile", "wards_current/huntingdonshire_wards_WD19.geojson").param("type", "WARD")
                .with(csrf())).getResponse().getRedirectedUrl();
        Document preview = page(as("ewilson", get(previewUrl)));

        assertThat(preview.select(".govuk-summary-list").text()).contains("Features 26", "Unchanged 26");
        assertThat(preview.select("select#codeProperty option[selected]").text()).isEqualTo("wd19cd");
        assertThat(page(as("ewilson", multipart("/places/import").param("referenceFile", "../../etc/passwd")
                .param("type", "WARD").with(csrf()))).select("#referenceFile-error").text())
                .contains("Choose a file from the reference data list");
    }

    @Test
    void aCoordinatorDefinesAnAreaFromWardsAndChangesItsWards() throws Exception {
        importWards();
        Place west = importedWard("1");
        Place middle = importedWard("2");

        Document refused = page(as("ewilson", post("/places/areas/new").with(csrf()).param("type", "TRIAL_AREA")
                .param("name", "Test trial").param("code", prefix + "-T")));
        assertThat(refused.select(".govuk-error-summary a[href=#wardIds]").text())
                .isEqualTo("Choose at least one ward");
        assertThat(refused.select("input#wardIds")).hasSize(1);
        assertThat(geography.place(PlaceType.TRIAL_AREA, prefix + "-T")).isEmpty();

        MvcResult created = as("ewilson", post("/places/areas/new").with(csrf()).param("type", "TRIAL_AREA")
                .param("name", "Test trial").param("code", prefix + "-T").param("wardIds", west.id().toString()));
        Place area = geography.place(PlaceType.TRIAL_AREA, prefix + "-T").orElseThrow();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/places/" + area.id());

        Document edit = page(as("ewilson", get("/places/" + area.id() + "/wards")));
        assertThat(edit.select("input[name=wardIds][checked]").eachAttr("value"))
                .containsExactly(west.id().toString());
        assertThat(edit.select("details[open] summary").eachText()).singleElement().asString()
                .startsWith("Wards in no district (").endsWith(" wards, 1 chosen)");
        as("ewilson", post("/places/" + area.id() + "/wards").with(csrf()).param("type", "TRIAL_AREA")
                .param("name", "Test trial").param("code", prefix + "-T").param("wardIds", west.id().toString())
                .param("wardIds", middle.id().toString()));
        assertThat(geography.wardsWithin(area.id())).extracting(Place::id)
                .containsExactlyInAnyOrder(west.id(), middle.id());
    }
}
