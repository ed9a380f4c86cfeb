package uk.saferhub.workforce.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;


/** PCSOs' personal development entries in SQL. Callers decide who may read them. */
@Repository
public class DevelopmentStore {

    private final JdbcClient jdbc;

    DevelopmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A PCSO's entries, the latest first. */
    public List<DevelopmentEntry> entriesOf(UUID pcso) {
        return jdbc.sql("""
                select * from workforce_development_entry where pcso_id = ?
                 order by entry_date desc, created_at desc""")
                .param(pcso)
                .query((rs, row) -> new DevelopmentEntry(rs.getObject("id", UUID.class),
                        rs.getObject("pcso_id", UUID.class), rs.getDate("entry_date").toLocalDate(),
                        DevelopmentKind.valueOf(rs.getString("kind")), rs.getString("note"),
                        rs.getString("written_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public void insert(DevelopmentEntry entry) {
        jdbc.sql("""
                insert into workforce_development_entry (id, pcso_id, entry_date, kind, note, written_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.id(), entry.pcsoId(), Date.valueOf(entry.entryDate()), entry.kind().name(),
                        entry.note(), entry.writtenBy(), Timestamp.from(entry.createdAt()))
                .update();
    }
}
