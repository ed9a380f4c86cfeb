package uk.saferhub.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;

import uk.saferhub.shared.access.HandlingLevel;

/** The audit trail says why a sign-in failed and what a viewed record was, in words, never a Java class or constant. */
class AccessEventWordsTests {

    @Test
    void aFailedSignInSaysWhy() {
        assertThat(AccessEventsAuditor.why(new BadCredentialsException("Bad credentials")))
                .isEqualTo("wrong username or password");
        assertThat(AccessEventsAuditor.why(new DisabledException("User is disabled")))
                .isEqualTo("the account is disabled");
    }

    @Test
    void aViewedRecordIsDescribedByWhoItIsFor() {
        for (HandlingLevel level : HandlingLevel.values()) {
            assertThat(AccessEventsAuditor.restrictedTo(level)).doesNotContain(level.name()).isNotBlank();
        }
        assertThat(AccessEventsAuditor.restrictedTo(HandlingLevel.AGENCY)).isEqualTo("kept to its own organisation");
    }
}
