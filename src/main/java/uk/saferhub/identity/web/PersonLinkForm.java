package uk.saferhub.identity.web;

import java.util.UUID;

/** The person in the directory a user account is for; none unlinks it. */
record PersonLinkForm(UUID personId) {
}
