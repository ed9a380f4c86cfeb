package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** Every page carries the headers that keep a browser safe: CSP with a fresh nonce, no framing, no sniffing. */
@SaferHubTest
class SecurityHeadersTests {

    private static final Pattern NONCE = Pattern.compile("script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Test
    void everyInlineScriptCarriesTheNonceOfItsPagesContentSecurityPolicy() throws Exception {
        for (var request : new MockHttpServletRequestBuilder[] {get("/login"), get("/").with(users.as("ewilson"))}) {
            var response = mvc.perform(request).andReturn().getResponse();
            String nonce = nonceOf(response);

            var scripts = Jsoup.parse(response.getContentAsString()).select("script");
            assertThat(scripts).as("the page has scripts").isNotEmpty();
            assertThat(scripts).allSatisfy(script -> assertThat(script.attr("nonce")).isEqualTo(nonce));
        }
    }

    @Test
    void theNonceIsDifferentOnEveryRequest() throws Exception {
        String first = nonceOf(mvc.perform(get("/login")).andReturn().getResponse());
        String second = nonceOf(mvc.perform(get("/login")).andReturn().getResponse());

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theContentSecurityPolicyAllowsNoInlineStyleNoObjectsAndNoFraming() throws Exception {
        String policy = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");

        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
                "base-uri 'self'", "form-action 'self'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void pagesRefuseFramingSniffingAndLeakingTheirAddress() throws Exception {
        for (var request : new MockHttpServletRequestBuilder[] {get("/login"), get("/").with(users.as("admin"))}) {
            var response = mvc.perform(request).andReturn().getResponse();

            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        }
    }

    @Test
    void theApiRefusesFramingAndSendsNoReferrer() throws Exception {
        var response = mvc.perform(get("/api/v1/organisations")).andReturn().getResponse();

        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void strictTransportSecurityIsSentOverHttpsOnly() throws Exception {
        var plain = mvc.perform(get("/login")).andReturn().getResponse();
        var secure = mvc.perform(get("/login").secure(true)).andReturn().getResponse();

        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
        assertThat(secure.getHeader("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
    }

    private static String nonceOf(MockHttpServletResponse response) {
        String policy = response.getHeader("Content-Security-Policy");
        assertThat(policy).as("Content-Security-Policy").isNotNull();
        var matcher = NONCE.matcher(policy);
        assertThat(matcher.find()).as("a nonce in %s", policy).isTrue();
        return matcher.group(1);
    }
}
