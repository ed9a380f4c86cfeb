package uk.saferhub.tasking.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The categories coordinators maintain, in SQL. */
@Repository
public class CategoryStore {

    private final JdbcClient jdbc;

    CategoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Category> all() {
        return jdbc.sql("select * from tasking_category order by retired, lower(name)")
                .query((rs, row) -> new Category(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getBoolean("environmental"), rs.getBoolean("retired"))).list();
    }

    public Optional<Category> find(UUID id) {
        return all().stream().filter(category -> category.id().equals(id)).findFirst();
    }

    public Optional<Category> named(String name) {
        return all().stream().filter(category -> category.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public void save(Category category) {
        jdbc.sql("""
                insert into tasking_category (id, name, environmental, retired) values (?, ?, ?, ?)
                on conflict (id) do update set name = excluded.name, environmental = excluded.environmental,
                    retired = excluded.retired""")
                .params(category.id(), category.name(), category.environmental(), category.retired()).update();
    }
}
