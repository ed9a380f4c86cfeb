package uk.saferhub.intake;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;

/**
 * Reads an Open311 answer the way FixMyStreet's client does (our own Java, written from reading its Perl): the root
 * dropped; an element with children becomes a map by child name; the item elements FixMyStreet forces into lists
 * (service, attribute, value, request, error, request_update) are always lists, and a repeated element becomes one;
 * a list wrapper (services, attributes, values, service_requests, errors, service_request_updates) holding only its
 * items is replaced by the list; an empty element is null; text stays as written. Also FixMyStreet's reading of a
 * status and its W3C date-time.
 */
final class FmsXml {

    private static final Set<String> ITEMS = Set.of("service", "attribute", "value", "request", "error",
            "request_update");
    private static final Map<String, String> WRAPPERS = Map.of("services", "service", "attributes", "attribute",
            "values", "value", "service_requests", "request", "errors", "error", "service_request_updates",
            "request_update");

    /** The states FixMyStreet shows, which an Open311 status must map to for it to change a report's state. */
    static final Set<String> SHOWN_STATES = Set.of("confirmed", "planned", "investigating", "in progress",
            "action scheduled", "fixed", "fixed - council", "fixed - user", "closed", "duplicate", "not responsible",
            "unable to fix", "internal referral");

    /** FixMyStreet's form of a UTC time, as it writes start_date and end_date and compares times as text. */
    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private FmsXml() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(String xml) {
        Object root = value(Open311Xml.parse(xml));
        return root instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> parent, String name) {
        Object value = parent.get(name);
        if (!(value instanceof List<?> list)) {
            throw new AssertionError("FixMyStreet finds no list " + name + " in " + parent);
        }
        return (List<Map<String, Object>>) list;
    }

    /** A text value as FixMyStreet takes it: present and not a reference (an empty or nested element). */
    static String text(Map<String, Object> parent, String name) {
        Object value = parent.get(name);
        if (!(value instanceof String text)) {
            throw new AssertionError("FixMyStreet finds no text " + name + " in " + parent);
        }
        return text;
    }

    /** FixMyStreet's state for an Open311 status: lower case, underscores as spaces, its few renamings. */
    static String state(String status) {
        String state = status.toLowerCase(Locale.ROOT).replace('_', ' ');
        return switch (state) {
            case "fixed", "closed" -> "fixed - council";
            case "not councils responsibility" -> "not responsible";
            case "no further action" -> "unable to fix";
            case "open" -> "confirmed";
            default -> state;
        };
    }

    /** A W3C date-time with its zone, in FixMyStreet's UTC text form; fails as FixMyStreet skips a bad one. */
    static String utc(String w3c) {
        if (!w3c.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)")) {
            throw new AssertionError("Not a W3C date-time with a zone: " + w3c);
        }
        return UTC.format(OffsetDateTime.parse(w3c).toInstant());
    }

    private static Object value(Element element) {
        List<Element> children = Open311Xml.children(element);
        if (children.isEmpty()) {
            String text = element.getTextContent();
            return text.isEmpty() ? null : text;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Element child : children) {
            String name = child.getTagName();
            Object value = value(child);
            if (ITEMS.contains(name) || map.containsKey(name)) {
                Object already = map.get(name);
                List<Object> items = new ArrayList<>();
                if (already instanceof List<?> list) {
                    items.addAll(list);
                } else if (map.containsKey(name)) {
                    items.add(already);
                }
                items.add(value);
                map.put(name, items);
            } else {
                map.put(name, value);
            }
        }
        map.replaceAll((name, value) -> WRAPPERS.containsKey(name) && value instanceof Map<?, ?> inner
                && inner.size() == 1 && inner.containsKey(WRAPPERS.get(name)) ? inner.get(WRAPPERS.get(name)) : value);
        return map;
    }
}
