package uk.saferhub.reports.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.reports.Reports;
import uk.saferhub.shared.access.Actor;

/** A committee report in the API, numbered as printed; an exempt one only to the body's members (404 otherwise). */
@RestController
@Tag(name = "Committee reports", description = "Reports to meetings in the seeds' form")
class ReportApiController {

    private final Reports reports;

    ReportApiController(Reports reports) {
        this.reports = reports;
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/api/v1/reports/{id}")
    @Operation(summary = "One report: its heading lines, contact officer and numbered sections")
    uk.saferhub.reports.ReportJson report(Actor actor, @PathVariable UUID id) {
        return uk.saferhub.reports.ReportJson.of(reports.report(actor, id));
    }
}
