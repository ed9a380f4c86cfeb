package uk.saferhub.identity.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.shared.SaferHubProperties;

/**
 * Slows repeated failed sign-ins without letting a stranger lock a real user out. Failures are counted for each
 * (username, source address) pair and for each source address, never for the account: after too many, that pair or
 * that address is refused for a while, and the user signing in from anywhere else is not affected. The username is
 * never looked up, so a made-up name is throttled exactly like a real one. Counts live in PostgreSQL so that every
 * instance shares them; each is one row updated in place, so only attempts on the same pair or address ever wait
 * for one another.
 */
@Repository
public class SignInThrottle {

    /** The row counting failures for any username from an address. */
    static final String ANY_USERNAME = "";

    private final JdbcClient jdbc;
    private final int maxPerUsername;
    private final int maxPerAddress;
    private final Duration period;

    SignInThrottle(JdbcClient jdbc, SaferHubProperties properties) {
        this.jdbc = jdbc;
        var security = properties.security();
        this.maxPerUsername = security.maxFailedSignIns();
        this.maxPerAddress = security.maxFailedSignInsPerAddress();
        this.period = Duration.ofMinutes(security.lockoutMinutes());
    }

    /** Whether sign-ins for this username from this address are refused for now. */
    boolean throttled(String username, String address, Instant now) {
        return jdbc.sql("""
                select count(*) from sign_in_throttle
                where source_address = :address and username in (:username, :any) and throttled_until > :now""")
                .param("address", source(address))
                .param("username", key(username))
                .param("any", ANY_USERNAME)
                .param("now", Timestamp.from(now))
                .query(Long.class).single() > 0;
    }

    /** Counts a failure against the pair and the address; returns whether this failure started a throttle. */
    boolean failed(String username, String address, Instant now) {
        String source = source(address);
        boolean pair = count(source, key(username), maxPerUsername, now);
        boolean any = count(source, ANY_USERNAME, maxPerAddress, now);
        return pair || any;
    }

    /** A successful sign-in clears the failures of that username from that address (not the address's own). */
    void succeeded(String username, String address) {
        jdbc.sql("delete from sign_in_throttle where source_address = ? and username = ?")
                .params(source(address), key(username)).update();
    }

    /** A new password set by an administrator clears the username's failures from every address. */
    public void forgetFailuresOf(String username) {
        jdbc.sql("delete from sign_in_throttle where username = ?").param(key(username)).update();
    }

    /**
     * One failure more in the row's window; a window older than the period starts again at one. Reaching the limit
     * refuses the pair or address until a period after that failure.
     */
    private boolean count(String source, String username, int limit, Instant now) {
        Timestamp until = Timestamp.from(now.plus(period));
        List<Boolean> started = jdbc.sql("""
                insert into sign_in_throttle as t (source_address, username, failures, window_started_at,
                    throttled_until)
                values (:source, :username, 1, :now, case when :limit <= 1 then cast(:until as timestamptz) end)
                on conflict (source_address, username) do update set
                    failures = case when t.window_started_at <= :expired then 1 else t.failures + 1 end,
                    window_started_at = case when t.window_started_at <= :expired then :now
                        else t.window_started_at end,
                    throttled_until = case
                        when t.window_started_at <= :expired
                            then case when :limit <= 1 then cast(:until as timestamptz) end
                        when t.failures + 1 >= :limit then coalesce(t.throttled_until, cast(:until as timestamptz))
                        else t.throttled_until end
                returning failures = :limit""")
                .param("source", source)
                .param("username", username)
                .param("now", Timestamp.from(now))
                .param("expired", Timestamp.from(now.minus(period)))
                .param("limit", limit)
                .param("until", until)
                .query(Boolean.class).list();
        return !started.isEmpty() && started.getFirst();
    }

    /** Removes rows whose window and throttle are both over, so the table holds only what still counts. */
    int forgetExpired(Instant now) {
        return jdbc.sql("""
                delete from sign_in_throttle
                where window_started_at <= :expired and (throttled_until is null or throttled_until <= :now)""")
                .param("expired", Timestamp.from(now.minus(period)))
                .param("now", Timestamp.from(now))
                .update();
    }

    private static String key(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return normalised.length() <= 100 ? normalised : normalised.substring(0, 100);
    }

    /**
     * The source an address counts under: an IPv6 client usually holds a whole /64, so it counts as one source.
     * Only literal addresses are parsed, so no name is ever looked up.
     */
    static String source(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String trimmed = address.strip();
        if (trimmed.contains(":") && trimmed.matches("[0-9A-Fa-f:.]+")) {
            try {
                if (InetAddress.getByName(trimmed) instanceof Inet6Address v6) {
                    byte[] prefix = Arrays.copyOf(v6.getAddress(), 8);
                    return HexFormat.of().formatHex(prefix) + "/64";
                }
            } catch (UnknownHostException malformed) {
                // counted under the text it came as
            }
        }
        return trimmed.length() <= 64 ? trimmed : trimmed.substring(0, 64);
    }
}
