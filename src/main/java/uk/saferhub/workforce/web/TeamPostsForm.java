package uk.saferhub.workforce.web;

import jakarta.validation.constraints.NotNull;

/** A team's establishment of PCSO posts, as posted. */
record TeamPostsForm(@NotNull(message = "{workforce.posts.establishment.required}") Integer establishment) {
}
