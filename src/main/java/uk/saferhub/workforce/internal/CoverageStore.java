package uk.saferhub.workforce.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.directory.Directory;
import uk.saferhub.shared.access.HandlingLevel;

/**
 * The patrol attachments in force on a day, with their PCSOs and schemes, for coverage. The funders' names come from
 * the directory's API, not its tables.
 */
@Repository
public class CoverageStore {

    private final JdbcClient jdbc;
    private final Directory directory;

    CoverageStore(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** One attachment of an active PCSO to a ward, in force on the day asked about. */
    public record AttachmentRow(UUID wardId, UUID pcsoId, String pcsoName, String collarNumber, UUID forceId,
            String role, UUID schemeId, String schemeName, UUID funderId, String funderName,
            HandlingLevel schemeHandling) {
    }

    public List<AttachmentRow> attachments(Collection<UUID> wards, LocalDate on) {
        if (wards.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = new HashMap<>();
        return jdbc.sql("""
                select a.ward_id, p.id as pcso_id, p.name as pcso_name, p.collar_number, p.force_id, a.role,
                       s.id as scheme_id, s.name as scheme_name, s.funder_id, s.handling_level
                from workforce_attachment a
                join workforce_pcso p on p.id = a.pcso_id
                left join workforce_scheme s on s.id = p.scheme_id
                where a.ward_id in (:wards) and a.from_date <= :on and (a.to_date is null or a.to_date >= :on)
                  and p.status = 'ACTIVE'
                order by p.name""")
                .param("wards", wards).param("on", Date.valueOf(on))
                .query((rs, row) -> new AttachmentRow(rs.getObject("ward_id", UUID.class),
                        rs.getObject("pcso_id", UUID.class), rs.getString("pcso_name"),
                        rs.getString("collar_number"), rs.getObject("force_id", UUID.class), rs.getString("role"),
                        rs.getObject("scheme_id", UUID.class), rs.getString("scheme_name"),
                        rs.getObject("funder_id", UUID.class), funderName(names, rs.getObject("funder_id", UUID.class)),
                        rs.getString("handling_level") == null ? null
                                : HandlingLevel.valueOf(rs.getString("handling_level"))))
                .list();
    }

    /** The funder's name, read once for all the rows (the directory's summaries are one query). */
    private String funderName(Map<UUID, String> names, UUID funder) {
        if (funder == null) {
            return null;
        }
        if (names.isEmpty()) {
            directory.allOrganisations().forEach(organisation -> names.put(organisation.id(), organisation.name()));
        }
        return names.get(funder);
    }
}
