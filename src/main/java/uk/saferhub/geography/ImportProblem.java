package uk.saferhub.geography;

/**
 * Something that stops a boundary file being imported: about one of the import's settings ({@code field}: type,
 * codeProperty, nameProperty, parentId, parentCodeProperty) or, when {@code field} is null, about the file's features.
 */
public record ImportProblem(String field, String message) {
}
