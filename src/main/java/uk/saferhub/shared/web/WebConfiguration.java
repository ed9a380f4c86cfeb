package uk.saferhub.shared.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
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

    /** GOV.UK Frontend's fonts and images: a day in the browser's cache. */
    private static final CacheControl SETTLED = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    /** Stylesheets and scripts may change with any release: kept, but checked with the server each time. */
    private static final CacheControl CHANGING = CacheControl.noCache().cachePublic();

    private final LayoutModel layout;

    WebConfiguration(LayoutModel layout) {
        this.layout = layout;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(layout);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArguments());
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version
                        + "/dist/govuk/assets/")
                .setCacheControl(SETTLED)
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CHANGING)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/")
                .setCacheControl(CHANGING).resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/")
                .setCacheControl(CHANGING).resourceChain(true);
    }

    /**
     * Spring Boot's Thymeleaf configuration registers this filter whenever a WebJars locator is present, to rewrite
     * every link a page writes through the resource chain. Links here carry no version to rewrite (the WebJar's version
     * is resolved when the file is asked for), so it did that work on every link of every page for nothing. Declaring
     * it switched off keeps Boot from registering its own.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

}
