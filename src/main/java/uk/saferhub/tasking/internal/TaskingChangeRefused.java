package uk.saferhub.tasking.internal;

import java.io.Serial;

import uk.saferhub.shared.ChangeRefused;

/** A tasking change that breaks one of the module's rules; its words are in {@code messages/tasking.properties}. */
public class TaskingChangeRefused extends ChangeRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    public TaskingChangeRefused(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }
}
