package uk.saferhub.workforce.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.geography.Place;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.workforce.internal.Coverage;
import uk.saferhub.workforce.internal.CoverageReport.WardCover;
import uk.saferhub.workforce.internal.CoverageReport;

/** Ward coverage in the API, for every signed-in partner. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Workforce", description = "PCSOs, funding schemes, patrol attachments and ward coverage")
class CoverageApiController {

    private final Coverage coverage;

    CoverageApiController(Coverage coverage) {
        this.coverage = coverage;
    }

    /** The coverage of a place in the API. */
    record CoverageResponse(String place, String name, String type, LocalDate on, int wards, long pcsos,
            Double areaSqKmPerPcso, Long populationPerPcso, List<WardResponse> covered,
            List<WardResponse> uncovered, List<WardResponse> overlapping) {
    }

    record WardResponse(String code, String name, UUID id, List<SchemeResponse> schemes, List<PcsoResponse> pcsos) {
    }

    record SchemeResponse(UUID id, String name, String funder) {
    }

    record PcsoResponse(UUID id, String name, String collarNumber, UUID schemeId, String role) {
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/coverage")
    @Operation(summary = "Which wards of a place PCSO patrol attachments cover, which none covers, and where funding "
            + "schemes overlap")
    CoverageResponse coverage(Actor actor,
            @Parameter(description = "The place's code, for example E07000011 (Huntingdonshire)")
            @RequestParam String place,
            @Parameter(description = "The day, yyyy-mm-dd; today when absent")
            @RequestParam(required = false) LocalDate on) {
        CoverageReport report = coverage.of(actor, place, on);
        Place where = report.place();
        return new CoverageResponse(where.code(), where.name(), where.type().name(), report.on(),
                report.wards().size(), report.pcsoCount(), report.areaPerPcso(), report.populationPerPcso(),
                wards(report.covered()), wards(report.uncovered()), wards(report.overlapping()));
    }

    private static List<WardResponse> wards(List<WardCover> wards) {
        return wards.stream().map(ward -> new WardResponse(ward.ward().code(), ward.ward().name(), ward.ward().id(),
                ward.schemes().stream().map(s -> new SchemeResponse(s.id(), s.name(), s.funder())).toList(),
                ward.pcsos().stream().map(p -> new PcsoResponse(p.id(), p.name(), p.collarNumber(),
                        p.scheme().id(), p.role())).toList())).toList();
    }
}
