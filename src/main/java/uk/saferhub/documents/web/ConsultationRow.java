package uk.saferhub.documents.web;

import uk.saferhub.documents.Circulation;

/**
 * One circulation on the consultation summary: when it went out, by when comments were due, whether they still are,
 * and whether the viewer may record a comment on it.
 */
public record ConsultationRow(Circulation circulation, String sentOn, String closesOn, boolean open,
        boolean mayComment) {
}
