package uk.saferhub.workforce.internal;

import java.util.UUID;

/**
 * The PCSO posts of a neighbourhood policing team: its establishment (null until recorded) and how many are filled
 * by active PCSOs.
 */
public record TeamPosts(UUID teamId, String teamName, Integer establishment, int filled) {

    /** Posts not filled; negative when the team has more active PCSOs than posts; null when no establishment. */
    public Integer vacancies() {
        return establishment == null ? null : establishment - filled;
    }
}
