package uk.saferhub.audit.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import uk.saferhub.audit.AuditRecord;
import uk.saferhub.audit.RecordNames;
import uk.saferhub.audit.RecordNames.Named;
import uk.saferhub.audit.web.AuditEventRow.ChangeLine;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.DisplayTime;

/**
 * Puts an event's record and changes in the words a person uses: the kind of record ({@code audit.recordType.*}) and
 * its name from the module that keeps it ({@link RecordNames}), each changed field by its message
 * ({@code audit.field.*}), the ids among the changed values by name, dates as "4 December 2026" and codes by their
 * message ({@code audit.value.*}). A record the viewer may not see, or one since removed, is named by its kind and
 * the first characters of its id.
 */
@Component
class TrailWords {

    static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** An id as a value names it, perhaps after its kind ("body:1a2b..."). */
    private static final Pattern ID_VALUE = Pattern.compile("(?:[a-z]+:)?(" + UUID_TEXT.pattern() + ")");
    /** A Java record as written into older events ("ContactRole[title=..., areaServed=...]"). */
    private static final Pattern RECORD_TEXT = Pattern.compile("\\b[A-Z]\\w*\\[([^\\[\\]]*)]");
    /** A code after an id in a list of pairs ("...=PRESENT"). */
    private static final Pattern PAIRED_CODE = Pattern.compile("=([A-Z][A-Z0-9_]*)\\b");
    private static final Pattern DATE_TEXT = Pattern.compile(
            "\\b\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?(\\[[\\w/+-]+])?)?(?![\\w:-])");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern LIST_CODE = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9_]+(?![\\w-])");
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final ObjectProvider<RecordNames> modules;
    private final MessageSource messages;
    private final ChangeReader reader;

    TrailWords(ObjectProvider<RecordNames> modules, MessageSource messages, ChangeReader reader) {
        this.modules = modules;
        this.messages = messages;
        this.reader = reader;
    }

    /** The names of the records these events mention, as the viewer may read them. */
    Map<UUID, Named> namesFor(Actor viewer, List<AuditRecord> events) {
        Set<UUID> ids = new HashSet<>();
        for (AuditRecord event : events) {
            if (event.detailsWithheld()) {
                continue;
            }
            collect(event.recordId(), ids);
            for (ChangeLine line : reader.read(event.changes())) {
                collect(line.before(), ids);
                collect(line.after(), ids);
            }
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Named> names = new HashMap<>();
        modules.orderedStream().forEach(module -> module.namesOf(viewer, Set.copyOf(ids)).forEach(names::putIfAbsent));
        return names;
    }

    private static void collect(String text, Set<UUID> ids) {
        if (text == null) {
            return;
        }
        Matcher found = UUID_TEXT.matcher(text);
        while (found.find()) {
            ids.add(UUID.fromString(found.group()));
        }
    }

    /** The kind of record, for example "Meeting attendance" for {@code meeting-attendance}. */
    String kind(String recordType) {
        if (recordType == null) {
            return null;
        }
        String words = message("audit.recordType." + recordType);
        if (words != null) {
            return words;
        }
        String spaced = recordType.replace('-', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The record's name when the viewer may read it; null otherwise. */
    Named record(String recordId, boolean withheld, Map<UUID, Named> names) {
        if (recordId == null || withheld) {
            return null;
        }
        Matcher found = UUID_TEXT.matcher(recordId);
        return found.find() ? names.get(UUID.fromString(found.group())) : null;
    }

    /** The first characters of a record's id, enough to tell records apart: "1a2b3c4d". */
    static String shortId(String recordId) {
        if (recordId == null) {
            return null;
        }
        Matcher found = UUID_TEXT.matcher(recordId);
        if (found.find()) {
            return found.group().substring(0, 8);
        }
        return recordId.length() <= 12 ? recordId : recordId.substring(0, 12) + "…";
    }

    /** The changed fields in words. */
    List<ChangeLine> changes(String stored, Map<UUID, Named> names) {
        return reader.read(stored).stream()
                .map(line -> new ChangeLine(field(line.field()), value(line.before(), names),
                        value(line.after(), names)))
                .toList();
    }

    /** A field's words, for example "Organisation" for {@code organisationId}. */
    String field(String name) {
        String words = message("audit.field." + name);
        if (words != null) {
            return words;
        }
        String spaced = name.replaceAll("Id$", "").replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
        return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A value in words: ids by name, dates the GOV.UK way, codes by their message. */
    String value(String raw, Map<UUID, Named> names) {
        if (raw == null) {
            return null;
        }
        if (CODE.matcher(raw).matches() || raw.equals("true") || raw.equals("false")) {
            String words = message("audit.value." + raw);
            if (words != null) {
                return words;
            }
        }
        String words = ID_VALUE.matcher(raw).replaceAll(found ->
                Matcher.quoteReplacement(nameOf(found.group(1), names)));
        words = RECORD_TEXT.matcher(words).replaceAll(found -> Matcher.quoteReplacement(recordValues(found.group(1))));
        if (words.startsWith("[") && words.endsWith("]")) {
            // a list: its codes in words too ("[ADMINISTRATOR, READER]", "[Mrs E Wilson=PRESENT]")
            words = PAIRED_CODE.matcher(words.substring(1, words.length() - 1)).replaceAll(found -> {
                String code = message("audit.value." + found.group(1));
                return Matcher.quoteReplacement(": " + (code == null ? found.group(1) : code));
            });
            words = LIST_CODE.matcher(words).replaceAll(found -> {
                String code = message("audit.value." + found.group());
                return Matcher.quoteReplacement(code == null ? found.group() : code);
            });
        }
        return datesIn(words);
    }

    /** Dates and moments within a text the GOV.UK way: "4 December 2026", "4 December 2026 at 2:00pm". */
    String datesIn(String text) {
        return text == null ? null
                : DATE_TEXT.matcher(text).replaceAll(found -> Matcher.quoteReplacement(date(found.group())));
    }

    /** The values of a record's fields that are set, one after another. */
    private static String recordValues(String fields) {
        var values = new ArrayList<String>();
        for (String field : fields.split(", ")) {
            int equals = field.indexOf('=');
            String value = equals < 0 ? field : field.substring(equals + 1);
            if (!value.isBlank() && !value.equals("null")) {
                values.add(value);
            }
        }
        return String.join(", ", values);
    }

    private String nameOf(String id, Map<UUID, Named> names) {
        Named named = names.get(UUID.fromString(id));
        return named != null ? named.name() : message("audit.trail.unnamed", id.substring(0, 8));
    }

    private static String date(String text) {
        try {
            if (!text.contains("T")) {
                return DisplayTime.dateOf(LocalDate.parse(text));
            }
            return DisplayTime.of(instant(text), text);
        } catch (DateTimeException notADate) {
            return text;
        }
    }

    private static Instant instant(String text) {
        if (text.endsWith("]")) {
            return ZonedDateTime.parse(text).toInstant();
        }
        if (text.endsWith("Z")) {
            return Instant.parse(text);
        }
        if (text.matches(".*[+-]\\d{2}:\\d{2}$")) {
            return OffsetDateTime.parse(text).toInstant();
        }
        return LocalDateTime.parse(text).atZone(UK).toInstant();
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, null, LocaleContextHolder.getLocale());
    }
}
