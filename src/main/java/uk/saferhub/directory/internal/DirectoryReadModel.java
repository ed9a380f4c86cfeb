package uk.saferhub.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.saferhub.directory.ContactRole;
import uk.saferhub.directory.DirectoryPage;
import uk.saferhub.directory.OrganisationFilter;
import uk.saferhub.directory.OrganisationListing;
import uk.saferhub.directory.OrganisationSummary;
import uk.saferhub.directory.OrganisationType;
import uk.saferhub.directory.PersonFilter;
import uk.saferhub.directory.PersonListing;
import uk.saferhub.directory.PersonSummary;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;

/**
 * The directory's lists in plain SQL, each limited by the access policy's own predicate: an organisation is seen at
 * PARTNERSHIP level by those sharing with it, a person at their own handling level.
 */
@Component
public class DirectoryReadModel {

    private static final String ORGANISATION_COLUMNS = """
            select o.id, o.name, o.short_name, o.type, o.parent_id, parent.name as parent_name, o.website, o.phone,
                   o.email
              from organisation o
              left join organisation parent on parent.id = o.parent_id and %s
            """;
    private static final String PERSON_COLUMNS = """
            select p.id, p.name, p.job_title, p.organisation_id, o.name as organisation_name, p.email, p.phone,
                   p.handling_level
              from person p
              join organisation o on o.id = p.organisation_id
            """;

    private final JdbcClient jdbc;

    DirectoryReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DirectoryPage<OrganisationListing> organisations(Actor actor, OrganisationFilter filter, int page,
            int size) {
        var where = organisationWhere(actor, filter, null);
        long total = jdbc.sql("select count(*) from organisation o where " + where.clause())
                .params(where.parameters()).query(Long.class).single();
        return new DirectoryPage<>(organisationList(actor, where, size, (long) (page - 1) * size), page, size, total);
    }

    /** Every organisation that matches, for an export. */
    public List<OrganisationListing> allOrganisations(Actor actor, OrganisationFilter filter) {
        return organisationList(actor, organisationWhere(actor, filter, null), Integer.MAX_VALUE, 0);
    }

    public List<OrganisationListing> childrenOf(Actor actor, UUID parentId) {
        return organisationList(actor, organisationWhere(actor, OrganisationFilter.none(), parentId),
                Integer.MAX_VALUE, 0);
    }

    public Optional<OrganisationListing> organisation(Actor actor, UUID id) {
        var visible = AccessPolicy.visibleRows(actor, "o.id", "'PARTNERSHIP'");
        var where = new Where(visible.clause() + " and o.id = :id", with(visible.parameters(), "id", id));
        return organisationList(actor, where, 1, 0).stream().findFirst();
    }

    /** The organisations an actor may choose from, for example as a parent: those that share with theirs. */
    public List<OrganisationSummary> choices(Actor actor) {
        var visible = AccessPolicy.visibleRows(actor, "o.id", "'PARTNERSHIP'");
        return jdbc.sql("select o.id, o.name, o.type, o.parent_id from organisation o where " + visible.clause()
                        + " order by lower(o.name)")
                .params(visible.parameters())
                .query(DirectoryReadModel::summary)
                .list();
    }

    /** Every organisation's name and type: unchecked, as {@code Directory.allOrganisations} documents. */
    public List<OrganisationSummary> summaries() {
        return jdbc.sql("select o.id, o.name, o.type, o.parent_id from organisation o")
                .query(DirectoryReadModel::summary)
                .list();
    }

    /** An organisation's name and type: unchecked, as {@code Directory.organisation(UUID)} documents. */
    public Optional<OrganisationSummary> summary(UUID id) {
        return jdbc.sql("select o.id, o.name, o.type, o.parent_id from organisation o where o.id = ?")
                .param(id)
                .query(DirectoryReadModel::summary)
                .optional();
    }

