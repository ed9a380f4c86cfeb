package uk.saferhub.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * MockMvc's dispatcher set up as the server's is: Spring Boot passes some of the {@code spring.mvc} settings to the
 * test dispatcher but not whether it publishes an event per request, which reads the session of every request.
 */
@TestConfiguration(proxyBeanMethods = false)
class DispatcherLikeTheServer {

    @Bean
    MockMvcBuilderCustomizer publishRequestHandledEventsAsConfigured(WebMvcProperties mvc) {
        return builder -> builder.addDispatcherServletCustomizer(
                dispatcher -> dispatcher.setPublishEvents(mvc.isPublishRequestHandledEvents()));
    }
}
