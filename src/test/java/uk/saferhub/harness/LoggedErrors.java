package uk.saferhub.harness;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/** Collects what is logged at ERROR while it is open, so a test can show a bad request left no error in the log. */
final class LoggedErrors extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<String> messages = new CopyOnWriteArrayList<>();

    private LoggedErrors() {
    }

    static LoggedErrors capture() {
        var errors = new LoggedErrors();
        errors.setName("logged-errors");
        errors.start();
        root().addAppender(errors);
        return errors;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
            messages.add(event.getLoggerName() + ": " + event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : " (" + event.getThrowableProxy().getClassName()
                            + ": " + event.getThrowableProxy().getMessage() + ")"));
        }
    }

    List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void close() {
        root().detachAppender(this);
        stop();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
