package uk.saferhub.meetings.web;

import uk.saferhub.shared.web.PlainText;

/** Why a meeting is cancelled, as posted; the scheduler requires it. */
record CancellationForm(
        @PlainText(lineBreaks = true) String reason) {

    static CancellationForm empty() {
        return new CancellationForm(null);
    }
}
