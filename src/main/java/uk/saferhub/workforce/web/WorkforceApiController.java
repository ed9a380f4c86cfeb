package uk.saferhub.workforce.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageResponse;
import uk.saferhub.workforce.internal.FundingScheme;
import uk.saferhub.workforce.internal.NewAttachment;
import uk.saferhub.workforce.internal.Pcso;
import uk.saferhub.workforce.internal.PcsoFilter;
import uk.saferhub.workforce.internal.PcsoStatus;
import uk.saferhub.workforce.internal.Workforce;
import uk.saferhub.workforce.internal.WorkforceChangeRefused;
import uk.saferhub.workforce.internal.WorkforceEditor;
import uk.saferhub.workforce.web.WorkforceResponses.AttachmentRequest;
import uk.saferhub.workforce.web.WorkforceResponses.AttachmentResponse;
import uk.saferhub.workforce.web.WorkforceResponses.CoveredWard;
import uk.saferhub.workforce.web.WorkforceResponses.PcsoResponse;
import uk.saferhub.workforce.web.WorkforceResponses.SchemeResponse;

/** PCSOs, their attachments and the funding schemes in the API: reads for readers, attaching for coordinators. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Workforce", description = "PCSOs, their patrol-area attachments and the schemes that fund their posts")
class WorkforceApiController {

    private final Workforce workforce;
    private final WorkforceEditor editor;
    private final WorkforceNames names;

    WorkforceApiController(Workforce workforce, WorkforceEditor editor, WorkforceNames names) {
        this.workforce = workforce;
        this.editor = editor;
        this.names = names;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/pcsos")
    @Operation(summary = "PCSOs you may see, by name, a page at a time, filtered by team, status and scheme")
    PageResponse<PcsoResponse> pcsos(Actor actor, @RequestParam(required = false) UUID team,
            @RequestParam(required = false) PcsoStatus status, @RequestParam(required = false) UUID scheme,
            @Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "25") int size) {
        List<Pcso> all = workforce.pcsos(actor, new PcsoFilter(team, status, scheme));
        var lookup = names.lookup(actor);
        return page(all, page, size, pcso -> PcsoResponse.summary(pcso, lookup));
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/pcsos/{id}")
    @Operation(summary = "One PCSO with their attachments to wards, past and present, if you may see them")
    PcsoResponse pcso(Actor actor, @PathVariable UUID id) {
        Pcso pcso = workforce.pcso(actor, id);
        return PcsoResponse.of(pcso, names.lookup(actor), attachments(actor, pcso.id()));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/pcsos/{id}/attachments")
    @Operation(summary = "Attach a PCSO to one or more wards in a role from a date; overlapping attachments of the "
            + "same ward and role are refused and nothing is attached")
    ResponseEntity<List<AttachmentResponse>> attach(Actor actor, @PathVariable UUID id,
            @RequestBody AttachmentRequest request) {
        if (request == null) {
            throw new WorkforceChangeRefused(null, "workforce.api.attach.empty");
        }
        var added = editor.attach(actor, id, new NewAttachment(request.wardIds(), request.role(), request.from(),
                request.to()));
        var lookup = names.lookup(actor);
        LocalDate today = workforce.today();
        return ResponseEntity.created(URI.create("/api/v1/pcsos/" + id))
                .body(added.stream().map(a -> AttachmentResponse.of(a, lookup, today)).toList());
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/schemes")
    @Operation(summary = "Funding schemes you may see, by name, a page at a time")
    PageResponse<SchemeResponse> schemes(Actor actor,
            @Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "25") int size) {
        var lookup = names.lookup(actor);
        return page(workforce.schemes(actor), page, size, scheme -> SchemeResponse.summary(scheme, lookup));
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/schemes/{id}")
    @Operation(summary = "One funding scheme with its PCSOs and the wards they cover today, if you may see it")
    SchemeResponse scheme(Actor actor, @PathVariable UUID id) {
        FundingScheme scheme = workforce.scheme(actor, id);
        var lookup = names.lookup(actor);
        return SchemeResponse.of(scheme, lookup,
                workforce.pcsos(actor, PcsoFilter.ofScheme(id)).stream()
                        .map(pcso -> PcsoResponse.summary(pcso, lookup)).toList(),
                workforce.schemeAttachments(actor, id, workforce.today()).stream()
                        .map(a -> CoveredWard.of(a, lookup)).toList());
    }

    private List<AttachmentResponse> attachments(Actor actor, UUID pcsoId) {
        var lookup = names.lookup(actor);
        LocalDate today = workforce.today();
        return workforce.attachmentsOf(actor, pcsoId).stream().map(a -> AttachmentResponse.of(a, lookup, today))
                .toList();
    }

    private static <S, T> PageResponse<T> page(List<S> all, int page, int size,
            java.util.function.Function<S, T> mapper) {
        if (page < 1 || size < 1 || size > 100) {
            throw new WorkforceChangeRefused(null, "workforce.api.page.invalid");
        }
        int fromIndex = (int) Math.min((long) (page - 1) * size, all.size());
        int toIndex = Math.min(fromIndex + size, all.size());
        return PageResponse.of(all.subList(fromIndex, toIndex), page, size, all.size(), mapper);
    }
}
