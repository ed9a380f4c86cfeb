package uk.saferhub.workforce.web;

import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;

/** What the coverage page is asked (by GET, so a result can be bookmarked): a place by its code, and the day. */
record CoverageForm(
        String place,
        @DateEntered(name = "workforce.coverage.on.name", required = false) DateInput on) {

    CoverageForm {
        on = DateInput.orEmpty(on);
    }

    boolean asked() {
        return place != null && !place.isBlank();
    }
}
