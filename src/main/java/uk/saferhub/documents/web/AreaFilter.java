package uk.saferhub.documents.web;

import java.util.UUID;

/** The place the service-agreement layer is shown for, as the GET form sends it (none: the default district). */
record AreaFilter(UUID place) {
}
