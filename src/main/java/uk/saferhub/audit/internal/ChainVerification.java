package uk.saferhub.audit.internal;

/**
 * The result of recomputing the hash chain.
 *
 * @param firstBrokenSequence the first event whose hash or link does not match, or null when the chain is whole
 */
public record ChainVerification(boolean intact, long eventsChecked, Long firstBrokenSequence, String problem) {
}
