package uk.saferhub.workforce.web;

import uk.saferhub.shared.access.HandlingLevel;

/** How the workforce pages name handling levels when choosing who may see a scheme. */
final class HandlingLevelLabels {

    private HandlingLevelLabels() {
    }

    static String of(HandlingLevel level) {
        return switch (level) {
            case PUBLIC -> "Public: anyone";
            case PARTNERSHIP -> "Partnership: organisations that share with the funder";
            case AGENCY -> "Agency: the funder only";
            case POLICE_ONLY -> "Police only: police organisations that share with the funder";
        };
    }
}
