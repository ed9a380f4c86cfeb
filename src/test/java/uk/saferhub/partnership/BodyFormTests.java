package uk.saferhub.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.directory.Directory;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class BodyFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Partnership partnership;

    @Autowired
    PartnershipEditor editor;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    PartnershipTestData data;

    @BeforeEach
    void setUp() {
        data = new PartnershipTestData(partnership, editor, directory, jdbc);
    }

    MockHttpServletRequestBuilder newBody(String name, UUID owner) {
        return post("/partnership/bodies/new").with(csrf()).param("name", name).param("type", "THEME_GROUP")
                .param("tier", "COUNTY").param("areaCovered", "Huntingdonshire").param("statutory", "no")
                .param("owningOrganisationId", owner.toString()).param("handlingLevel", "PARTNERSHIP")
                .param("leads", "Anti-social behaviour").param("themes", "Burglary");
    }

    long bodiesNamed(String name) {
        return jdbc.sql("select count(*) from partnership_body where name = ?").param(name).query(Long.class).single();
    }

    @Test
    void aCoordinatorAddsABodyAndTheChangeIsAudited() throws Exception {
        String name = PartnershipTestData.unique("Anti-social behaviour theme group");
        UUID huntingdonshire = data.organisation("Huntingdonshire District Council");
        AccessMatrix.forPage(mvc, () -> newBody(name, huntingdonshire))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("cambs.analyst"), users.as("central.sergeant"), users.as("panel.member"));
        assertThat(bodiesNamed(name)).isZero();
        MvcResult result = AccessMatrix.forPage(mvc, () -> newBody(name, huntingdonshire))
                .as(users.as("ewilson"));
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/partnership/bodies/");
        Body body = partnership.bodies().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
        assertThat(body.leads()).containsExactly("Anti-social behaviour");
        assertThat(body.themes()).extracting(ThemeInterest::theme).contains("Burglary");
        assertThat(data.audited("CREATE", "body", body.id())).isEqualTo(1);
    }

    @Test
    void theNewBodyFormIsForCoordinatorsOnly() throws Exception {
        AccessMatrix.forPage(mvc, "/partnership/bodies/new")
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("cambs.analyst"), users.as("panel.member"))
                .okFor(users.as("ewilson"), users.as("mstenton"));
    }

    @Test
    void aCoordinatorOfAnotherPartnershipCannotChangeOrEvenFindABody() throws Exception {
        BodyId board = data.body("Community Safety Board");
        AccessMatrix.forPage(mvc, "/partnership/bodies/" + board + "/edit")
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("cambs.analyst"))
                .notFoundFor(users.as("mstenton"), users.as("leeds.admin"))
                .okFor(users.as("ewilson"));
        for (String page : new String[] {"/governance", "/relations", "/memberships/new"}) {
            AccessMatrix.forPage(mvc, "/partnership/bodies/" + board + page)
                    .anonymousRedirectsToSignIn()
                    .forbiddenFor(users.as("cambs.analyst"))
                    .notFoundFor(users.as("mstenton"))
                    .okFor(users.as("ewilson"));
        }
    }

    @Test
    void markupInANameOrPurposeIsSavedAsTypedAndShownEscaped() throws Exception {
        String name = PartnershipTestData.unique("<script>alert(1)</script> group <5 & \"B\"");
        String purpose = "Keep incidents <5 a week\n<img src=x onerror=alert(2)>";
        MvcResult result = AccessMatrix.forPage(mvc,
                () -> newBody(name, data.organisation("Huntingdonshire District Council")).param("purpose", purpose))
                .as(users.as("ewilson"));
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/partnership/bodies/");
        assertThat(bodiesNamed(name)).isOne();
        assertThat(jdbc.sql("select purpose from partnership_body where name = ?").param(name).query(String.class)
                .single()).isEqualTo(purpose);
        String html = AccessMatrix.forPage(mvc, result.getResponse().getRedirectedUrl()).as(users.as("cambs.analyst"))
                .getResponse().getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo(name);
        assertThat(page.text()).contains("Keep incidents <5 a week");
        assertThat(page.select("script:containsData(alert), img[onerror]")).isEmpty();
        assertThat(html).doesNotContain("<script>alert", "<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; group &lt;5 &amp;");
    }

    @Test
    void aControlCharacterInANameIsRefusedWithAnErrorSummaryAndNothingIsSaved() throws Exception {
        String name = PartnershipTestData.unique("Bell\u0007 group");
        MvcResult result = AccessMatrix.forPage(mvc,
                () -> newBody(name, data.organisation("Huntingdonshire District Council"))).as(users.as("ewilson"));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        var page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary a[href=#name]").text()).contains("contains a control character");
        assertThat(page.title()).startsWith("Error:");
        assertThat(bodiesNamed(name)).isZero();
    }

    @Test
    void aCoordinatorChangesABodyOfTheirPartnershipAndTheChangeIsAudited() throws Exception {
        Body body = data.freshBody("Changing group", "Huntingdonshire District Council");
        String renamed = body.name() + " renamed";
        MvcResult result = AccessMatrix.forPage(mvc, () -> post("/partnership/bodies/" + body.id() + "/edit")
                .with(csrf()).param("name", renamed).param("type", "BOARD").param("tier", "DISTRICT")
                .param("statutory", "yes").param("statutoryBasis", "Crime and Disorder Act 1998 ss.5–7")
                .param("owningOrganisationId", body.owningOrganisationId().toString())
                .param("handlingLevel", "PARTNERSHIP")).as(users.as("ewilson"));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/partnership/bodies/" + body.id());
        Body changed = partnership.body(body.id()).orElseThrow();
        assertThat(changed.name()).isEqualTo(renamed);
        assertThat(changed.statutory()).isTrue();
        assertThat(data.audited("UPDATE", "body", body.id())).isEqualTo(1);
    }
}
