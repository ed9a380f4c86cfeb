package uk.saferhub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The Open311 service list kept by administrators: who may open and change it, that a change shows at once in
 * Open311's services, that a service no longer taken is refused on POST, and that bad input changes nothing.
 */
@SaferHubTest
class ServiceListTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    uk.saferhub.support.ApiKeys apiKeys;

    @Test
    void onlyAdministratorsOpenOrChangeTheList() throws Exception {
        AccessMatrix.forPage(mvc, "/intake/services").anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("mstenton"), users.as("herts.police"), users.as("panel.member"))
                .okFor(users.as("admin"), users.as("leeds.admin"));
        AccessMatrix.forPage(mvc, "/intake/services/GRAF").anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("mstenton"), users.as("ene.homes"))
                .okFor(users.as("leeds.admin"));
        AccessMatrix.forPage(mvc, "/intake/services/NO-SUCH").notFoundFor(users.as("leeds.admin"));
        String before = jdbc.sql("select name from intake_service where code = 'NOISE'").query(String.class).single();
        AccessMatrix.forPage(mvc, () -> change("NOISE", "Noisy neighbours")).anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("mstenton"), users.as("herts.police"));
        assertThat(jdbc.sql("select name from intake_service where code = 'NOISE'").query(String.class).single())
                .isEqualTo(before);
        String page = mvc.perform(get("/intake/services").with(users.as("leeds.admin"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Graffiti", "Street scene", "The neighbourhood policing team");
    }

    @Test
    void aChangedOrAddedServiceShowsInOpen311AtOnceAndOneNoLongerTakenIsRefused() throws Exception {
        assertThat(open311Services()).contains("Abandoned vehicle");
        mvc.perform(post("/intake/services").with(users.as("leeds.admin")).with(csrf())
                .param("code", "SHARPS").param("name", "Discarded needles").param("group", "Street scene")
                .param("keywords", "needles, sharps, syringes").param("responsibility", "COUNCIL")
                .param("active", "true").param("description", "Needles or syringes left in a public place."));
        assertThat(open311Services()).contains("<service_code>SHARPS</service_code>", "Discarded needles",
                "needles, sharps, syringes");

        mvc.perform(change("SHARPS", "Discarded needles and sharps", false).with(users.as("leeds.admin")));
        assertThat(open311Services()).doesNotContain("SHARPS");
        String refused = mvc.perform(post("/open311/v2/requests.xml")
                        .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                        .param("api_key", apiKeys.plainKey("leeds.admin", uk.saferhub.shared.access.Role.CONTRIBUTOR))
                        .param("service_code", "SHARPS").param("lat", "53.8385").param("long", "-1.4988"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<code>400</code>", "There is no service with the code SHARPS");
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'intake-service' and record_id = 'SHARPS'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void badInputIsNamedAndChangesNothing() throws Exception {
        String page = mvc.perform(post("/intake/services").with(users.as("leeds.admin")).with(csrf())
                        .param("code", "GRAF").param("name", "Graffiti again").param("group", "Street scene")
                        .param("responsibility", "COUNCIL").param("active", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary", "There is already a service with the code GRAF");
        page = mvc.perform(post("/intake/services").with(users.as("leeds.admin")).with(csrf())
                        .param("code", "bad code!").param("name", "").param("active", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Enter a code of letters", "Enter the name residents see",
                "Choose who deals with the service", "Enter the group the service is listed under");
        assertThat(jdbc.sql("select count(*) from intake_service where name = 'Graffiti again' or code = 'bad code!'")
                .query(Long.class).single()).isZero();
    }

    private MockHttpServletRequestBuilder change(String code, String name) {
        return change(code, name, true);
    }

    private MockHttpServletRequestBuilder change(String code, String name, boolean active) {
        return post("/intake/services/" + code).with(csrf()).param("name", name).param("group", "Street scene")
                .param("responsibility", "COUNCIL").param("position", "6").param("active", String.valueOf(active));
    }

    private String open311Services() throws Exception {
        return mvc.perform(get("/open311/v2/services.xml")).andReturn().getResponse().getContentAsString();
    }
}
