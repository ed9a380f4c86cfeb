package uk.saferhub.workforce.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What one funder pays for: its schemes, the posts and share of each, the cost where known and the PCSOs in each. */
public record FunderView(UUID funderId, String funderName, List<FundedScheme> schemes) {

    public FunderView {
        schemes = List.copyOf(schemes);
    }

    public int postsFunded() {
        return schemes.stream().mapToInt(funded -> funded.scheme().posts()).sum();
    }

    /** The cost of the schemes whose cost is known. */
    public BigDecimal knownCost() {
        return schemes.stream().map(funded -> funded.scheme().costToFunder()).flatMap(Optional::stream)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether some scheme's cost is unknown (no cost of a post recorded), so the total leaves it out. */
    public boolean someCostUnknown() {
        return schemes.stream().anyMatch(funded -> funded.scheme().costToFunder().isEmpty());
    }
}
