package uk.saferhub.intake.internal;

import java.io.Serial;

import uk.saferhub.shared.ChangeRefused;

/** A triage change on the intake queue that breaks a rule (no note, a duplicate of itself); nothing changed. */
public class IntakeChangeRefused extends ChangeRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    public IntakeChangeRefused(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }
}
