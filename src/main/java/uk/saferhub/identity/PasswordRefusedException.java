package uk.saferhub.identity;

/** A password that policy refuses, with the reason written for the person choosing it. */
public class PasswordRefusedException extends IllegalArgumentException {

    public PasswordRefusedException(String reason) {
        super(reason);
    }
}
