package uk.saferhub.shared.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.webjars.WebJarVersionLocator;

/**
 * Serves the static files, each folder at its own address: GOV.UK Frontend from its WebJar (its fonts and images at
 * {@code /assets}, where its stylesheet expects them) and SaferHub's own stylesheet and script.
 *
 * <p>Spring Boot's catch-all {@code /**} mapping is switched off ({@code spring.web.resources.add-mappings=false}):
 * with it, every link a page writes was looked up in four classpath folders of the nested jar while the page was
 * rendered, three quarters of a page's time under load. The resource chains cache what they resolve.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version
                        + "/dist/govuk/assets/")
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
    }

    @Bean
    NavigationContributor homeNavigation() {
        return () -> List.of(new NavigationItem(0, "Home", "/", "/", null));
    }
}
