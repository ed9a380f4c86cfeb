package uk.saferhub.workforce.internal;

import java.util.UUID;

/** Narrows a list of PCSOs by team, status and scheme; a null field matches everything. */
public record PcsoFilter(UUID teamId, PcsoStatus status, UUID schemeId) {

    public static PcsoFilter all() {
        return new PcsoFilter(null, null, null);
    }

    public static PcsoFilter ofScheme(UUID schemeId) {
        return new PcsoFilter(null, null, schemeId);
    }

    public static PcsoFilter ofTeam(UUID teamId) {
        return new PcsoFilter(teamId, null, null);
    }
}
