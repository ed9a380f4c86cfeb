package uk.saferhub.shared.db;

/** Marker bean: present only when SaferHub started its own embedded PostgreSQL. */
public record EmbeddedDatabase(String jdbcUrl, boolean ephemeral) {
}
