package uk.saferhub.partnership.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.partnership.internal.BodyRelations;
import uk.saferhub.partnership.internal.Relation;
import uk.saferhub.partnership.internal.RelationKind;
import uk.saferhub.shared.access.Actor;

import uk.saferhub.shared.web.PageWords;

/** The structure chart, drawn on the server, with a nested list beside it; filtered by area. */
@Controller
class StructureController {

    private final Partnership partnership;
    private final BodyRelations bodyRelations;
    private final PageWords words;

    StructureController(Partnership partnership, BodyRelations bodyRelations, PageWords words) {
        this.words = words;
        this.partnership = partnership;
        this.bodyRelations = bodyRelations;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/partnership/structure")
    String structure(Actor actor, @RequestParam(required = false) String area, Model model) {
        fill(actor, area, model);
        return "partnership/structure";
    }

    /**
     * The structure of the bodies marked PUBLIC (a Police and Crime Panel, say), for anyone without signing in: the
     * same chart and list, read as the public, with no links to the signed-in pages.
     */
    @jakarta.annotation.security.PermitAll
    @GetMapping("/public/structure")
    String publicStructure(@RequestParam(required = false) String area, Model model) {
        fill(null, area, model);
        return "partnership/public-structure";
    }

    private void fill(Actor actor, String area, Model model) {
        List<Body> all = partnership.bodies(actor);
        List<Relation> relations = bodyRelations.visibleTo(actor);
        String chosen = area == null || area.isBlank() ? null : area.strip();
        List<Body> shown = chosen == null ? all : inArea(all, relations, chosen);
        Set<BodyId> shownIds = shown.stream().map(Body::id).collect(Collectors.toSet());
        List<Relation> lines = relations.stream()
                .filter(r -> shownIds.contains(r.from()) && shownIds.contains(r.to())).toList();
        String description = words.text("partnership.structure.chart.description", shown.size(),
                lines.stream().filter(r -> r.kind() == RelationKind.REPORTS_TO).count(),
                lines.stream().filter(r -> r.kind() == RelationKind.LINKS_WITH).count());
        model.addAttribute("svg", StructureChart.svg(shown, lines, description, words));
        model.addAttribute("svgNarrow",
                StructureChart.svg(shown, lines, description, words, StructureChart.Layout.NARROW));
        model.addAttribute("tree", StructureTree.of(shown, lines,
                body -> words.label("partnership.bodyType.", body.type())));
        model.addAttribute("areas", all.stream().map(Body::areaCovered).filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))));
        model.addAttribute("area", chosen);
        model.addAttribute("bodyCount", shown.size());
    }

    /** The bodies covering the area, with every body they report to (however far up) and those they link with. */
    private static List<Body> inArea(List<Body> all, List<Relation> relations, String area) {
        Set<BodyId> chosen = new HashSet<>();
        Deque<BodyId> todo = new ArrayDeque<>();
        all.stream().filter(body -> area.equalsIgnoreCase(body.areaCovered())).forEach(body -> todo.add(body.id()));
        Set<BodyId> linked = new HashSet<>();
        while (!todo.isEmpty()) {
            BodyId next = todo.pop();
            if (chosen.add(next)) {
                for (Relation relation : relations) {
                    if (relation.from().equals(next) && relation.kind() == RelationKind.REPORTS_TO) {
                        todo.add(relation.to());
                    } else if (relation.kind() == RelationKind.LINKS_WITH && relation.from().equals(next)) {
                        linked.add(relation.to());
                    }
                }
            }
        }
        chosen.addAll(linked);
        return all.stream().filter(body -> chosen.contains(body.id())).toList();
    }

    /** One body in the nested list: what it links with, and the bodies reporting to it. */
    record Node(BodyRef body, String type, List<String> linksWith, List<Node> reportedBy) {
    }

    /** Builds the nested list: bodies that report to no body shown at the top, each with those reporting to it. */
    static final class StructureTree {

        private StructureTree() {
        }

        static List<Node> of(List<Body> bodies, List<Relation> lines, Function<Body, String> typeName) {
            Map<BodyId, Body> byId = bodies.stream().collect(Collectors.toMap(Body::id, body -> body));
            Set<BodyId> reporting = lines.stream().filter(r -> r.kind() == RelationKind.REPORTS_TO)
                    .map(Relation::from).collect(Collectors.toSet());
            List<Node> roots = new ArrayList<>();
            for (Body body : bodies) {
                if (!reporting.contains(body.id())) {
                    roots.add(node(body, byId, lines, typeName, new HashSet<>()));
                }
            }
            return roots;
        }

        private static Node node(Body body, Map<BodyId, Body> byId, List<Relation> lines,
                Function<Body, String> typeName, Set<BodyId> path) {
            path.add(body.id());
            List<Node> children = lines.stream()
                    .filter(r -> r.kind() == RelationKind.REPORTS_TO && r.to().equals(body.id()))
                    .map(Relation::from).filter(id -> !path.contains(id)).map(byId::get).filter(Objects::nonNull)
                    .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                    .map(child -> node(child, byId, lines, typeName, new HashSet<>(path))).toList();
            List<String> links = lines.stream().filter(r -> r.kind() == RelationKind.LINKS_WITH)
                    .filter(r -> r.from().equals(body.id()) || r.to().equals(body.id()))
                    .map(r -> r.from().equals(body.id()) ? r.to() : r.from())
                    .map(byId::get).filter(Objects::nonNull).map(Body::name).distinct().sorted().toList();
            return new Node(new BodyRef(body.id().value(), body.name()), typeName.apply(body), links, children);
        }
    }
}
