package uk.saferhub.documents;

/** A line of the register: the document, its current version's label and who owns and approves it. */
public record DocumentListing(Document document, String versionLabel, String ownerName, String approvingBodyName,
        boolean reviewOverdue) {
}
