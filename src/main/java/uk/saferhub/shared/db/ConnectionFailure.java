package uk.saferhub.shared.db;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Why a connection to PostgreSQL failed, in a few words a person can act on. */
final class ConnectionFailure {

    private ConnectionFailure() {
    }

    static String reason(SQLException failure) {
        if (failure instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            return server.getMessage(); // for example: password authentication failed for user "saferhub"
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof ConnectException) {
            return "connection refused";
        }
        if (root instanceof UnknownHostException) {
            return "unknown host " + root.getMessage();
        }
        if (root instanceof NoRouteToHostException) {
            return "no route to host";
        }
        if (root instanceof SocketTimeoutException || "Connection attempt timed out.".equals(failure.getMessage())) {
            return "no answer within " + ExternalDatabaseCheck.TIMEOUT_SECONDS + " seconds";
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
