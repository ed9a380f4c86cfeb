package uk.saferhub.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.tasking.TaskingEditor;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityDetails;
import uk.saferhub.tasking.internal.PriorityStatus;

/**
 * The public neighbourhood pages: anyone reads them without signing in; an area shows only its PUBLIC priorities that
 * were agreed, never a PARTNERSHIP, AGENCY or POLICE_ONLY one, and an unknown area is the GOV.UK not-found page.
 */
@SaferHubTest
class PublicPrioritiesPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TaskingEditor editor;

    @Autowired
    uk.saferhub.tasking.Tasking tasking;

    @Test
    void anyoneReadsAnAreasPublicPrioritiesAndNothingElse() throws Exception {
        Document areas = Jsoup.parse(mvc.perform(get("/public/priorities")).andReturn().getResponse()
                .getContentAsString());
        String link = areas.select("a[href^=/public/priorities/east-north-east]").attr("href");
        assertThat(link).isNotEmpty();

        var group = tasking.groups(users.actor("mstenton")).stream()
                .filter(g -> g.body().name().equals("East North East local tasking group")).findFirst().orElseThrow();
        Priority template = tasking.priorities(users.actor("mstenton"),
                uk.saferhub.tasking.internal.PriorityFilter.none()).stream()
                .filter(p -> p.groupBodyId().equals(group.body().id().value())).findFirst().orElseThrow();
        Priority police = editor.addPriority(null, group.body().id(), details(template, "Drug dealing kept to the police",
                HandlingLevel.POLICE_ONLY));
        Priority partnership = editor.addPriority(null, group.body().id(), details(template,
                "Litter shared with the partnership only", HandlingLevel.PARTNERSHIP));
        Priority shared = editor.addPriority(null, group.body().id(), details(template,
                "Graffiti on the bus shelters", HandlingLevel.PUBLIC));

        var response = mvc.perform(get(link)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page).contains(shared.title()).doesNotContain(police.title(), partnership.title());
        String json = mvc.perform(get(link.replace("/public/priorities/", "/public/api/priorities/"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(json).contains(shared.title()).doesNotContain(police.title(), partnership.title());

        assertThat(mvc.perform(get("/public/priorities/no-such-area")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    private static PriorityDetails details(Priority p, String title, HandlingLevel level) {
        return new PriorityDetails(p.categoryId(), title, p.placeIds(), p.locationText(), null, null,
                "Residents have reported it at the last three meetings", null, p.owningOrganisationId(), null,
                java.util.List.of(), null, null, PriorityStatus.ACTIVE, null, null, null, level);
    }
}
