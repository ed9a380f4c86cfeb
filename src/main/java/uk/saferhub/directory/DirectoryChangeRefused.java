package uk.saferhub.directory;

import java.io.Serial;

import uk.saferhub.shared.ChangeRefused;

/** A change to the directory that breaks one of its rules, such as a second organisation with the same name. */
class DirectoryChangeRefused extends ChangeRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    DirectoryChangeRefused(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }
}
