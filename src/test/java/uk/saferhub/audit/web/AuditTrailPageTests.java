package uk.saferhub.audit.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.Directory;
import uk.saferhub.directory.PersonDetails;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class AuditTrailPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    AuditTrail trail;

    @Autowired
    Directory directory;

    /** A new contact of Huntingdonshire District Council that its partners may see, so events about it are shown. */
    String huntingdonshireContact() {
        return directory.createPerson(new PersonDetails(directory.organisationNamed("Huntingdonshire District Council")
                .orElseThrow().id(), "Audit test contact " + UUID.randomUUID(), null, null, null,
                HandlingLevel.PARTNERSHIP, List.of())).id().toString();
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/audit/verify")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aCoordinatorMayNotSeeTheTrail() throws Exception {
        mvc.perform(get("/admin/audit").with(users.as("ewilson"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit/verify").with(users.as("ewilson"))).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorSeesWhoDidWhatToWhichRecordWithTheChanges() throws Exception {
        String record = huntingdonshireContact();
        trail.recordIndependently(AuditEntry.by(users.actor("ewilson"), AuditAction.UPDATE, "person", record,
                "Updated a contact " + record, Changes.none().field("phone", "01480 388301", "01480 388999")));

        mvc.perform(get("/admin/audit").with(users.as("admin")).param("recordId", record).param("action", "UPDATE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Updated a contact " + record)))
                .andExpect(content().string(containsString("Mrs E Wilson")))
                .andExpect(content().string(containsString("Huntingdonshire District Council")))
                .andExpect(content().string(containsString("<dt class=\"govuk-!-font-weight-bold\">Telephone</dt>")))
                .andExpect(content().string(containsString("01480 388301")))
                .andExpect(content().string(containsString("01480 388999")))
                .andExpect(content().string(containsString("1 event")));
    }

    @Test
    void anAdministratorOfAnotherPartnershipDoesNotSeeItsActorsEvents() throws Exception {
        String record = huntingdonshireContact();
        trail.recordIndependently(AuditEntry.by(users.actor("admin"), AuditAction.UPDATE, "person", record,
                "Cambridgeshire only " + record, Changes.none()));

        mvc.perform(get("/admin/audit").with(users.as("leeds.admin")).param("recordId", record)
                        .param("action", "UPDATE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No events match these filters")));
        mvc.perform(get("/admin/audit").with(users.as("leeds.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Cambridgeshire only " + record))));
        mvc.perform(get("/admin/audit").with(users.as("admin")).param("recordId", record))
                .andExpect(content().string(containsString("Cambridgeshire only " + record)));
    }

    @Test
    void everyAdministratorSeesEventsOfNoOrganisation() throws Exception {
        String record = UUID.randomUUID().toString();
        trail.recordIndependently(AuditEntry.anonymous("somebody " + record, AuditAction.SIGN_IN_FAILED, "user", null,
                "Sign-in failed " + record));
        mvc.perform(get("/admin/audit").with(users.as("leeds.admin")).param("actor", "somebody " + record))
                .andExpect(content().string(containsString("Sign-in failed " + record)))
                .andExpect(content().string(containsString("Not signed in")));
    }

    @Test
    void theTrailFiltersByActionActorAndDate() throws Exception {
        String record = UUID.randomUUID().toString();
        trail.recordIndependently(AuditEntry.by(users.actor("admin"), AuditAction.EXPORT, "page", record,
                "Exported " + record, Changes.none()));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        mvc.perform(get("/admin/audit").with(users.as("admin")).param("action", "EXPORT")
                        .param("actor", "administrator, hunt").param("from.day", "" + today.getDayOfMonth())
                        .param("from.month", "" + today.getMonthValue()).param("from.year", "" + today.getYear()))
                .andExpect(content().string(containsString("Exported " + record)));
        mvc.perform(get("/admin/audit").with(users.as("admin")).param("action", "VIEW").param("recordId", record))
                .andExpect(content().string(not(containsString("Exported " + record))));
        mvc.perform(get("/admin/audit").with(users.as("admin")).param("recordId", record)
                        .param("to.day", "" + today.minusDays(1).getDayOfMonth())
                        .param("to.month", "" + today.minusDays(1).getMonthValue())
                        .param("to.year", "" + today.minusDays(1).getYear()))
                .andExpect(content().string(not(containsString("Exported " + record))));
        mvc.perform(get("/admin/audit").with(users.as("admin")).param("recordType", "page")
                        .param("recordId", record).param("from.day", " " + today.getDayOfMonth() + " ")
                        .param("from.month", String.format("%02d", today.getMonthValue())).param("from.year", "" + today.getYear()))
                .andExpect(content().string(containsString("Exported " + record)));
    }

    @Test
    void anImpossibleDateOrAReversedRangeIsAFieldError() throws Exception {
        mvc.perform(get("/admin/audit").with(users.as("admin"))
                        .param("from.day", "30").param("from.month", "2").param("from.year", "2026"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("filter", "from.day"))
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("must be a real date")));
        mvc.perform(get("/admin/audit").with(users.as("admin"))
                        .param("from.day", "2").param("from.month", "3").param("from.year", "2026")
                        .param("to.day", "1").param("to.month", "3").param("to.year", "2026"))
                .andExpect(model().attributeHasFieldErrors("filter", "to.day"))
                .andExpect(content().string(containsString("must be the same as or after")));
        mvc.perform(get("/admin/audit").with(users.as("admin")).param("action", "DROP TABLE"))
                .andExpect(model().attributeHasFieldErrors("filter", "action"));
    }

    @Test
    void aPageThatIsNotANumberIsAFieldErrorBesideAReversedRange() throws Exception {
        mvc.perform(get("/admin/audit").with(users.as("admin")).param("page", "second")
                        .param("from.day", "2").param("from.month", "3").param("from.year", "2026")
                        .param("to.day", "1").param("to.month", "3").param("to.year", "2026"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("filter", "page"))
                .andExpect(content().string(containsString("Page must be a whole number")));
    }

    @Test
    void theTrailIsPagedNewestFirst() throws Exception {
        String caller = "paging-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < AuditTrailController.PAGE_SIZE + 1; i++) {
            trail.recordIndependently(AuditEntry.anonymous(caller, AuditAction.ACCESS_REFUSED, "endpoint", null,
                    "Paging event " + i));
        }
        mvc.perform(get("/admin/audit").with(users.as("admin")).param("actor", caller))
                .andExpect(content().string(containsString("Paging event " + AuditTrailController.PAGE_SIZE)))
                .andExpect(content().string(not(containsString("Paging event 0<"))))
                .andExpect(content().string(containsString("govuk-pagination")));
        mvc.perform(get("/admin/audit").with(users.as("admin")).param("actor", caller).param("page", "2"))
                .andExpect(content().string(containsString("Paging event 0<")))
                .andExpect(content().string(containsString("aria-current=\"page\"")))
                .andExpect(content().string(containsString("rel=\"prev\"")))
                .andExpect(content().string(containsString("actor=" + caller + "&amp;page=1")));
    }

    @Test
    void theVerificationPageReportsAnIntactTrail() throws Exception {
        mvc.perform(get("/admin/audit/verify").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The audit trail is intact")))
                .andExpect(content().string(containsString("events checked")));
    }
}
