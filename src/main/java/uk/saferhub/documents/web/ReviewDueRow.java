package uk.saferhub.documents.web;

import java.util.UUID;

/**
 * One document on the reviews list: when its review is due, whether that has passed, who owns it and whether they
 * have been reminded.
 *
 * @param reminded when the owners were reminded ("1 October 2026"), or null
 */
public record ReviewDueRow(UUID id, String title, String type, String versionLabel, String dueOn, boolean overdue,
        String owners, String reminded) {
}
