package uk.saferhub.shared.demo;

import tools.jackson.databind.JsonNode;

/**
 * A module's part of the demonstration partnership. Contributors run in {@link #order()}; each must be idempotent,
 * creating only what is not there yet.
 */
public interface DemoDataContributor {

    int order();

    /** Loads this module's records from the demonstration document ({@code demo/partnership.json}). */
    void load(JsonNode partnership);
}
