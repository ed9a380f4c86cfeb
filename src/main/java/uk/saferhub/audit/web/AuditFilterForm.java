package uk.saferhub.audit.web;

import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.internal.AuditQuery;
import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.PlainText;

/** The filters of the audit trail page, each optional. */
record AuditFilterForm(
        @Size(max = 200, message = "{audit.filter.actor.tooLong}") @PlainText String actor,
        AuditAction action,
        @Size(max = 60, message = "{audit.filter.recordType.tooLong}") @PlainText String recordType,
        @Size(max = 100, message = "{audit.filter.recordId.tooLong}") @PlainText String recordId,
        @DateEntered(name = "audit.filter.from.name", required = false) DateInput from,
        @DateEntered(name = "audit.filter.to.name", required = false) DateInput to,
        Integer page) {

    AuditFilterForm {
        from = DateInput.orEmpty(from);
        to = DateInput.orEmpty(to);
    }

    /** The range must not end before it starts. */
    void check(Errors errors) {
        if (from.date() != null && to.date() != null && to.date().isBefore(from.date())) {
            FormErrors.reject(errors, "to.day", "audit.filter.to.beforeFrom");
        }
    }

    AuditQuery toQuery(int size) {
        return new AuditQuery(strip(actor), action == null ? null : action.name(), strip(recordType),
                strip(recordId), from.date(), to.date(), pageNumber() - 1, size);
    }

    /** The page asked for, counting from 1. */
    int pageNumber() {
        return page == null ? 1 : Math.max(1, page);
    }

    boolean active() {
        return hasText(actor) || action != null || hasText(recordType) || hasText(recordId) || !from.isBlank()
                || !to.isBlank();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String strip(String value) {
        return hasText(value) ? value.strip() : null;
    }
}
