package uk.saferhub.geography;

import org.springframework.context.MessageSourceResolvable;

/**
 * Something that stops a boundary file being imported: about one of the import's settings ({@code field}: type,
 * codeProperty, nameProperty, parentId, parentCodeProperty) or, when {@code field} is null, about the file's features.
 * Its words are the message {@code key} of {@code messages/geography.properties}, given {@code arguments}.
 */
public record ImportProblem(String field, String key, Object... arguments) implements MessageSourceResolvable {

    public ImportProblem {
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return arguments();
    }
}
