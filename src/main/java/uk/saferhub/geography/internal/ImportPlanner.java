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
import uk.saferhub.shared.Word;

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
            throw new GeographyChangeRefused("type", "geography.import.type.required");
        }
        String codeProperty = blankToNull(request.codeProperty());
        String nameProperty = blankToNull(request.nameProperty());
        String parentCodeProperty = blankToNull(request.parentCodeProperty());
        BoundaryFile file = reader.read(request.content(), nameProperty);
        List<ImportProblem> problems = new ArrayList<>();
        boolean codeKnown = propertyChosen(file, codeProperty, "codeProperty", problems);
        boolean nameKnown = propertyChosen(file, nameProperty, "nameProperty", problems);
        boolean parentCodeKnown = parentCodeProperty == null
                || propertyChosen(file, parentCodeProperty, "parentCodeProperty", problems);
        Place parent = null;
        if (request.parentId() != null) {
            parent = places.find(request.parentId()).orElse(null);
            if (parent == null) {
                problems.add(new ImportProblem("parentId", "geography.import.parentId.unknown"));
            }
        }
        Map<String, Place> existing = places.ofType(request.type()).stream()
                .collect(Collectors.toMap(Place::code, place -> place, (a, b) -> a));
        Map<String, Optional<Place>> parentsByCode = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (BoundaryFeature feature : file.features()) {
            String number = String.valueOf(feature.number());
            String code = trimmed(feature.property(codeProperty));
            String name = trimmed(feature.property(nameProperty));
            if (codeKnown && code == null) {
                problem(problems, "geography.import.feature.noCode", number, codeProperty);
            } else if (code != null && code.length() > 60) {
                problem(problems, "geography.import.feature.codeTooLong", number);
            }
            if (nameKnown && name == null) {
                if (code == null) {
                    problem(problems, "geography.import.feature.noName", number, nameProperty);
                } else {
                    problem(problems, "geography.import.feature.named.noName", number, code, nameProperty);
                }
            } else if (name != null && name.length() > 200) {
                problem(problems, "geography.import.feature.nameTooLong", number);
            }
            Integer earlier = code == null ? null : seen.putIfAbsent(code, feature.number());
            if (earlier != null) {
                problem(problems, "geography.import.feature.codeTwice", String.valueOf(earlier), number, code);
            }
            Place placeParent = parent;
            if (parentCodeProperty != null && parentCodeKnown) {
                String parentCode = trimmed(feature.property(parentCodeProperty));
                placeParent = parentCode == null ? null : parentsByCode.computeIfAbsent(parentCode,
                        wanted -> parentOf(request.type(), wanted)).orElse(null);
                if (placeParent == null) {
                    Word type = Word.of("geography.placeType.lower.", request.type());
                    if (parentCode == null) {
                        problem(problems, name == null ? "geography.import.feature.parentCodeBlank"
                                : "geography.import.feature.named.parentCodeBlank", name == null
                                        ? new Object[] {number, type} : new Object[] {number, name, type});
                    } else {
                        problem(problems, name == null ? "geography.import.feature.noParent"
                                : "geography.import.feature.named.noParent", name == null
                                        ? new Object[] {number, type, parentCode}
                                        : new Object[] {number, name, type, parentCode});
                    }
                }
            }
            Place before = code == null ? null : existing.get(code);
            if (before != null && placeParent != null && placeParent.id().equals(before.id())) {
                problem(problems, "geography.import.feature.partOfItself", number, before.name());
            }
            if (before != null && before.madeOfWards()) {
                problem(problems, "geography.import.feature.madeOfWards", number, before.name());
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
            problem(listed, "geography.import.moreProblems", String.valueOf(problems.size() - PROBLEMS_LISTED));
        }
        return new ImportPlan(new ImportPreview(request.fileName(), request.type(), file.propertyNames(), rows,
                listed), steps);
    }

    private static void problem(List<ImportProblem> problems, String key, Object... arguments) {
        problems.add(new ImportProblem(null, key, arguments));
    }

    private Optional<Place> parentOf(PlaceType type, String code) {
        return places.withCode(code).stream().filter(place -> place.type().ordinal() < type.ordinal()).findFirst();
    }

    /** Whether the {@code field} names a property the features carry; the words name the field's role. */
    private static boolean propertyChosen(BoundaryFile file, String property, String field,
            List<ImportProblem> problems) {
        if (property == null) {
            problems.add(new ImportProblem(field, "geography.import." + field + ".required"));
            return false;
        }
        if (!file.propertyNames().contains(property)) {
            problems.add(file.propertyNames().isEmpty()
                    ? new ImportProblem(field, "geography.import." + field + ".missingNoProperties", property)
                    : new ImportProblem(field, "geography.import." + field + ".missing", property,
                            String.join(", ", file.propertyNames())));
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
