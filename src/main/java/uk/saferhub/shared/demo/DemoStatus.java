package uk.saferhub.shared.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether the demonstration partnership has been loaded into this database, for data that follows it later. */
@Component
public class DemoStatus {

    private final JdbcClient jdbc;

    DemoStatus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean loaded() {
        return jdbc.sql("select count(*) from demonstration_load").query(Long.class).single() > 0;
    }
}
