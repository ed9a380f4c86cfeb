package uk.saferhub.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** The words administration and sign-in pages build in Java (roles, statuses, the sign-in rules) read as the messages say. */
@SaferHubTest
class IdentityPageWordsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(users.as("admin"))).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void theUsersListNamesRolesAndStatusesInWords() throws Exception {
        String table = page("/admin/users").select("table").text();
        assertThat(table).contains("Administrator", "Active").doesNotContain("PANEL_MEMBER", "ROLE_");
    }

    @Test
    void theRoleCheckboxesAreTheKitsWithTheRolesInWords() throws Exception {
        Document form = page("/admin/users/new");
        assertThat(form.select("input[type=checkbox][name=roles]").eachAttr("value"))
                .contains("ADMINISTRATOR", "PANEL_MEMBER");
        assertThat(form.select(".govuk-checkboxes__label").eachText()).contains("Administrator", "Panel member");
        assertThat(form.select("input#roles")).hasSize(1);
    }

    @Test
    void aRefusedDisableIsShownByTheKitsErrorSummaryAndTitle() throws Exception {
        Document refused = Jsoup.parse(mvc.perform(post("/admin/users/" + users.actor("admin").id() + "/disable")
                .with(users.as("admin")).with(csrf())).andReturn().getResponse().getContentAsString());
        assertThat(refused.select(".govuk-error-summary").text()).contains("You cannot disable your own account");
        assertThat(refused.title()).startsWith("Error: ");
    }

    @Test
    void theSignInPageStatesItsRulesFromTheMessages() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).text()).containsPattern(
                "After \\d+ failed attempts, sign-ins for that username from your connection are held back for \\d+ minutes.");
    }
}
