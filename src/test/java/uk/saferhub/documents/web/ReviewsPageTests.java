package uk.saferhub.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.documents.internal.ReviewReminders;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class ReviewsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    WorkflowTestDocuments data;

    @Autowired
    ReviewReminders reminders;

    private Document page(String user) throws Exception {
        return Jsoup.parse(mvc.perform(get("/documents/reviews").with(users.as(user))).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void theReviewsListIsForSignedInPartnersAndShowsOnlyDocumentsTheyMaySee() throws Exception {
        var overdue = data.leedsApproved("Overdue review", HandlingLevel.PARTNERSHIP, LocalDate.of(2024, 1, 10));
        AccessMatrix.forPage(mvc, "/documents/reviews")
                .anonymousRedirectsToSignIn()
                .okFor(users.as("mstenton"), users.as("herts.coordinator"), users.as("panel.member"));
        assertThat(page("mstenton").select("a:contains(" + overdue.title() + ")")).hasSize(2);
        assertThat(page("herts.coordinator").select("a:contains(" + overdue.title() + ")"))
                .as("a Safer Leeds document is not shown to Hertfordshire").isEmpty();
    }

    @Test
    void theOwnersSeeTheirOverdueDocumentsFirstWithTheOwnerAndWhetherTheyWereReminded() throws Exception {
        var overdue = data.leedsApproved("Owner's overdue review", HandlingLevel.PARTNERSHIP, LocalDate.of(2024, 1, 10));
        var soon = data.leedsApproved("Owner's coming review", HandlingLevel.PARTNERSHIP,
                LocalDate.now(WorkflowTestDocuments.LONDON).minusMonths(12).plusMonths(2));
        reminders.remindOwners();
        Document page = page("mstenton");
        assertThat(page.select("h1").text()).isEqualTo("Reviews due");
        var yours = page.select("h2:contains(Your documents) + .saferhub-table-scroll table tbody tr");
        var titles = yours.select("td:first-child a").eachText();
        assertThat(titles).contains(overdue.title(), soon.title());
        assertThat(titles.indexOf(overdue.title())).isLessThan(titles.indexOf(soon.title()));
        var overdueRow = yours.get(titles.indexOf(overdue.title()));
        assertThat(overdueRow.text()).contains("10 January 2025", "Overdue", "Martyn Stenton, Safer Leeds",
                "Reminded " + LocalDate.now(WorkflowTestDocuments.LONDON).getDayOfMonth());
        assertThat(yours.get(titles.indexOf(soon.title())).select(".govuk-tag").text()).isEqualTo("Due soon");
        assertThat(page("ewilson").select("h2:contains(Your documents) + .saferhub-table-scroll table").text())
                .contains("Police Community Support Officers – Governance Protocol", "Overdue", "Mrs E Wilson")
                .doesNotContain(overdue.title());
    }
}
