package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashSet;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.support.SaferHubTest;

/**
 * The scripts, stylesheets and icons the open pages load are served to someone not yet signed in; otherwise the sign-in
 * page would lose its styles or scripts, and the sign-in would return the visitor to the blocked file.
 */
@SaferHubTest
class StaticAssetsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void everyAssetTheOpenPagesLoadIsServedWithoutSigningIn() throws Exception {
        var assets = new LinkedHashSet<String>();
        for (String page : new String[] {"/", "/login", "/accessibility"}) {
            var html = Jsoup.parse(mvc.perform(get(page)).andReturn().getResponse().getContentAsString());
            html.select("script[src]").forEach(script -> assets.add(script.attr("src")));
            html.select("link[href]").forEach(link -> assets.add(link.attr("href")));
        }
        assertThat(assets).isNotEmpty();

        var refused = new ArrayList<String>();
        for (String asset : assets) {
            var response = mvc.perform(get(asset)).andReturn().getResponse();
            if (response.getStatus() != 200) {
                refused.add(asset + " -> " + response.getStatus() + " " + response.getRedirectedUrl());
            }
        }
        assertThat(refused).as("assets of the open pages refused to an anonymous visitor").isEmpty();
    }
}
