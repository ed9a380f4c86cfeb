package uk.saferhub.intake.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.OrganisationSummary;
import uk.saferhub.intake.internal.Report;
import uk.saferhub.intake.internal.Service;
import uk.saferhub.intake.internal.StatusUpdate;
import uk.saferhub.shared.web.PageWords;

/**
 * The Open311 shapes of services, reports and updates, as ordered maps the body writes as XML or JSON. A report's
 * shape has no field for the reporter's personal data: it cannot leak what it does not hold.
 */
@Component
class Open311Responses {

    /** W3C date-times with the zone's offset, as the standard asks (2026-12-04T15:00:00+00:00). */
    static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneId.of("Europe/London"));

    private final Directory directory;
    private final PageWords words;

    Open311Responses(Directory directory, PageWords words) {
        this.directory = directory;
        this.words = words;
    }

    static Map<String, Object> service(Service service) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("service_code", service.code());
        map.put("service_name", service.name());
        map.put("description", service.description());
        map.put("metadata", service.metadata());
        map.put("type", service.type());
        map.put("keywords", service.keywords());
        map.put("group", service.group());
        return map;
    }

    static Map<String, Object> definition(Service service) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("service_code", service.code());
        map.put("attributes", service.attributes().stream().map(Open311Responses::attribute).toList());
        return map;
    }

    private static Map<String, Object> attribute(Service.Attribute attribute) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("variable", attribute.variable());
        map.put("code", attribute.code());
        map.put("datatype", attribute.datatype());
        map.put("required", attribute.required());
        map.put("datatype_description", attribute.datatypeDescription());
        map.put("order", attribute.order());
        map.put("description", attribute.description());
        map.put("values", attribute.values().stream().map(value -> {
            Map<String, Object> each = new LinkedHashMap<>();
            each.put("key", value.key());
            each.put("name", value.name());
            return each;
        }).toList());
        return map;
    }

    Map<String, Object> request(Report report) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("service_request_id", String.valueOf(report.id()));
        map.put("status", report.status());
        map.put("status_notes", report.statusNotes());
        map.put("service_name", report.serviceName());
        map.put("service_code", report.serviceCode());
        map.put("description", report.description());
        map.put("agency_responsible", report.routedOrganisationId() == null ? null
                : directory.organisation(report.routedOrganisationId()).map(OrganisationSummary::name).orElse(null));
        map.put("service_notice", report.likelyDuplicateOf() == null ? null
                : words.text("intake.open311.likelyDuplicate", String.valueOf(report.likelyDuplicateOf())));
        map.put("requested_datetime", w3c(report.requestedAt()));
        map.put("updated_datetime", w3c(report.updatedAt()));
        map.put("expected_datetime", null);
        map.put("address", report.addressString());
        map.put("address_id", report.addressId());
        map.put("zipcode", null);
        map.put("lat", report.latitude());
        map.put("long", report.longitude());
        map.put("media_url", report.mediaUrl());
        return map;
    }

    Map<String, Object> created(Report report) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("service_request_id", String.valueOf(report.id()));
        map.put("token", report.token().toString());
        map.put("service_notice", report.likelyDuplicateOf() == null ? null
                : words.text("intake.open311.likelyDuplicate", String.valueOf(report.likelyDuplicateOf())));
        map.put("account_id", null);
        return map;
    }

    static Map<String, Object> token(Report report) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("service_request_id", String.valueOf(report.id()));
        map.put("token", report.token().toString());
        return map;
    }

    static Map<String, Object> update(StatusUpdate update) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("update_id", String.valueOf(update.updateId()));
        map.put("service_request_id", String.valueOf(update.requestId()));
        map.put("status", update.status());
        map.put("updated_datetime", w3c(update.updatedAt()));
        map.put("description", update.description());
        map.put("media_url", update.mediaUrl());
        return map;
    }

    static List<Map<String, Object>> error(int code, String description) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", code);
        map.put("description", description);
        return List.of(map);
    }

    static String w3c(Instant instant) {
        return instant == null ? null : W3C.format(instant);
    }
}
