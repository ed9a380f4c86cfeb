package uk.saferhub.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Locale;

import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditQuery;

/**
 * The filters of the audit trail page, as typed: dates and the page number are read here, so a mistyped one becomes
 * a clear field error rather than a conversion failure.
 */
public class AuditFilterForm {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);

    @Size(max = 200, message = "Actor name must be 200 characters or fewer")
    private String actor;
    private String action;
    @Size(max = 60, message = "Record type must be 60 characters or fewer")
    private String recordType;
    @Size(max = 100, message = "Record id must be 100 characters or fewer")
    private String recordId;
    private String from;
    private String to;
    private String page;

    /** Checks the filters, recording a field error for each that cannot be used. */
    void validate(Errors errors) {
        if (hasText(action) && Arrays.stream(AuditAction.values()).noneMatch(known -> known.name().equals(action))) {
            errors.rejectValue("action", "action.unknown", "Select an action from the list");
        }
        LocalDate fromDate = date(from, "from", errors);
        LocalDate toDate = date(to, "to", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.rejectValue("to", "to.beforeFrom", "The ‘to’ date must be the same as or after the ‘from’ date");
        }
    }

    AuditQuery toQuery(int size) {
        return new AuditQuery(strip(actor), strip(action), strip(recordType), strip(recordId),
                parse(from), parse(to), pageNumber() - 1, size);
    }

    /** The page asked for, counting from 1; anything unreadable is the first page. */
    int pageNumber() {
        try {
            return hasText(page) ? Math.max(1, Integer.parseInt(page.strip())) : 1;
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    boolean active() {
        return hasText(actor) || hasText(action) || hasText(recordType) || hasText(recordId) || hasText(from)
                || hasText(to);
    }

    private static LocalDate date(String value, String field, Errors errors) {
        if (!hasText(value)) {
            return null;
        }
        LocalDate date = parse(value);
        if (date == null) {
            errors.rejectValue(field, field + ".invalid",
                    "The ‘" + field + "’ date must be a real date, like 27/3/2026");
        }
        return date;
    }

    private static LocalDate parse(String value) {
        if (!hasText(value)) {
            return null;
        }
        String text = value.strip();
        try {
            return text.contains("/") ? LocalDate.parse(text, UK_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String strip(String value) {
        return hasText(value) ? value.strip() : null;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
