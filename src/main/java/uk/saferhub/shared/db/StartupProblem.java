package uk.saferhub.shared.db;

import org.springframework.boot.ExitCodeGenerator;

/**
 * A reason SaferHub cannot start that the person starting it can fix, told in one line without a stack trace (see
 * {@link StartupProblemReporter}); the process then exits with status 1.
 */
public final class StartupProblem extends RuntimeException implements ExitCodeGenerator {

    /** @param reason what is wrong and what to check, as one sentence; "SaferHub cannot start: " is put before it */
    public StartupProblem(String reason) {
        super("SaferHub cannot start: " + reason, null, false, false);
    }

    @Override
    public int getExitCode() {
        return 1;
    }
}
