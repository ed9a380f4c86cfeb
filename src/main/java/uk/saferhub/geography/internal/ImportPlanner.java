package uk.saferhub.geography.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

import uk.saferhub.geography.FeaturePreview;
import uk.saferhub.geography.GeographyChangeRefused;
import uk.saferhub.geography.ImportAction;
import uk.saferhub.geography.ImportPreview;
import uk.saferhub.geography.ImportProblem;
import uk.saferhub.geography.ImportRequest;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;

/**
 * Works out what importing a boundary file would do: reads it, matches each feature to the place with its code
 * (same type), finds its parent, and lists the problems (a missing code or name, a code twice) that stop it.
 */
@Component
public class ImportPlanner {

    /** Problems beyond this many are counted, not listed. */
    static final int PROBLEMS_LISTED = 25;

    private final GeoJsonReader reader;
    private final PlaceStore places;

    ImportPlanner(GeoJsonReader reader, PlaceStore places) {
        this.reader = reader;
        this.places = places;
    }

    public ImportPlan plan(ImportRequest request) {
        if (request.type() == null) {
            throw new GeographyChangeRefused("type", "Choose the type of place the file's features are");
        }
        String codeProperty = blankToNull(request.codeProperty());
        String nameProperty = blankToNull(request.nameProperty());
        String parentCodeProperty = blankToNull(request.parentCodeProperty());
        BoundaryFile file = reader.read(request.content(), nameProperty);
        List<ImportProblem> problems = new ArrayList<>();
        boolean codeKnown = propertyChosen(file, codeProperty, "codeProperty", "code", problems);
        boolean nameKnown = propertyChosen(file, nameProperty, "nameProperty", "name", problems);
        boolean parentCodeKnown = parentCodeProperty == null
                || propertyChosen(file, parentCodeProperty, "parentCodeProperty", "parent's code",
                        problems);
        Place parent = null;
        if (request.parentId() != null) {
            parent = places.find(request.parentId()).orElse(null);
            if (parent == null) {
                problems.add(new ImportProblem("parentId", "The parent place chosen does not exist"));
            }
        }
        Map<String, Place> existing = places.ofType(request.type()).stream()
                .collect(Collectors.toMap(Place::code, place -> place, (a, b) -> a));
        Map<String, Optional<Place>> parentsByCode = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (BoundaryFeature feature : file.features()) {
            String label = "Feature " + feature.number();
            String code = trimmed(feature.property(codeProperty));
            String name = trimmed(feature.property(nameProperty));
            if (codeKnown && code == null) {
                problem(problems, label + " has no code: its \"" + codeProperty + "\" property is missing or blank");
            } else if (code != null && code.length() > 60) {
                problem(problems, label + " has a code longer than 60 characters");
            }
            if (nameKnown && name == null) {
                problem(problems, label + (code == null ? "" : " (" + code + ")") + " has no name: its \""
                        + nameProperty + "\" property is missing or blank");
            } else if (name != null && name.length() > 200) {
                problem(problems, label + " has a name longer than 200 characters");
            }
            Integer earlier = code == null ? null : seen.putIfAbsent(code, feature.number());
            if (earlier != null) {
                problem(problems, "Features " + earlier + " and " + feature.number() + " both have the code " + code);
            }
            Place placeParent = parent;
            if (parentCodeProperty != null && parentCodeKnown) {
                String parentCode = trimmed(feature.property(parentCodeProperty));
                placeParent = parentCode == null ? null : parentsByCode.computeIfAbsent(parentCode,
                        wanted -> parentOf(request.type(), wanted)).orElse(null);
                if (placeParent == null) {
                    problem(problems, label + (name == null ? "" : " (" + name + ")") + ": no place above a "
                            + request.type().label().toLowerCase() + " has the parent code "
                            + (parentCode == null ? "(blank)" : parentCode));
                }
            }
            Place before = code == null ? null : existing.get(code);
            if (before != null && placeParent != null && placeParent.id().equals(before.id())) {
                problem(problems, label + " (" + before.name() + ") cannot be part of itself");
            }
            if (before != null && before.madeOfWards()) {
                problem(problems, label + ": " + before.name() + " is made of wards, so its boundary comes from "
                        + "them; change its wards instead");
            }
            candidates.add(new Candidate(feature, code, name, placeParent, before));
        }
        return plan(request, file, candidates, problems);
    }

    private ImportPlan plan(ImportRequest request, BoundaryFile file, List<Candidate> candidates,
            List<ImportProblem> problems) {
        boolean keepParents = request.parentId() == null && blankToNull(request.parentCodeProperty()) == null;
        Map<UUID, Geometry> stored = places.boundaries(candidates.stream().map(Candidate::existing)
                .filter(Objects::nonNull).map(Place::id).toList());
        Map<UUID, String> parentNames = new HashMap<>();
        List<FeaturePreview> rows = new ArrayList<>();
        List<ImportPlan.Step> steps = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Place before = candidate.existing();
            UUID parentId = keepParents && before != null ? before.parentId()
                    : candidate.parent() == null ? null : candidate.parent().id();
            ImportAction action = null;
            if (candidate.code() != null && candidate.name() != null) {
                action = before == null ? ImportAction.CREATE
                        : before.name().equals(candidate.name()) && Objects.equals(before.parentId(), parentId)
                                && sameBoundary(stored.get(before.id()), candidate.feature().geometry())
                                        ? ImportAction.UNCHANGED : ImportAction.REPLACE;
            }
            String parentName = parentId == null ? null : parentNames.computeIfAbsent(parentId,
                    id -> places.find(id).map(Place::name).orElse(null));
            FeaturePreview row = new FeaturePreview(candidate.feature().number(), candidate.code(), candidate.name(),
                    parentName, action, before == null ? null : before.id(), candidate.feature().repair());
            rows.add(row);
            steps.add(new ImportPlan.Step(row, candidate.feature().geometry(), before, parentId));
        }
        List<ImportProblem> listed = problems;
        if (problems.size() > PROBLEMS_LISTED) {
            listed = new ArrayList<>(problems.subList(0, PROBLEMS_LISTED));
            problem(listed, "… and " + (problems.size() - PROBLEMS_LISTED) + " more problems like these");
        }
        return new ImportPlan(new ImportPreview(request.fileName(), request.type(), file.propertyNames(), rows,
                listed), steps);
    }

    private static void problem(List<ImportProblem> problems, String message) {
        problems.add(new ImportProblem(null, message));
    }

    private Optional<Place> parentOf(PlaceType type, String code) {
        return places.withCode(code).stream().filter(place -> place.type().ordinal() < type.ordinal()).findFirst();
    }

    private static boolean propertyChosen(BoundaryFile file, String property, String field, String role,
            List<ImportProblem> problems) {
        if (property == null) {
            problems.add(new ImportProblem(field, "Choose the property that carries each place's " + role));
            return false;
        }
        if (!file.propertyNames().contains(property)) {
            problems.add(new ImportProblem(field, "No feature has the property \"" + property + "\" for the " + role
                    + "; the file's properties are " + (file.propertyNames().isEmpty() ? "none"
                            : String.join(", ", file.propertyNames()))));
            return false;
        }
        return true;
    }

    private static boolean sameBoundary(Geometry stored, Geometry imported) {
        return stored != null && stored.equalsExact(imported);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private record Candidate(BoundaryFeature feature, String code, String name, Place parent, Place existing) {
    }
}
