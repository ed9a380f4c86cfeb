package uk.saferhub.directory.web;

import java.util.Arrays;
import java.util.List;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.web.Option;

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

    static List<Option> choices() {
        return Arrays.stream(HandlingLevel.values()).map(level -> new Option(level.name(), label(level))).toList();
    }
}
