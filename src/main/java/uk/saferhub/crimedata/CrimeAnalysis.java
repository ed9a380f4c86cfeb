package uk.saferhub.crimedata;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.crimedata.internal.CrimeAnalyst;

/**
 * The analysis of the crime held, for pages, the API and other modules: counts by month, crime type, ward and force
 * with their changes and control limits ({@link #summary}), the monthly series ({@link #trend}), and hot spots by
 * count, by harm and by Getis-Ord Gi* ({@link #hotspots}). data.police.uk data is public, so these take no actor;
 * who may see the pages is the web layer's rule.
 */
@Service
public class CrimeAnalysis {

    /** The crime types that matter most to environmental priorities (seed 001 section 4). */
    public static final Set<String> ENVIRONMENTAL = Set.of("Anti-social behaviour", "Criminal damage and arson");

    /** The months a query covers when none are given. */
    public static final int DEFAULT_MONTHS = 12;

    private final CrimeAnalyst analyst;

    CrimeAnalysis(CrimeAnalyst analyst) {
        this.analyst = analyst;
    }

    /**
     * The query with its months filled in: by default the {@link #DEFAULT_MONTHS} months up to the latest held in
     * its place and force. Empty when nothing is held there. Refuses ({@link CrimeQueryRefused}) an unknown place,
     * force or crime type, or a period that does not run forwards.
     */
    @Transactional(readOnly = true)
    public Optional<CrimeQuery> resolve(UUID placeId, String force, YearMonth from, YearMonth to,
            List<String> categories) {
        return analyst.resolve(placeId, force, from, to, categories);
    }

    @Transactional(readOnly = true)
    public CrimeSummary summary(CrimeQuery query) {
        return analyst.summary(query);
    }

    /**
     * The outcomes recorded in the query's months (from data.police.uk's outcomes files, where imported) for its place
     * and force, by outcome type, most first; empty when none are held. Outcomes have no crime type, so the query's
     * crime types do not narrow them.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> outcomes(CrimeQuery query) {
        return analyst.outcomes(query);
    }

    @Transactional(readOnly = true)
    public CrimeTrend trend(CrimeQuery query) {
        return analyst.trend(query);
    }

    /** The top {@code top} of each ranking, and every significant hot cell. */
    @Transactional(readOnly = true)
    public CrimeHotspots hotspots(CrimeQuery query, int top) {
        return analyst.hotspots(query, top);
    }

    /** The name of the query's place and force, as a heading reads ("Huntingdonshire", "Cambridgeshire Constabulary"). */
    public String placeName(CrimeQuery query) {
        return analyst.placeName(query);
    }

    /** Every crime type held, by name. */
    public List<String> crimeTypes() {
        return analyst.crimeTypes();
    }

    /** Every force held: its key and name. */
    public List<String> forces() {
        return analyst.forces();
    }

    /** The name of a force by its key. */
    public String forceName(String key) {
        return analyst.forceName(key);
    }
}
