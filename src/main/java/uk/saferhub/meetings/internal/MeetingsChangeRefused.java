package uk.saferhub.meetings.internal;

import java.io.Serial;

import uk.saferhub.shared.ChangeRefused;

/** A change to meetings that breaks a rule (a held meeting moved, an action without an owner); nothing changed. */
public class MeetingsChangeRefused extends ChangeRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    public MeetingsChangeRefused(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }
}
