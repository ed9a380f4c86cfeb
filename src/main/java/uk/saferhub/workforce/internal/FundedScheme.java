package uk.saferhub.workforce.internal;

import java.util.List;

/** A scheme with the PCSOs in it, as the view of its funder shows it. */
public record FundedScheme(FundingScheme scheme, List<Pcso> pcsos) {

    public FundedScheme {
        pcsos = List.copyOf(pcsos);
    }
}
