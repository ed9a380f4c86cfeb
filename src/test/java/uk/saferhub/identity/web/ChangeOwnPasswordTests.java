package uk.saferhub.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.identity.Identity;
import uk.saferhub.identity.TestAccounts;
import uk.saferhub.identity.UserAccount;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class ChangeOwnPasswordTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Identity identity;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    UserAccount account;

    @BeforeEach
    void aReaderOfHuntingdonshire() {
        account = TestAccounts.create(identity, users.actor("admin"), TestAccounts.uniqueUsername("reader"),
                Role.READER);
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/account/password")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void anyoneSignedInSeesTheForm() throws Exception {
        mvc.perform(get("/account/password").with(users.as(account.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Change your password")))
                .andExpect(content().string(containsString("name=\"currentPassword\"")));
    }

    @Test
    void aUserChangesTheirOwnPasswordAndIsToldSoOnce() throws Exception {
        var response = mvc.perform(post("/account/password").with(users.as(account.username())).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "Otter-Meadow-Violin-77")
                        .param("confirmPassword", "Otter-Meadow-Violin-77"))
                .andExpect(redirectedUrl("/account/password"))
                .andExpect(flash().attribute("success", "Your password has been changed"))
                .andReturn().getResponse();

        assertThat(passwords.matches("Otter-Meadow-Violin-77", TestAccounts.passwordHash(jdbc, account.id())))
                .isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PASSWORD_CHANGED' and record_id = ?")
                .param(account.id().toString()).query(Long.class).single()).isEqualTo(1);

        Cookie session = response.getCookies()[0];
        mvc.perform(get("/account/password").with(users.as(account.username())).cookie(session))
                .andExpect(content().string(containsString("govuk-notification-banner--success")))
                .andExpect(content().string(containsString("Your password has been changed")));
        mvc.perform(get("/account/password").with(users.as(account.username())).cookie(session))
                .andExpect(content().string(not(containsString("Your password has been changed"))));
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
            Kettle-Harbour-Lantern-42 | short1     | short1                    | newPassword     | Password must be 10 characters or more
            Kettle-Harbour-Lantern-42 | password123 | password123              | newPassword     | most commonly used
            Kettle-Harbour-Lantern-42 | Otter-Meadow-Violin-77 | Otter-Meadow-Violin-78 | confirmPassword | The passwords do not match
            Wrong-Current-Password-1  | Otter-Meadow-Violin-77 | Otter-Meadow-Violin-77 | currentPassword | Your current password is not correct
            Kettle-Harbour-Lantern-42 | Kettle-Harbour-Lantern-42 | Kettle-Harbour-Lantern-42 | newPassword | different from your current one
            """)
    void aRefusedPasswordIsAFieldErrorAndChangesNothing(String current, String chosen, String confirmation,
            String field, String message) throws Exception {
        String before = TestAccounts.passwordHash(jdbc, account.id());
        mvc.perform(post("/account/password").with(users.as(account.username())).with(csrf())
                        .param("currentPassword", current)
                        .param("newPassword", chosen)
                        .param("confirmPassword", confirmation))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("passwordChangeForm", field))
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#" + field + "\"")))
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("<title>Error: Change your password")));
        assertThat(TestAccounts.passwordHash(jdbc, account.id())).isEqualTo(before);
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() throws Exception {
        String before = TestAccounts.passwordHash(jdbc, account.id());
        String chosen = "My-" + account.username() + "-2026";
        mvc.perform(post("/account/password").with(users.as(account.username())).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", chosen)
                        .param("confirmPassword", chosen))
                .andExpect(model().attributeHasFieldErrors("passwordChangeForm", "newPassword"))
                .andExpect(content().string(containsString("Password must not contain the username")));
        assertThat(TestAccounts.passwordHash(jdbc, account.id())).isEqualTo(before);
    }

    @Test
    void emptyFieldsAreEachNamed() throws Exception {
        mvc.perform(post("/account/password").with(users.as(account.username())).with(csrf()))
                .andExpect(model().attributeHasFieldErrors("passwordChangeForm", "currentPassword", "newPassword",
                        "confirmPassword"))
                .andExpect(content().string(containsString("Enter your current password")));
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefusedWith400AndChangesNothing() throws Exception {
        String before = TestAccounts.passwordHash(jdbc, account.id());
        mvc.perform(post("/account/password").with(users.as(account.username()))
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "Otter-Meadow-Violin-77")
                        .param("confirmPassword", "Otter-Meadow-Violin-77"))
                .andExpect(status().isBadRequest());
        assertThat(TestAccounts.passwordHash(jdbc, account.id())).isEqualTo(before);
    }
}
