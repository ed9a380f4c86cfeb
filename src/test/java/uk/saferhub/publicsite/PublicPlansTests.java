package uk.saferhub.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.plans.DraftDetails;
import uk.saferhub.plans.Objective;
import uk.saferhub.plans.Plan;
import uk.saferhub.plans.PlanSection;
import uk.saferhub.plans.PlanWorkflow;
import uk.saferhub.plans.Plans;
import uk.saferhub.plans.Variation;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The public record of the Plans: anyone reads the issued Plan and the variation whose response is published, as
 * pages and open data; a draft that is not published is nowhere, not on a list, not by its address (404).
 */
@SaferHubTest
class PublicPlansTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Plans plans;
    @Autowired
    PlanWorkflow workflow;
    @Autowired
    DemoUsers users;

    @Test
    void thePublishedRecordIsPublicAndADraftIsNowhere() throws Exception {
        Plan plan = plans.plans(null).stream().filter(p -> p.title().equals("Cambridgeshire Police and Crime Plan"))
                .findFirst().orElseThrow();
        Variation published = plans.variations(null, plan.id()).getFirst();
        String title = "Unpublished draft " + UUID.randomUUID();
        Variation draft = workflow.draft(users.actor("dgregson"), plan.id(), new DraftDetails(title,
                "Not yet sent", List.of(new Objective(1, "Maintain local police performance",
                        List.of(new PlanSection("Visible policing", "Secret words of the draft."))))));
        workflow.consult(users.actor("dgregson"), draft.id(), 0, plans.today(), "Agreed");
        workflow.send(users.actor("dgregson"), draft.id(), 1, plans.today());

        for (String url : List.of("/public/plans", "/public/plans/" + plan.id(),
                "/public/variations/" + published.id(), "/public/api/plans", "/public/api/plans/" + plan.id(),
                "/public/api/plans/" + plan.id() + "/variations", "/public/api/variations/" + published.id())) {
            MvcResult result = mvc.perform(get(url)).andReturn();
            assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
            String body = result.getResponse().getContentAsString();
            assertThat(body).as(url).doesNotContain(title).doesNotContain("Secret words of the draft")
                    .doesNotContain(draft.id().toString());
        }
        assertThat(mvc.perform(get("/public/variations/" + published.id())).andReturn().getResponse()
                .getContentAsString()).contains("Programme Metis", "5 November 2014")
                .contains("held on a regular, advertised basis");
        for (String url : List.of("/public/variations/" + draft.id(), "/public/api/variations/" + draft.id())) {
            assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).as(url).isEqualTo(404);
        }
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString()).contains("/public/plans",
                "/public/meetings", "/public/contact-points", "/public/data");
    }
}
