package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import uk.saferhub.shared.SaferHubProperties;

/**
 * A street-level file larger than the 20 MB that uploads were once limited to, uploaded over real HTTP as a browser
 * sends it (a month's archive of every force is larger still), taken and imported; the status page it leads to
 * reports it loaded.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CrimeUploadServedTests {

    private static final String BOUNDARY = "----saferhub-crime-upload";

    @LocalServerPort
    int port;

    @Autowired
    SaferHubProperties properties;

    @Test
    void aStreetLevelFileOfTwentyFiveMegabytesIsUploadedAndImported() throws Exception {
        Path herts = properties.referenceDataPath().resolve("crime-street/hertfordshire/2021-08-hertfordshire-street.csv");
        Assumptions.assumeTrue(Files.isRegularFile(herts), "Skipped: no reference data file " + herts);
        // The month's real rows, again and again, to 25 MB.
        List<String> lines = Files.readAllLines(herts, StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder(lines.getFirst()).append('\n');
        long rows = 0;
        while (csv.length() < 25 * 1024 * 1024) {
            csv.append(lines.get(1 + (int) (rows % (lines.size() - 1)))).append('\n');
            rows++;
        }
        ServedSaferHub server = new ServedSaferHub(port);
        String cookie = server.signedIn("mstenton");
        HttpResponse<String> form = server.get("/crime/imports/new", "Cookie", cookie, "Accept", "text/html");
        assertThat(form.statusCode()).isEqualTo(200);
        String csrf = ServedSaferHub.csrfToken(form.body());

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"2021-08-hertfordshire-street.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> uploaded = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/crime/imports/new"))
                        .timeout(Duration.ofSeconds(120)).header("Cookie", cookie).header("Accept", "text/html")
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
        String status = uploaded.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "");
        assertThat(status).startsWith("/crime/imports/");

        String page = "";
        for (int tries = 0; tries < 120 && !page.contains("Loaded"); tries++) {
            Thread.sleep(500);
            page = Jsoup.parse(server.get(status, "Cookie", cookie, "Accept", "text/html").body()).select("main")
                    .text();
        }
        assertThat(page).contains("Loaded").contains(String.format(java.util.Locale.UK, "%,d", rows));
    }
}
