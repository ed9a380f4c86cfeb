package uk.saferhub.audit.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.audit.web.AuditEventRow.ChangeLine;

/** Reads the before/after summary an audit event stores as JSON into lines a page or the API can show. */
@Component
class ChangeReader {

    private static final TypeReference<LinkedHashMap<String, Map<String, String>>> CHANGES = new TypeReference<>() {
    };

    private final JsonMapper json;

    ChangeReader(JsonMapper json) {
        this.json = json;
    }

    List<ChangeLine> read(String changes) {
        if (changes == null || changes.isBlank()) {
            return List.of();
        }
        try {
            var lines = new ArrayList<ChangeLine>();
            json.readValue(changes, CHANGES).forEach((field, change) ->
                    lines.add(new ChangeLine(field, change == null ? null : change.get("before"),
                            change == null ? null : change.get("after"))));
            return lines;
        } catch (JacksonException unreadable) {
            // an event written before this format existed: show it as it is rather than hide it
            return List.of(new ChangeLine("changes", null, changes));
        }
    }
}
