package uk.saferhub.plans;

import java.io.Serial;

import uk.saferhub.shared.ChangeRefused;

/** A change to a Plan or a draft that breaks a rule of the Act or of the form (a step out of order); nothing changed. */
public class PlansChangeRefused extends ChangeRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    public PlansChangeRefused(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }
}
