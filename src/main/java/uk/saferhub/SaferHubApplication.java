package uk.saferhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** SaferHub: the shared, secure, auditable workplace of a community safety partnership. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SaferHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(SaferHubApplication.class, args);
    }
}
