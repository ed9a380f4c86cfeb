package uk.saferhub.intake.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Role;

/**
 * The Open311 service list as the administrators keep it (one list for every partnership on the server): add a service, change its name, description, group, keywords,
 * who deals with it and its place in the list, or stop taking reports of it. A service is never deleted: its reports
 * keep their service. Every change is audited; Open311's {@code services} shows the list at once.
 */
@Service
public class ServiceEditor {

    static final String RECORD_TYPE = "intake-service";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final JdbcClient jdbc;
    private final ServiceCatalogue catalogue;
    private final AuditTrail audit;

    ServiceEditor(JdbcClient jdbc, ServiceCatalogue catalogue, AuditTrail audit) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /** Every service, those no longer taken included, in the list's order. */
    @Transactional(readOnly = true)
    public List<ServiceEntry> all() {
        return jdbc.sql("""
                select s.code, s.name, s.description, s.group_name, s.keywords, s.responsibility, s.position, s.active,
                       (select count(*) from intake_service_attribute a where a.service_code = s.code)
                  from intake_service s order by s.position, s.code""")
                .query((rs, row) -> new ServiceEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), uk.saferhub.intake.internal.Service.Responsibility.valueOf(rs.getString(6)),
                        rs.getInt(7), rs.getBoolean(8), rs.getInt(9)))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<ServiceEntry> find(String code) {
        return all().stream().filter(entry -> entry.code().equals(code)).findFirst();
    }

    /** Adds a service (code null in {@code existing}) or changes one; refused with nothing changed. */
    @Transactional
    public ServiceEntry save(Actor actor, String existing, ServiceEntry wanted) {
        if (!ChangePolicy.holds(actor, Role.ADMINISTRATOR)) {
            throw new RecordNotFoundException(RECORD_TYPE, existing);
        }
        ServiceEntry before = existing == null ? null
                : find(existing).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, existing));
        String code = before == null ? strip(wanted.code()) : before.code();
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IntakeChangeRefused("code", "intake.services.code.invalid");
        }
        if (before == null && find(code).isPresent()) {
            throw new IntakeChangeRefused("code", "intake.services.code.taken", code);
        }
        String name = strip(wanted.name());
        tooLong(name, 200, "name");
        tooLong(wanted.group(), 200, "group");
        tooLong(wanted.keywords(), 500, "keywords");
        tooLong(wanted.description(), 1000, "description");
        if (name == null) {
            throw new IntakeChangeRefused("name", "intake.services.name.required");
        }
        if (wanted.responsibility() == null) {
            throw new IntakeChangeRefused("responsibility", "intake.services.responsibility.required");
        }
        String group = strip(wanted.group());
        if (group == null) {
            throw new IntakeChangeRefused("group", "intake.services.group.required");
        }
        int position = before == null && wanted.position() <= 0 ? nextPosition() : Math.max(wanted.position(), 1);
        ServiceEntry saved = new ServiceEntry(code, name, strip(wanted.description()), group, strip(wanted.keywords()),
                wanted.responsibility(), position, wanted.active(), before == null ? 0 : before.attributes());
        if (before == null) {
            jdbc.sql("""
                    insert into intake_service (code, name, description, group_name, keywords, responsibility,
                                                position, active)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(code, name, saved.description(), group, saved.keywords(), saved.responsibility().name(),
                            position, saved.active())
                    .update();
        } else {
            jdbc.sql("""
                    update intake_service set name = ?, description = ?, group_name = ?, keywords = ?,
                           responsibility = ?, position = ?, active = ? where code = ?""")
                    .params(name, saved.description(), group, saved.keywords(), saved.responsibility().name(),
                            position, saved.active(), code)
                    .update();
        }
        catalogue.forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    catalogue.forget();
                }
            });
        }
        audit.recordChange(before == null ? AuditAction.CREATE : AuditAction.UPDATE, RECORD_TYPE, code,
                (before == null ? "Added" : "Changed") + " the Open311 service " + name, Changes.none()
                        .field("name", before == null ? null : before.name(), name)
                        .field("description", before == null ? null : before.description(), saved.description())
                        .field("group", before == null ? null : before.group(), group)
                        .field("keywords", before == null ? null : before.keywords(), saved.keywords())
                        .field("responsibility", before == null ? null : before.responsibility(),
                                saved.responsibility())
                        .field("position", before == null ? null : before.position(), position)
                        .field("active", before == null ? null : before.active(), saved.active()));
        return saved;
    }

    private static void tooLong(String text, int limit, String field) {
        if (text != null && text.strip().length() > limit) {
            throw new IntakeChangeRefused(field, "intake.services." + field + ".tooLong", limit);
        }
    }

    private int nextPosition() {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from intake_service").query(Integer.class).single();
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
