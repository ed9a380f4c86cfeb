package uk.saferhub.partnership.web;

import jakarta.validation.constraints.NotNull;

import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.internal.RelationKind;

/** A new line from a body to another, as posted. */
record RelationForm(
        @NotNull(message = "{partnership.relation.kind.required}") RelationKind kind,
        @NotNull(message = "{partnership.relation.to.required}") BodyId to) {

    static RelationForm empty() {
        return new RelationForm(RelationKind.REPORTS_TO, null);
    }
}
