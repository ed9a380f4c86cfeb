package uk.saferhub.partnership.web;

import java.util.UUID;

/** A link to a body on a page. */
record BodyRef(UUID id, String name) {
}
