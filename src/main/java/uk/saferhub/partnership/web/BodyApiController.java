package uk.saferhub.partnership.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.partnership.internal.BodyGovernance;
import uk.saferhub.partnership.internal.BodyRelations;
import uk.saferhub.partnership.internal.PartnershipChangeRefused;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageResponse;

/** The partnership's bodies in the API, for readers and above. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Partnership", description = "Bodies of the partnership, how they relate and who sits on them")
class BodyApiController {

    private final Partnership partnership;
    private final BodyRelations relations;
    private final BodyGovernance governance;

    BodyApiController(Partnership partnership, BodyRelations relations, BodyGovernance governance) {
        this.partnership = partnership;
        this.relations = relations;
        this.governance = governance;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/bodies")
    @Operation(summary = "Bodies you may see, by name, a page at a time")
    PageResponse<BodyResponse> bodies(Actor actor,
            @Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "25") int size) {
        if (page < 1 || size < 1 || size > 100) {
            throw new PartnershipChangeRefused(null, "partnership.api.page.invalid");
        }
        List<Body> all = partnership.bodies(actor);
        int fromIndex = (int) Math.min((long) (page - 1) * size, all.size());
        int toIndex = Math.min(fromIndex + size, all.size());
        return PageResponse.of(all.subList(fromIndex, toIndex), page, size, all.size(), BodyResponse::summary);
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/bodies/{id}")
    @Operation(summary = "One body with its relations, governance and memberships, if you may see it")
    BodyResponse body(Actor actor, @PathVariable BodyId id) {
        Body body = partnership.body(actor, id);
        return BodyResponse.of(body, relations.visibleTo(actor).stream()
                        .filter(r -> r.from().equals(body.id()) || r.to().equals(body.id())).toList(),
                governance.of(body.id()).orElse(null), partnership.membersOf(body.id()));
    }
}
