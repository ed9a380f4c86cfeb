package uk.saferhub.shared.db;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Prints a {@link StartupProblem} as its one line on standard error, before Spring Boot's failure analysis and
 * instead of the stack trace it would log; any other failure is left to Spring Boot.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
final class StartupProblemReporter implements SpringBootExceptionReporter {

    @Override
    public boolean reportException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupProblem problem) {
                System.err.println(problem.getMessage());
                System.err.flush();
                return true;
            }
        }
        return false;
    }
}
