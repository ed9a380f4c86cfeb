package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Boundary files uploaded over real HTTP, as a browser sends them: a multipart form whose CSRF token is in the body,
 * larger than the 1 MB limit on other requests, and refused with a message beyond 10 MB.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BoundaryUploadServedTests {

    private static final String BOUNDARY = "----saferhub-test-boundary";

    @LocalServerPort
    int port;

    private HttpResponse<String> upload(String cookie, String csrf, int sizeInBytes) throws Exception {
        String padding = "x".repeat(Math.max(0, sizeInBytes - 400));
        String geoJson = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"CODE\":\"UPLOAD-1\",\"NAME\":\"Upload\",\"NOTE\":\"" + padding + "\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[0,52],[0.01,52],[0.01,52.01],[0,52]]]}}]}";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, "_csrf", null, csrf);
        part(body, "type", null, "WARD");
        part(body, "file", "big.geojson", geoJson);
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/places/import"))
                .timeout(Duration.ofSeconds(60)).header("Cookie", cookie).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(request,
                HttpResponse.BodyHandlers.ofString());
    }

    private static void part(ByteArrayOutputStream body, String name, String fileName, String value)
            throws IOException {
        String header = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/geo+json")
                + "\r\n\r\n";
        body.write(header.getBytes(StandardCharsets.UTF_8));
        body.write(value.getBytes(StandardCharsets.UTF_8));
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aThreeMegabyteFileUploadsWithItsCsrfTokenInTheFormAndOneOverTenMegabytesIsRefusedWithAMessage()
            throws Exception {
        ServedSaferHub server = new ServedSaferHub(port);
        String cookie = server.signedIn("ewilson");
        HttpResponse<String> form = server.get("/places/import", "Cookie", cookie, "Accept", "text/html");
        assertThat(form.statusCode()).isEqualTo(200);
        String csrf = ServedSaferHub.csrfToken(form.body());

        HttpResponse<String> accepted = upload(cookie, csrf, 3 * 1024 * 1024);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location").orElse("")).contains("/places/import/");

        HttpResponse<String> tooBig = upload(cookie, csrf, 11 * 1024 * 1024);
        assertThat(tooBig.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(tooBig.body()).select("#file-error").text())
                .contains("The file must be smaller than 10 MB");
    }
}
