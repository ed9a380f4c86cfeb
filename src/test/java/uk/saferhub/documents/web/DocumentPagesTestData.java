package uk.saferhub.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.saferhub.directory.Directory;
import uk.saferhub.documents.CirculationPurpose;
import uk.saferhub.documents.Consultations;
import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentDetails;
import uk.saferhub.documents.DocumentEditor;
import uk.saferhub.documents.DocumentFilter;
import uk.saferhub.documents.DocumentType;
import uk.saferhub.documents.Documents;
import uk.saferhub.documents.NewCirculation;
import uk.saferhub.documents.Recipient;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.DemoUsers;

/** Finds the demonstration documents and adds fresh Leeds drafts with unique titles, as an editor would. */
@org.springframework.stereotype.Component
record DocumentPagesTestData(Documents documents, DocumentEditor editor, Consultations consultations,
        Directory directory, DemoUsers users, JdbcClient jdbc) {

    static final String LEEDS_PROTOCOL = "Protocol to Support Local Working Between Leeds City Council Environmental"
            + " Services and Police Community Support Officers (PCSOs)";
    static final String GOVERNANCE_PROTOCOL = "Police Community Support Officers – Governance Protocol";
    static final String MEMORANDUM = "Memorandum of Understanding: Police Community Support Officers";
    static final String DOG_AGREEMENT = "Service Agreement: responsible dog ownership";
    static final String POLICY_STATEMENT = "Policy Statement: Hertfordshire County Council funded Police Community"
            + " Support Officers (PCSOs)";

    static final String CONTENT = """
            # 1. PURPOSE

            1.1 To agree how PCSOs and council officers work together on fly-tipping.

            # 2. GOVERNANCE

            2.1 The Safer Leeds Executive agrees the protocol.
            """;

    /** A demonstration document by its title, found as the given user (who must see it) sees the register. */
    UUID demo(String title, String user) {
        return documents.register(users.actor(user), new DocumentFilter(title, null, null, null, false)).stream()
                .map(listing -> listing.document()).filter(d -> d.title().equals(title)).findFirst().orElseThrow()
                .id();
    }

    /** A new Leeds protocol owned by Safer Leeds with Environmental Services as a party, as Draft 1.0. */
    Document leedsDraft(String title) {
        return editor.register(users.actor("mstenton"), new DocumentDetails(DocumentType.PROTOCOL, unique(title),
                "A test protocol", organisation("Safer Leeds"), HandlingLevel.PARTNERSHIP, null, null, null, 12,
                Set.of(organisation("Leeds City Council Environmental Services")), List.of(person("Martyn Stenton"))),
                CONTENT, null);
    }

    /** Sends the newest draft to Environmental Services for information, which freezes it. */
    void circulate(Document document) {
        consultations.circulate(users.actor("mstenton"), document.id(), new NewCirculation(
                CirculationPurpose.INFORMATION, List.of(Recipient.organisation(
                        organisation("Leeds City Council Environmental Services"), null)),
                "Environmental Services", LocalDate.of(2026, 1, 5), false, null, null));
    }

    /**
     * The page a form redirected to, opened in the same session so that its success banner (a flash attribute kept
     * in the session) shows.
     */
    static org.jsoup.nodes.Document followed(MockMvc mvc, MvcResult posted, RequestPostProcessor user)
            throws Exception {
        Cookie session = posted.getResponse().getCookie("SESSION");
        assertThat(session).as("the session that carries the flash attributes").isNotNull();
        MvcResult shown = mvc.perform(get(posted.getResponse().getRedirectedUrl()).with(user).cookie(session))
                .andReturn();
        assertThat(shown.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(shown.getResponse().getContentAsString());
    }

    UUID organisation(String name) {
        return directory.organisationNamed(name).orElseThrow().id();
    }

    UUID person(String name) {
        return directory.allPeopleUncheckedForDemoLoaders().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
