package uk.saferhub.identity.web;

/**
 * The form of an action that is only a button (disabling an account, revoking a key): it has no fields, and carries a
 * refused action to the kit's error summary like any other form's refusal.
 */
record ButtonForm() {

    static ButtonForm empty() {
        return new ButtonForm();
    }
}