    private static OrganisationSummary summary(ResultSet rs, int row) throws SQLException {
        return new OrganisationSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                OrganisationType.valueOf(rs.getString("type")), rs.getObject("parent_id", UUID.class));
    }

    /** A page of the people the actor may see, {@code chairs} (seen as chairs, see ChairSeats) among them. */
    public DirectoryPage<PersonListing> people(Actor actor, Set<UUID> chairs, PersonFilter filter, int page,
            int size) {
        var where = personWhere(actor, chairs, filter);
        long total = jdbc.sql("select count(*) from person p join organisation o on o.id = p.organisation_id where "
                        + where.clause())
                .params(where.parameters()).query(Long.class).single();
        return new DirectoryPage<>(personList(where, size, (long) (page - 1) * size), page, size, total);
    }

    /** Every person that matches, for an export or an organisation's page. */
    public List<PersonListing> allPeople(Actor actor, Set<UUID> chairs, PersonFilter filter) {
        return personList(personWhere(actor, chairs, filter), Integer.MAX_VALUE, 0);
    }

    /** The people the actor may see, in no order: the access policy's predicate, one query. */
    public List<PersonSummary> peopleSeenBy(Actor actor) {
        var visible = AccessPolicy.visibleRows(actor, "p.organisation_id", "p.handling_level");
        return jdbc.sql("select p.id, p.name, p.job_title, p.organisation_id from person p where " + visible.clause())
                .params(visible.parameters())
                .query((rs, row) -> new PersonSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("job_title"), rs.getObject("organisation_id", UUID.class)))
                .list();
    }

    /** Contact roles held for an area, grouped by area, of the people the actor may see. */
    public List<AreaContacts> contactsByArea(Actor actor, Set<UUID> chairs) {
        var visible = personWhere(actor, chairs, new PersonFilter(null, null));
        Map<String, List<AreaContacts.Contact>> areas = new LinkedHashMap<>();
        jdbc.sql("""
                        select cr.area_served, cr.title, p.id, p.name, o.name as organisation_name, p.phone, p.email
                          from contact_role cr
                          join person p on p.id = cr.person_id
                          join organisation o on o.id = p.organisation_id
                         where cr.area_served is not null and %s
                         order by lower(cr.area_served), cr.area_served, lower(cr.title), lower(p.name), p.id"""
                        .formatted(visible.clause()))
                .params(visible.parameters())
                .query(rs -> {
                    areas.computeIfAbsent(rs.getString("area_served"), area -> new ArrayList<>())
                            .add(new AreaContacts.Contact(rs.getString("title"), rs.getObject("id", UUID.class),
                                    rs.getString("name"), rs.getString("organisation_name"), rs.getString("phone"),
                                    rs.getString("email")));
                });
        return areas.entrySet().stream().map(area -> new AreaContacts(area.getKey(), area.getValue())).toList();
    }

    private List<OrganisationListing> organisationList(Actor actor, Where where, int limit, long offset) {
        var parentVisible = AccessPolicy.visibleRows(actor, "parent.id", "'PARTNERSHIP'");
        return jdbc.sql(ORGANISATION_COLUMNS.formatted(parentVisible.clause()) + " where " + where.clause()
                        + " order by lower(o.name), o.id limit :limit offset :offset")
                .params(where.parameters())
                .params(parentVisible.parameters())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new OrganisationListing(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("short_name"), OrganisationType.valueOf(rs.getString("type")),
                        rs.getObject("parent_id", UUID.class), rs.getString("parent_name"), rs.getString("website"),
                        rs.getString("phone"), rs.getString("email")))
                .list();
    }

    private List<PersonListing> personList(Where where, int limit, long offset) {
        List<PersonListing> found = jdbc.sql(PERSON_COLUMNS + " where " + where.clause()
                        + " order by lower(p.name), p.id limit :limit offset :offset")
                .params(where.parameters())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new PersonListing(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("job_title"), rs.getObject("organisation_id", UUID.class),
                        rs.getString("organisation_name"), rs.getString("email"), rs.getString("phone"),
                        HandlingLevel.valueOf(rs.getString("handling_level")), List.of()))
                .list();
        if (found.isEmpty()) {
            return found;
        }
        Map<UUID, List<ContactRole>> roles = new HashMap<>();
        jdbc.sql("""
                        select person_id, title, area_served, organisation_served_id from contact_role
                         where person_id in (:ids) order by person_id, position""")
                .param("ids", found.stream().map(PersonListing::id).toList())
                .query(rs -> {
                    roles.computeIfAbsent(rs.getObject("person_id", UUID.class), id -> new ArrayList<>())
                            .add(new ContactRole(rs.getString("title"), rs.getString("area_served"),
                                    rs.getObject("organisation_served_id", UUID.class)));
                });
        return found.stream()
                .map(person -> new PersonListing(person.id(), person.name(), person.jobTitle(),
                        person.organisationId(), person.organisationName(), person.email(), person.phone(),
                        person.handlingLevel(), roles.getOrDefault(person.id(), List.of())))
                .toList();
    }

    private static Where organisationWhere(Actor actor, OrganisationFilter filter, UUID parentId) {
        var visible = AccessPolicy.visibleRows(actor, "o.id", "'PARTNERSHIP'");
        var clause = new StringBuilder(visible.clause());
        Map<String, Object> parameters = new HashMap<>(visible.parameters());
        if (filter.search() != null) {
            clause.append(" and (position(:search in lower(o.name)) > 0"
                    + " or position(:search in lower(coalesce(o.short_name, ''))) > 0)");
            parameters.put("search", filter.search().toLowerCase());
        }
        if (filter.type() != null) {
            clause.append(" and o.type = :type");
            parameters.put("type", filter.type().name());
        }
        if (parentId != null) {
            clause.append(" and o.parent_id = :parent");
            parameters.put("parent", parentId);
        }
        return new Where(clause.toString(), parameters);
    }

    private static Where personWhere(Actor actor, Set<UUID> chairs, PersonFilter filter) {
        var visible = AccessPolicy.visibleRows(actor, "p.organisation_id", "p.handling_level");
        var clause = new StringBuilder(chairs.isEmpty() ? "(" + visible.clause() + ")"
                : "((" + visible.clause() + ") or p.id in (:chairs))");
        Map<String, Object> parameters = new HashMap<>(visible.parameters());
        if (!chairs.isEmpty()) {
            parameters.put("chairs", List.copyOf(chairs));
        }
        if (filter.search() != null) {
            clause.append(" and (position(:search in lower(p.name)) > 0"
                    + " or position(:search in lower(coalesce(p.job_title, ''))) > 0"
                    + " or position(:search in lower(o.name)) > 0)");
            parameters.put("search", filter.search().toLowerCase());
        }
        if (filter.organisationId() != null) {
            clause.append(" and p.organisation_id = :organisation");
            parameters.put("organisation", filter.organisationId());
        }
        return new Where(clause.toString(), parameters);
    }

    private static Map<String, Object> with(Map<String, Object> parameters, String name, Object value) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put(name, value);
        return all;
    }

    /** A WHERE clause and its named parameters. */
    private record Where(String clause, Map<String, Object> parameters) {
    }
}
