package uk.saferhub.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.identity.Identity;
import uk.saferhub.identity.TestAccounts;
import uk.saferhub.identity.UserAccount;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class UserAdministrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Identity identity;

    @Autowired
    JdbcClient jdbc;

    // --- who may use the pages -----------------------------------------------------------------------------------

    @Test
    void anAnonymousVisitorIsSentToSignInFromEveryUserPage() throws Exception {
        UUID ewilson = TestAccounts.idOf(jdbc, "ewilson");
        for (String path : new String[] {"/admin/users", "/admin/users/new", "/admin/users/" + ewilson}) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void aFilterThatCannotBeReadIsSaidPlainlyBesideItsField() throws Exception {
        mvc.perform(get("/admin/users").param("organisation", "Leeds").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Users")))
                .andExpect(content().string(containsString("href=\"#organisation\"")))
                .andExpect(content().string(not(containsString("UUID"))));
        mvc.perform(get("/admin/users").param("text", "wilson").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ewilson")))
                .andExpect(content().string(not(containsString("govuk-error-summary"))));
    }

    @Test
    void aCoordinatorMayNotAdministerUsers() throws Exception {
        UUID ewilson = TestAccounts.idOf(jdbc, "ewilson");
        mvc.perform(get("/admin/users").with(users.as("ewilson"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new").with(users.as("ewilson"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/" + ewilson).with(users.as("ewilson"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + ewilson + "/roles").with(users.as("ewilson")).with(csrf())
                .param("roles", "ADMINISTRATOR")).andExpect(status().isForbidden());
        assertThat(identity.user(ewilson).orElseThrow().roleSet()).containsExactly(Role.COORDINATOR);
    }

    @Test
    void anAdministratorOfAnotherPartnershipFindsNoSuchUser() throws Exception {
        UUID ewilson = TestAccounts.idOf(jdbc, "ewilson");
        String hash = TestAccounts.passwordHash(jdbc, ewilson);

        mvc.perform(get("/admin/users/" + ewilson).with(users.as("leeds.admin"))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/" + ewilson + "/password").with(users.as("leeds.admin")).with(csrf())
                        .param("newPassword", "Otter-Meadow-Violin-77")
                        .param("confirmPassword", "Otter-Meadow-Violin-77"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/" + ewilson + "/disable").with(users.as("leeds.admin")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/" + UUID.randomUUID()).with(users.as("leeds.admin")))
                .andExpect(status().isNotFound());

        assertThat(TestAccounts.passwordHash(jdbc, ewilson)).isEqualTo(hash);
        assertThat(identity.user(ewilson).orElseThrow().enabled()).isTrue();
    }

    @Test
    void administrationIsInTheNavigationOfAdministratorsOnly() throws Exception {
        mvc.perform(get("/").with(users.as("admin")))
                .andExpect(content().string(containsString("href=\"/admin/users\"")))
                .andExpect(content().string(containsString("Administration")));
        mvc.perform(get("/").with(users.as("ewilson")))
                .andExpect(content().string(not(containsString("href=\"/admin/users\""))));
    }

    @Test
    void theListShowsOnlyTheUsersOfTheAdministratorsPartnership() throws Exception {
        mvc.perform(get("/admin/users").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ewilson")))
                .andExpect(content().string(containsString("Huntingdonshire District Council")))
                .andExpect(content().string(not(containsString("leeds.admin"))));
        mvc.perform(get("/admin/users").with(users.as("leeds.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("mstenton")))
                .andExpect(content().string(not(containsString("ewilson"))));
    }

    @Test
    void theListFiltersByOrganisationAndText() throws Exception {
        UUID huntingdonshire = users.actor("admin").organisationId();
        UUID central = users.actor("central.sergeant").organisationId();
        mvc.perform(get("/admin/users").with(users.as("admin")).param("organisation", central.toString()))
                .andExpect(content().string(containsString("central.sergeant")))
                .andExpect(content().string(not(containsString(">ewilson<"))));
        mvc.perform(get("/admin/users").with(users.as("admin")).param("organisation", huntingdonshire.toString())
                        .param("text", "wilson"))
                .andExpect(content().string(containsString(">ewilson<")))
                .andExpect(content().string(not(containsString("central.sergeant"))));
    }

    // --- creating a user -----------------------------------------------------------------------------------------

    @Test
    void anAdministratorCreatesAUserOfAPartnerOrganisation() throws Exception {
        String username = TestAccounts.uniqueUsername("analyst");
        UUID police = users.actor("cambs.analyst").organisationId();
        String location = mvc.perform(newUser(username, police.toString(), TestAccounts.PASSWORD,
                        TestAccounts.PASSWORD, "READER", "CONTRIBUTOR"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        UUID id = TestAccounts.idOf(jdbc, username);
        assertThat(location).isEqualTo("/admin/users/" + id);
        UserAccount created = identity.user(id).orElseThrow();
        assertThat(created.organisationId()).isEqualTo(police);
        assertThat(created.roleSet()).containsExactlyInAnyOrder(Role.READER, Role.CONTRIBUTOR);
        assertThat(jdbc.sql("select actor_name from audit_event where action = 'CREATE' and record_id = ?")
                .param(id.toString()).query(String.class).single()).isEqualTo(users.actor("admin").name());

        mvc.perform(get(location).with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(containsString("Cambridgeshire Constabulary")))
                .andExpect(content().string(containsString("Active")));
    }

    @Test
    void theNewUserPageOffersOnlyThePartnershipsOrganisations() throws Exception {
        mvc.perform(get("/admin/users/new").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Huntingdonshire District Council")))
                .andExpect(content().string(not(containsString("Leeds City Council"))));
    }

    @Test
    void aTakenUsernameIsAFieldErrorAndNothingIsCreated() throws Exception {
        long before = userCount();
        mvc.perform(newUser("ewilson", huntingdonshire(), TestAccounts.PASSWORD, TestAccounts.PASSWORD, "READER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("newUserForm", "username"))
                .andExpect(content().string(containsString("That username is already taken")));
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void aUsernameWithInvalidCharactersIsAFieldError() throws Exception {
        long before = userCount();
        mvc.perform(newUser("bad name<script>", huntingdonshire(), TestAccounts.PASSWORD, TestAccounts.PASSWORD,
                        "READER"))
                .andExpect(model().attributeHasFieldErrors("newUserForm", "username"))
                .andExpect(content().string(containsString("Username must be 2 to 60 letters")))
                .andExpect(content().string(not(containsString("<script>"))));
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void weakOrMismatchedPasswordsAreFieldErrorsAndNothingIsCreated() throws Exception {
        long before = userCount();
        String username = TestAccounts.uniqueUsername("weak");
        mvc.perform(newUser(username, huntingdonshire(), "short", "short", "READER"))
                .andExpect(model().attributeHasFieldErrors("newUserForm", "password"))
                .andExpect(content().string(containsString("Password must be 10 characters or more")));
        mvc.perform(newUser(username, huntingdonshire(), "password123", "password123", "READER"))
                .andExpect(content().string(containsString("This password is one of the most commonly used")));
        mvc.perform(newUser(username, huntingdonshire(), "X-" + username + "-1", "X-" + username + "-1", "READER"))
                .andExpect(content().string(containsString("Password must not contain the username")));
        mvc.perform(newUser(username, huntingdonshire(), TestAccounts.PASSWORD, "something-else-2026", "READER"))
                .andExpect(model().attributeHasFieldErrors("newUserForm", "confirmPassword"))
                .andExpect(content().string(containsString("The passwords do not match")));
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void missingDetailsAndAnOrganisationOutsideThePartnershipAreFieldErrors() throws Exception {
        long before = userCount();
        UUID leeds = users.actor("leeds.admin").organisationId();
        mvc.perform(newUser(TestAccounts.uniqueUsername("outsider"), leeds.toString(), TestAccounts.PASSWORD,
                        TestAccounts.PASSWORD, "READER"))
                .andExpect(model().attributeHasFieldErrors("newUserForm", "organisationId"))
                .andExpect(content().string(containsString("Select an organisation you administer")));
        mvc.perform(post("/admin/users").with(users.as("admin")).with(csrf()))
                .andExpect(model().attributeHasFieldErrors("newUserForm", "username", "displayName",
                        "organisationId", "roles", "password"))
                .andExpect(content().string(containsString("Select at least one role")))
                .andExpect(content().string(containsString("href=\"#roles\"")))
                .andExpect(content().string(containsString("id=\"roles\"")));
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void creatingAUserWithoutTheCsrfTokenIsRefusedWith400() throws Exception {
        String username = TestAccounts.uniqueUsername("nocsrf");
        mvc.perform(post("/admin/users").with(users.as("admin"))
                        .param("username", username).param("displayName", "No token")
                        .param("organisationId", huntingdonshire()).param("roles", "READER")
                        .param("password", TestAccounts.PASSWORD).param("confirmPassword", TestAccounts.PASSWORD))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from user_account where username = ?").param(username)
                .query(Long.class).single()).isZero();
    }

    // --- one user's actions --------------------------------------------------------------------------------------

    @Test
    void anAdministratorLinksAUserToThePersonTheyAreAndTheActorCarriesIt() throws Exception {
        UserAccount account = aHuntingdonshireReader();
        UUID wilson = personNamed("Mrs E Wilson");
        mvc.perform(post("/admin/users/" + account.id() + "/person").with(users.as("admin")).with(csrf())
                        .param("personId", wilson.toString()))
                .andExpect(redirectedUrl("/admin/users/" + account.id()));
        assertThat(identity.user(account.id()).orElseThrow().personId()).isEqualTo(wilson);
        assertThat(identity.actorOf(account.id()).orElseThrow().personId()).isEqualTo(wilson);
        mvc.perform(get("/admin/users/" + account.id()).with(users.as("admin")))
                .andExpect(content().string(containsString("This account is for <strong>Mrs E Wilson</strong>")));
    }

    @Test
    void aPersonOutsideTheAdministratorsPartnershipCannotBeLinked() throws Exception {
        UserAccount account = aHuntingdonshireReader();
        mvc.perform(post("/admin/users/" + account.id() + "/person").with(users.as("admin")).with(csrf())
                        .param("personId", personNamed("Martyn Stenton").toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("personLinkForm", "personId"))
                .andExpect(content().string(containsString("Choose a person from the list")));
        mvc.perform(post("/admin/users/" + account.id() + "/person").with(users.as("admin")).with(csrf())
                        .param("personId", "not-an-id"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")));
        assertThat(identity.user(account.id()).orElseThrow().personId()).isNull();
    }

    private UUID personNamed(String name) {
        return jdbc.sql("select id from person where name = ?").param(name).query(UUID.class).single();
    }

    @Test
    void anAdministratorChangesAUsersRoles() throws Exception {
        UserAccount account = aHuntingdonshireReader();
        mvc.perform(post("/admin/users/" + account.id() + "/roles").with(users.as("admin")).with(csrf())
                        .param("roles", "COORDINATOR").param("roles", "PANEL_MEMBER"))
                .andExpect(redirectedUrl("/admin/users/" + account.id()));
        assertThat(identity.user(account.id()).orElseThrow().roleSet())
                .containsExactlyInAnyOrder(Role.COORDINATOR, Role.PANEL_MEMBER);
    }

    @Test
    void noRolesAtAllIsAFieldErrorAndTheRolesStay() throws Exception {
        UserAccount account = aHuntingdonshireReader();
        mvc.perform(post("/admin/users/" + account.id() + "/roles").with(users.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("rolesForm", "roles"))
                .andExpect(content().string(containsString("Select at least one role")));
        assertThat(identity.user(account.id()).orElseThrow().roleSet()).containsExactly(Role.READER);
    }

    @Test
    void anAdministratorCannotTakeAwayTheirOwnAdministratorRole() throws Exception {
        UUID admin = users.actor("admin").id();
        mvc.perform(post("/admin/users/" + admin + "/roles").with(users.as("admin")).with(csrf())
                        .param("roles", "READER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("rolesForm", "roles"))
                .andExpect(content().string(containsString("You cannot remove your own administrator role")));
        assertThat(identity.user(admin).orElseThrow().roleSet()).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void anAdministratorCannotDisableThemself() throws Exception {
        UUID admin = users.actor("admin").id();
        mvc.perform(post("/admin/users/" + admin + "/disable").with(users.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("You cannot disable your own account")));
        assertThat(identity.user(admin).orElseThrow().enabled()).isTrue();
    }

    @Test
    void anAdministratorDisablesAndEnablesAUser() throws Exception {
        UserAccount account = aHuntingdonshireReader();
        mvc.perform(post("/admin/users/" + account.id() + "/disable").with(users.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + account.id()));
        assertThat(identity.user(account.id()).orElseThrow().enabled()).isFalse();
        mvc.perform(get("/admin/users/" + account.id()).with(users.as("admin")))
                .andExpect(content().string(containsString("Disabled")))
                .andExpect(content().string(containsString("Enable account")));

        mvc.perform(post("/admin/users/" + account.id() + "/enable").with(users.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + account.id()));
        assertThat(identity.user(account.id()).orElseThrow().enabled()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'UPDATE' and record_id = ?")
                .param(account.id().toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aResetPasswordMustMeetThePolicyAndMatchItsConfirmation() throws Exception {
        UserAccount account = aHuntingdonshireReader();
        String hash = TestAccounts.passwordHash(jdbc, account.id());
        mvc.perform(post("/admin/users/" + account.id() + "/password").with(users.as("admin")).with(csrf())
                        .param("newPassword", "password123").param("confirmPassword", "password123"))
                .andExpect(model().attributeHasFieldErrors("passwordResetForm", "newPassword"))
                .andExpect(content().string(containsString("most commonly used")));
        mvc.perform(post("/admin/users/" + account.id() + "/password").with(users.as("admin")).with(csrf())
                        .param("newPassword", "Otter-Meadow-Violin-77").param("confirmPassword", "Otter"))
                .andExpect(model().attributeHasFieldErrors("passwordResetForm", "confirmPassword"));
        assertThat(TestAccounts.passwordHash(jdbc, account.id())).isEqualTo(hash);

        mvc.perform(post("/admin/users/" + account.id() + "/password").with(users.as("admin")).with(csrf())
                        .param("newPassword", "Otter-Meadow-Violin-77")
                        .param("confirmPassword", "Otter-Meadow-Violin-77"))
                .andExpect(redirectedUrl("/admin/users/" + account.id()));
        assertThat(TestAccounts.passwordHash(jdbc, account.id())).isNotEqualTo(hash);
    }

    private UserAccount aHuntingdonshireReader() {
        return TestAccounts.create(identity, users.actor("admin"), TestAccounts.uniqueUsername("reader"),
                Role.READER);
    }

    private MockHttpServletRequestBuilder newUser(String username, String organisationId, String password,
            String confirmation, String... roles) {
        return post("/admin/users").with(users.as("admin")).with(csrf())
                .param("username", username)
                .param("displayName", "Test person")
                .param("email", "test.person@example.org")
                .param("organisationId", organisationId)
                .param("roles", roles)
                .param("password", password)
                .param("confirmPassword", confirmation);
    }

    private String huntingdonshire() {
        return users.actor("admin").organisationId().toString();
    }

    private long userCount() {
        return jdbc.sql("select count(*) from user_account").query(Long.class).single();
    }
}
