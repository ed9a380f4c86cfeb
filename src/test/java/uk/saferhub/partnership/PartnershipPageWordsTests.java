package uk.saferhub.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.directory.Directory;
import uk.saferhub.partnership.internal.BodyRelations;
import uk.saferhub.partnership.internal.RelationKind;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** The words partnership pages build in Java (kinds, roles, tiers, the chart's text) read as the messages say. */
@SaferHubTest
class PartnershipPageWordsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Partnership partnership;

    @Autowired
    PartnershipEditor editor;

    @Autowired
    BodyRelations relations;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    PartnershipTestData data;

    @BeforeEach
    void setUp() {
        data = new PartnershipTestData(partnership, editor, directory, jdbc);
    }

    Document page(String user, String url) throws Exception {
        return Jsoup.parse(AccessMatrix.forPage(mvc, url).as(users.as(user)).getResponse().getContentAsString());
    }

    @Test
    void aBodysPageNamesItsTypeTierAndSeatRolesInWords() throws Exception {
        Document page = page("cambs.analyst", "/partnership/bodies/" + data.body("Governance Group"));
        assertThat(page.select(".govuk-caption-l").text()).isNotBlank().doesNotContain("_");
        assertThat(page.select(".govuk-summary-list").text()).containsAnyOf("County", "District", "Area", "Locality");
        assertThat(page.select("table").text()).containsAnyOf("Chair", "Co-chair", "Core member", "Member",
                "Adviser", "Observer").doesNotContain("CORE_MEMBER", "CO_CHAIR");
    }

    @Test
    void theRelationsPageNamesEachLineAndWhatItsRemoveButtonRemoves() throws Exception {
        Body from = data.freshBody("Words from", "Huntingdonshire District Council");
        Body to = data.freshBody("Words to", "Huntingdonshire District Council");
        relations.add(null, from.id(), to.id(), RelationKind.LINKS_WITH);
        Document page = page("ewilson", "/partnership/bodies/" + from.id() + "/relations");
        assertThat(page.select("tbody tr").text()).contains("Links with", to.name());
        assertThat(page.select("tbody button .govuk-visually-hidden").text()).isEqualTo("links with " + to.name());
        assertThat(page.select("select#kind option").eachText()).contains("Reports to", "Links with");
    }

    @Test
    void theStructureChartIsTitledAndDescribedFromTheMessages() throws Exception {
        Document page = page("cambs.analyst", "/partnership/structure");
        assertThat(page.select("svg title#structure-chart-title").text()).isEqualTo("Partnership structure chart");
        assertThat(page.select("svg desc").text()).contains("in rows by tier", "drawn solid with arrows");
        assertThat(page.select("svg > text").eachText()).contains("County", "District");
        assertThat(page.select("svg g.structure-line title").eachText())
                .anyMatch(title -> title.contains(" reports to ") || title.contains(" links with "));
    }

    @Test
    void theBodyFormOffersTypesTiersAndHandlingLevelsInWords() throws Exception {
        Document page = page("ewilson", "/partnership/bodies/new");
        assertThat(page.select("select#type option").eachText()).contains("Officers' group", "Police and crime panel");
        assertThat(page.select("select#tier option").eachText()).contains("County", "Locality");
        assertThat(page.select("select#handlingLevel option").eachText()).contains("Public", "Police only");
    }
}
