package uk.saferhub.intake.internal;

/** The reporter's personal data: only the organisation handling the report sees it. */
public record Reporter(String email, String deviceId, String accountId, String firstName, String lastName,
        String phone) {
}
