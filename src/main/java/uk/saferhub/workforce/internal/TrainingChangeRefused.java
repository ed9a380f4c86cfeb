package uk.saferhub.workforce.internal;

import java.io.Serial;

import uk.saferhub.shared.ChangeRefused;

/** A training or development change that breaks a rule (no topic, attendance before the event); nothing changed. */
public class TrainingChangeRefused extends ChangeRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    public TrainingChangeRefused(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }
}
