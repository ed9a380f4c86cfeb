package uk.saferhub.partnership.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.partnership.internal.BodyGovernance;
import uk.saferhub.partnership.internal.BodyRelations;
import uk.saferhub.partnership.internal.Relation;
import uk.saferhub.partnership.internal.RelationKind;
import uk.saferhub.partnership.Tier;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.Role;

import uk.saferhub.shared.web.PageWords;

/** The list of bodies, filtered by type and tier, and one body's page, for readers and above. */
@Controller
class BodyPagesController {

    private final Partnership partnership;
    private final BodyRelations bodyRelations;
    private final BodyGovernance bodyGovernance;
    private final Names names;
    private final PageWords words;

    BodyPagesController(Partnership partnership, BodyRelations bodyRelations, BodyGovernance bodyGovernance,
            Names names, PageWords words) {
        this.words = words;
        this.partnership = partnership;
        this.bodyRelations = bodyRelations;
        this.bodyGovernance = bodyGovernance;
        this.names = names;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/partnership/bodies")
    String list(Actor actor, @RequestParam(required = false) String type, @RequestParam(required = false) String tier,
            Model model) {
        Names.Lookup lookup = names.lookup(actor);
        List<Body> bodies = partnership.bodies(actor).stream()
                .filter(body -> type == null || type.isBlank() || body.type().name().equals(type))
                .filter(body -> tier == null || tier.isBlank() || body.tier().name().equals(tier))
                .toList();
        model.addAttribute("bodies", bodies);
        model.addAttribute("owners", lookup.organisations());
        model.addAttribute("type", type);
        model.addAttribute("tier", tier);
        model.addAttribute("types", words.options(BodyType.values(), "partnership.bodyType."));
        model.addAttribute("tiers", words.options(Tier.values(), "partnership.tier."));
        model.addAttribute("mayAdd", ChangePolicy.holds(actor, Role.COORDINATOR));
        return "partnership/bodies";
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/partnership/bodies/{id}")
    String show(Actor actor, @PathVariable BodyId id, Model model) {
        Body body = partnership.body(actor, id);
        Names.Lookup lookup = names.lookup(actor);
        List<Relation> relations = bodyRelations.visibleTo(actor);
        model.addAttribute("body", body);
        model.addAttribute("owner", lookup.organisation(body.owningOrganisationId()));
        model.addAttribute("reportsTo", refs(relations, body.id(), RelationKind.REPORTS_TO, true, lookup));
        model.addAttribute("reportedBy", refs(relations, body.id(), RelationKind.REPORTS_TO, false, lookup));
        model.addAttribute("linksWith", linked(relations, body.id(), lookup));
        var governance = bodyGovernance.of(body.id()).orElse(null);
        model.addAttribute("governance", governance);
        model.addAttribute("chair", governance == null ? null : lookup.person(governance.chairPersonId()));
        model.addAttribute("overdue", governance != null && governance.overdueForReview(partnership.today()));
        model.addAttribute("seats", partnership.membersOf(body.id()).stream()
                .map(m -> SeatRow.of(m, lookup, partnership.today())).toList());
        model.addAttribute("mayEdit", partnership.mayEdit(actor, body));
        return "partnership/body";
    }

    static List<BodyRef> refs(List<Relation> relations, BodyId body, RelationKind kind, boolean outgoing,
            Names.Lookup lookup) {
        return relations.stream().filter(r -> r.kind() == kind)
                .filter(r -> outgoing ? r.from().equals(body) : r.to().equals(body))
                .map(r -> outgoing ? r.to() : r.from())
                .map(other -> new BodyRef(other.value(), lookup.body(other)))
                .sorted(Comparator.comparing(BodyRef::name)).toList();
    }

    private static List<BodyRef> linked(List<Relation> relations, BodyId body, Names.Lookup lookup) {
        return relations.stream().filter(r -> r.kind() == RelationKind.LINKS_WITH)
                .filter(r -> r.from().equals(body) || r.to().equals(body))
                .map(r -> r.from().equals(body) ? r.to() : r.from())
                .distinct()
                .map(other -> new BodyRef(other.value(), lookup.body(other)))
                .sorted(Comparator.comparing(BodyRef::name)).toList();
    }
}
