package uk.saferhub.intake.internal;

/**
 * An Open311 call refused: answered with the standard's error body (a list of errors, each a code and a
 * description) and this HTTP status. The description is the message {@code key} of messages/intake.properties.
 * Nothing is stored.
 */
public class Open311Refused extends RuntimeException {

    private final int status;
    private final String key;
    private final transient Object[] args;

    public Open311Refused(int status, String key, Object... args) {
        super(key);
        this.status = status;
        this.key = key;
        this.args = args.clone();
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
