package uk.saferhub.directory;

/**
 * A change to the directory that breaks one of its rules, such as a second organisation with the same name. It names
 * the field at fault so a form can show the message beside it; a null field is about the change as a whole.
 */
public class DirectoryChangeRefused extends IllegalArgumentException {

    private final String field;

    public DirectoryChangeRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
