package uk.saferhub.audit;

/** What an audit event records. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, VIEW, EXPORT,
    SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, ACCOUNT_LOCKED, PASSWORD_CHANGED,
    API_KEY_USED, API_KEY_REFUSED, ACCESS_REFUSED, DEMO_LOADED
}
