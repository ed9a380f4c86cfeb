package uk.saferhub.directory.web;

import java.util.Arrays;
import java.util.List;

import uk.saferhub.shared.access.HandlingLevel;

/** How the directory's pages name handling levels when choosing who may see a person. */
final class HandlingLevels {

    private HandlingLevels() {
    }

    static String label(HandlingLevel level) {
        return switch (level) {
            case PUBLIC -> "Public: anyone";
            case PARTNERSHIP -> "Partnership: organisations that share with theirs";
            case AGENCY -> "Agency: their own organisation only";
            case POLICE_ONLY -> "Police only: police organisations that share with theirs";
        };
    }

    static List<Choice> choices() {
        return Arrays.stream(HandlingLevel.values()).map(level -> new Choice(level.name(), label(level))).toList();
    }
}
