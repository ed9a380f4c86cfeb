package uk.saferhub.intake.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.identity.ApiKey;
import uk.saferhub.intake.internal.NewReport;
import uk.saferhub.intake.internal.Open311Intake;
import uk.saferhub.intake.internal.Open311Reads;
import uk.saferhub.intake.internal.Open311Refused;
import uk.saferhub.intake.internal.Open311Updates;
import uk.saferhub.intake.internal.Report;
import uk.saferhub.intake.internal.Reporter;
import uk.saferhub.intake.internal.RequestQuery;
import uk.saferhub.intake.web.Open311Body.Format;

/**
 * The Open311 GeoReport v2 server, with FixMyStreet's servicerequestupdates. Every read is public (Open311 clients
 * and open data carry no personal data); the two POSTs check a SaferHub API key themselves and answer the standard's
 * 403 without one. Each path ends in .xml or .json; errors are the standard's list of code and description.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]+)](\\[])?");

    private final Open311Reads reads;
    private final Open311Intake intake;
    private final Open311Updates updates;
    private final Open311Callers callers;
    private final Open311Responses responses;
    private final MessageSourceAccessor text;

    Open311Controller(Open311Reads reads, Open311Intake intake, Open311Updates updates, Open311Callers callers,
            Open311Responses responses, MessageSource messages) {
        this.reads = reads;
        this.intake = intake;
        this.updates = updates;
        this.callers = callers;
        this.responses = responses;
        this.text = new MessageSourceAccessor(messages);
    }

    @PermitAll
    @GetMapping("/discovery.{format}")
    ResponseEntity<?> discovery(@PathVariable String format, HttpServletRequest request) {
        String base = request.getRequestURL().toString().replaceFirst("/discovery\\.[^/]*$", "/");
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", base);
        endpoint.put("changeset", "2026-12-04T00:00:00+00:00");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", "2026-12-04T00:00:00+00:00");
        discovery.put("contact", text.getMessage("intake.open311.discovery.contact"));
        discovery.put("key_service", text.getMessage("intake.open311.discovery.keyService"));
        discovery.put("endpoints", List.of(endpoint));
        return new Open311Body("discovery", discovery).answer(format(format), HttpStatus.OK);
    }

    @PermitAll
    @GetMapping("/services.{format}")
    ResponseEntity<?> services(@PathVariable String format) {
        Format chosen = format(format);
        return new Open311Body("services", reads.services().stream().map(Open311Responses::service).toList())
                .answer(chosen, HttpStatus.OK);
    }

    @PermitAll
    @GetMapping("/services/{code}.{format}")
    ResponseEntity<?> service(@PathVariable String code, @PathVariable String format) {
        Format chosen = format(format);
        return new Open311Body("service_definition", Open311Responses.definition(reads.service(code)))
                .answer(chosen, HttpStatus.OK);
    }

    @PermitAll // the API key is checked in the handler: a missing or wrong one answers the standard's 403
    @PostMapping("/requests.{format}")
    ResponseEntity<?> post(@PathVariable String format, HttpServletRequest request) throws IOException {
        Format chosen = format(format);
        ApiKey key = callers.poster(request);
        callers.checkBody(request);
        NewReport posted = new NewReport(request.getParameter("jurisdiction_id"),
                request.getParameter("service_code"), request.getParameter("lat"), request.getParameter("long"),
                request.getParameter("address_string"), request.getParameter("address_id"), attributes(request),
                request.getParameter("description"), request.getParameter("media_url"),
                new Reporter(request.getParameter("email"), deviceId(request),
                        request.getParameter("account_id"), request.getParameter("first_name"),
                        request.getParameter("last_name"), request.getParameter("phone")));
        Report report = intake.submit(posted, key);
        return new Open311Body("service_requests", List.of(responses.created(report)))
                .answer(chosen, HttpStatus.CREATED);
    }

    @PermitAll
    @GetMapping("/requests.{format}")
    ResponseEntity<?> requests(@PathVariable String format,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCodes,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize) {
        Format chosen = format(format);
        List<String> statuses = list(status);
        if (!statuses.stream().allMatch(each -> each.equals("open") || each.equals("closed"))) {
            throw new Open311Refused(400, "intake.open311.statusFilter");
        }
        Instant end = date(endDate, "end_date");
        Instant start = date(startDate, "start_date");
        end = end != null ? end : start != null ? start.plus(Open311Reads.DEFAULT_PERIOD) : reads.now();
        start = start != null ? start : end.minus(Open311Reads.DEFAULT_PERIOD);
        if (start.isAfter(end)) {
            throw new Open311Refused(400, "intake.open311.dateOrder");
        }
        int pageNumber = whole(page, 1);
        int size = whole(pageSize, Open311Reads.MAX_PAGE);
        if (pageNumber < 1 || size < 1 || size > Open311Reads.MAX_PAGE) {
            throw new Open311Refused(400, "intake.open311.page");
        }
        List<Long> numbers = list(ids).stream().filter(id -> id.matches("\\d{1,18}")).map(Long::parseLong).toList();
        if (!list(ids).isEmpty() && numbers.isEmpty()) {
            return new Open311Body("service_requests", List.of()).answer(chosen, HttpStatus.OK);
        }
        var found = reads.requests(new RequestQuery(numbers, list(serviceCodes), statuses, start, end, pageNumber,
                size));
        return new Open311Body("service_requests", found.stream().map(responses::request).toList())
                .answer(chosen, HttpStatus.OK);
    }

    @PermitAll
    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<?> request(@PathVariable String id, @PathVariable String format) {
        Format chosen = format(format);
        return new Open311Body("service_requests", List.of(responses.request(reads.request(id))))
                .answer(chosen, HttpStatus.OK);
    }

    @PermitAll
    @GetMapping("/tokens/{token}.{format}")
    ResponseEntity<?> token(@PathVariable String token, @PathVariable String format) {
        Format chosen = format(format);
        return new Open311Body("service_requests", List.of(Open311Responses.token(reads.byToken(token))))
                .answer(chosen, HttpStatus.OK);
    }

    @PermitAll
    @GetMapping("/servicerequestupdates.{format}")
    ResponseEntity<?> updates(@PathVariable String format,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate) {
        Format chosen = format(format);
        Instant end = date(endDate, "end_date");
        end = end == null ? reads.now() : end;
        Instant start = date(startDate, "start_date");
        start = start == null ? end.minus(Open311Reads.DEFAULT_PERIOD) : start;
        if (start.isAfter(end)) {
            throw new Open311Refused(400, "intake.open311.dateOrder");
        }
        return new Open311Body("service_requests_updates",
                updates.since(start, end).stream().map(Open311Responses::update).toList())
                .answer(chosen, HttpStatus.OK);
    }

    @PermitAll // the API key is checked in the handler, as for POST requests
    @PostMapping("/servicerequestupdates.{format}")
    ResponseEntity<?> postUpdate(@PathVariable String format, HttpServletRequest request) throws IOException {
        Format chosen = format(format);
        ApiKey key = callers.poster(request);
        callers.checkBody(request);
        String requestId = request.getParameter("service_request_id");
        if (requestId == null || requestId.isBlank()) {
            throw new Open311Refused(400, "intake.open311.requestIdMissing");
        }
        long updateId = updates.post(key, requestId, request.getParameter("status"),
                date(request.getParameter("updated_datetime"), "updated_datetime"),
                request.getParameter("description"), request.getParameter("media_url"),
                request.getParameter("update_id"));
        return new Open311Body("service_request_updates", List.of(Map.of("update_id", String.valueOf(updateId))))
                .answer(chosen, HttpStatus.OK);
    }

    @ExceptionHandler(Open311Refused.class)
    ResponseEntity<?> refused(Open311Refused refused, HttpServletRequest request) {
        String description = text.getMessage(refused.key(), refused.args());
        Format format = request.getRequestURI().endsWith(".json") ? Format.JSON : Format.XML;
        return new Open311Body("errors", Open311Responses.error(refused.status(), description))
                .answer(format, HttpStatus.valueOf(refused.status()));
    }

    private static Format format(String suffix) {
        Format format = Format.of(suffix);
        if (format == null) {
            throw new Open311Refused(400, "intake.open311.format", suffix);
        }
        return format;
    }

    private static Map<String, List<String>> attributes(HttpServletRequest request) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            Matcher matcher = ATTRIBUTE.matcher(name);
            if (matcher.matches()) {
                attributes.computeIfAbsent(matcher.group(1), ignored -> new ArrayList<>())
                        .addAll(Arrays.asList(values));
            }
        });
        return attributes;
    }

    private static List<String> list(String commaList) {
        if (commaList == null || commaList.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaList.split(",")).map(String::strip).filter(each -> !each.isEmpty()).toList();
    }

    private static Instant date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return local(value.strip(), field);
        }
    }

    /**
     * A date-time with no zone, as FixMyStreet writes one from a time it holds without a zone: read as the time in
     * the UK, the zone SaferHub answers in.
     */
    private static Instant local(String value, String field) {
        try {
            return LocalDateTime.parse(value).atZone(Open311Responses.W3C.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Refused(400, "intake.open311.date", field);
        }
    }

    /** The standard's device_id, or the deviceid FixMyStreet sends under its own spelling. */
    private static String deviceId(HttpServletRequest request) {
        String deviceId = request.getParameter("device_id");
        return deviceId != null ? deviceId : request.getParameter("deviceid");
    }

    private static int whole(String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
