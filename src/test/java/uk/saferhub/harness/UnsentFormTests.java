package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A form sent after its session ended (its security token no longer matches, over real HTTP where Tomcat renders the
 * error page) changes nothing, says plainly what happened, and offers back what was typed so it is not lost; never a
 * password, and never a way back to another site.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnsentFormTests {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ServedSaferHub server;

    @BeforeEach
    void connect() {
        server = new ServedSaferHub(port);
    }

    @Test
    void minutesSentAfterTheSessionEndedAreOfferedBackAndNothingIsSaved() {
        UUID meeting = jdbc.sql("select id from meeting order by starts_at limit 1").query(UUID.class).single();
        String minutes = "The group agreed to target fly-tipping on Harehills Lane: <5 incidents a week & rising";
        long items = jdbc.sql("select count(*) from meeting_agenda_item").query(Long.class).single();
        String form = "/meetings/" + meeting + "/agenda/new";

        HttpResponse<String> response = server.send("POST", form, "_csrf=from-a-session-that-ended&title="
                + encode("Fly-tipping") + "&minutes=" + encode(minutes), "Accept", "text/html", "Content-Type", FORM,
                "Referer", "http://127.0.0.1:" + port + form);

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.title()).startsWith("Your changes were not saved");
        assertThat(page.select("h1").text()).isEqualTo("Your changes were not saved");
        assertThat(page.select("textarea").eachText()).containsExactly("Fly-tipping", minutes);
        assertThat(page.select("label").eachText()).contains("title", "minutes");
        assertThat(page.select("main a[href=/login]").text()).isEqualTo("Sign in again");
        assertThat(page.select("a[href=" + form + "]")).isNotEmpty();
        assertThat(response.body()).doesNotContain("from-a-session-that-ended");
        Internals.assertNoneShownIn(response.body());
        assertThat(jdbc.sql("select count(*) from meeting_agenda_item").query(Long.class).single()).isEqualTo(items);
    }

    @Test
    void aPasswordIsNeverShownBack() {
        HttpResponse<String> response = server.send("POST", "/account/password", "_csrf=stale&currentPassword="
                + "secret-one&newPassword=secret-two-words&confirmPassword=secret-two-words", "Accept", "text/html",
                "Content-Type", FORM, "Cookie", server.signedIn("ewilson"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Your changes were not saved")
                .doesNotContain("secret-one", "secret-two-words");
    }

    @Test
    void aPageOfAnotherSiteIsNotOfferedAsTheWayBack() {
        HttpResponse<String> response = server.send("POST", "/partnership/bodies/new", "_csrf=stale&name="
                + encode("Harehills group"), "Accept", "text/html", "Content-Type", FORM,
                "Referer", "https://elsewhere.example/partnership/bodies/new");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("a[href*=elsewhere]")).isEmpty();
        assertThat(page.select("a[href=/partnership/bodies/new]")).isEmpty();
        assertThat(page.select("textarea").eachText()).containsExactly("Harehills group");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
