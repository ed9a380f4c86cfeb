package uk.saferhub.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.saferhub.shared.access.Actor;

/** What the OpenAPI description at /v3/api-docs says about the API as a whole, and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        // the signed-in actor is a handler argument (ActorArguments), not something a client sends
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI saferHubOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("SaferHub API")
                        .version("v1")
                        .description("The partnership's shared records for other systems. Every call needs an API "
                                + "key issued by an administrator (Authorization: Bearer shk_...); a key acts for one "
                                + "organisation with its roles, and sees exactly what a user of that organisation "
                                + "would. Records you may not see answer 404. Errors are RFC 9457 problem details. "
                                + "Lists are pages counting from 1.")
                        .license(new License().name("Data: Open Government Licence v3.0")
                                .url("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")))
                .components(new Components().addSecuritySchemes("apiKey", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("shk_<prefix>_<secret>")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
