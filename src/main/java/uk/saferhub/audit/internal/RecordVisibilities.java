package uk.saferhub.audit.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import uk.saferhub.audit.AuditRecord;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordVisibility;

/**
 * Withholds from a viewer what the trail recorded about records they may not see, asking the module that claims each
 * record type ({@link RecordVisibility}), once per type for a page of events. The details of an event whose record
 * type no module claims are withheld from everyone: a new kind of record stays hidden until its module says who may
 * see it. An event about no one record (a failed sign-in, a list export) is shown when its type is claimed.
 */
@Component
public class RecordVisibilities implements SmartInitializingSingleton {

    // The modules' answers are looked up once every bean exists: they use services that themselves write to the trail.
    private final ObjectProvider<RecordVisibility> modules;
    private volatile Map<String, RecordVisibility> byType;

    RecordVisibilities(ObjectProvider<RecordVisibility> modules) {
        this.modules = modules;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var claims = new HashMap<String, RecordVisibility>();
        for (RecordVisibility module : modules.orderedStream().toList()) {
            for (String type : module.recordTypes()) {
                RecordVisibility earlier = claims.putIfAbsent(type, module);
                if (earlier != null && earlier != module) {
                    throw new IllegalStateException("The audit record type " + type + " is claimed by both "
                            + earlier.getClass().getName() + " and " + module.getClass().getName());
                }
            }
        }
        this.byType = Map.copyOf(claims);
    }

    /** The record types some module answers for. */
    public Set<String> claimedTypes() {
        return claims().keySet();
    }

    private Map<String, RecordVisibility> claims() {
        if (byType == null) {
            afterSingletonsInstantiated();
        }
        return byType;
    }

    /** The events in the same order, those about records the viewer may not see with their details withheld. */
    public List<AuditRecord> shownTo(Actor viewer, List<AuditRecord> events) {
        Map<String, RecordVisibility> byType = claims();
        Map<String, Set<String>> asked = new LinkedHashMap<>();
        for (AuditRecord event : events) {
            if (event.recordId() != null && byType.containsKey(event.recordType())) {
                asked.computeIfAbsent(event.recordType(), type -> new LinkedHashSet<>()).add(event.recordId());
            }
        }
        Map<String, Set<String>> visible = new HashMap<>();
        asked.forEach((type, ids) -> visible.put(type,
                Set.copyOf(byType.get(type).visibleTo(viewer, type, Set.copyOf(ids)))));
        return events.stream().map(event -> shown(event, byType, visible) ? event : event.withheld()).toList();
    }

    private static boolean shown(AuditRecord event, Map<String, RecordVisibility> byType,
            Map<String, Set<String>> visible) {
        if (event.recordType() == null || !byType.containsKey(event.recordType())) {
            return false;
        }
        return event.recordId() == null || visible.get(event.recordType()).contains(event.recordId());
    }
}
