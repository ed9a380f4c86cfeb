package uk.saferhub.workforce.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import uk.saferhub.audit.Changes;

/** The fields of schemes and PCSOs as the audit trail records them. */
final class AuditValues {

    private AuditValues() {
    }

    static Map<String, Object> of(SchemeDetails details) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", details.name());
        values.put("funderId", details.funderId());
        values.put("sharePercent", plain(details.sharePercent()));
        values.put("shareAmount", plain(details.shareAmount()));
        values.put("posts", details.posts());
        values.put("costPerPost", plain(details.costPerPost()));
        values.put("periodFrom", details.periodFrom());
        values.put("periodTo", details.periodTo());
        values.put("conditions", details.conditions());
        values.put("handlingLevel", details.handlingLevel());
        return values;
    }

    static Map<String, Object> of(PcsoDetails details) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", details.name());
        values.put("collarNumber", details.collarNumber());
        values.put("forceId", details.forceId());
        values.put("teamId", details.teamId());
        values.put("supervisorId", details.supervisorId());
        values.put("personId", details.personId());
        values.put("schemeId", details.schemeId());
        values.put("startDate", details.startDate());
        values.put("status", details.status());
        return values;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    static Changes changes(Map<String, Object> before, Map<String, Object> after) {
        Changes changes = Changes.none();
        after.forEach((field, value) -> changes.field(field, before.get(field), value));
        return changes;
    }
}
