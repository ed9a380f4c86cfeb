package uk.saferhub.documents.internal;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * Something wrong with a document's content, on a line (counted from 1), said so that a council officer can fix it: a
 * message of {@code messages/documents.properties} ({@code documents.markup.*}) and its values, which a page or a
 * refusal reads from the messages.
 */
public record MarkupProblem(int line, String key, List<Object> arguments) implements MessageSourceResolvable {

    /** The messages whose words start with the line they are on ("Line 5 contains HTML …"). */
    static final String ON_A_LINE = "documents.markup.line.";

    /** The messages about the whole content ("The content is empty …"), which name no line. */
    static final String WHOLE_CONTENT = "documents.markup.content.";

    public MarkupProblem {
        arguments = List.copyOf(arguments);
    }

    /** A problem on {@code line} in the words of the message {@code key}, given its values. */
    public MarkupProblem(int line, String key, Object... arguments) {
        this(line, key, List.of(arguments));
    }

    /** Whether the words say where the problem is already: they name its line, or it is about the whole content. */
    public boolean placed() {
        return key.startsWith(ON_A_LINE) || key.startsWith(WHOLE_CONTENT);
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return null;
    }
}
