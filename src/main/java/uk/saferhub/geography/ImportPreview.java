package uk.saferhub.geography;

import java.util.List;

/**
 * What importing a boundary file would do: the property names its features carry, each feature's code, name and
 * action, and the problems that stop it being applied (nothing is applied while there is one).
 */
public record ImportPreview(String fileName, PlaceType type, List<String> propertyNames,
        List<FeaturePreview> features, List<ImportProblem> problems) {

    public ImportPreview {
        propertyNames = List.copyOf(propertyNames);
        features = List.copyOf(features);
        problems = List.copyOf(problems);
    }

    public boolean applicable() {
        return problems.isEmpty();
    }

    public int count(ImportAction action) {
        return (int) features.stream().filter(feature -> feature.action() == action).count();
    }

    public int created() {
        return count(ImportAction.CREATE);
    }

    public int replaced() {
        return count(ImportAction.REPLACE);
    }

    public int unchanged() {
        return count(ImportAction.UNCHANGED);
    }

    public int repaired() {
        return (int) features.stream().filter(feature -> feature.repair() != null).count();
    }

    /** Whether applying it would change anything. */
    public boolean changesAnything() {
        return created() + replaced() > 0;
    }
}
