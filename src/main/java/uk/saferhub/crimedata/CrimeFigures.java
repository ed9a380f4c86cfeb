package uk.saferhub.crimedata;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import uk.saferhub.crimedata.internal.CrimeStore;

/**
 * What crime data is held: rows by force and month, the rows of one force-month placed in a ward, and each import
 * run's outcome and rejected rows. Public figures from data.police.uk, so these methods take no actor.
 */
@Service
public class CrimeFigures {

    private final CrimeStore store;
    private final HarmWeights harm;

    CrimeFigures(CrimeStore store, HarmWeights harm) {
        this.store = store;
        this.harm = harm;
    }

    /** Rows held for each force and month, by force then month. */
    public List<ForceMonthCount> counts() {
        return store.counts();
    }

    /** Rows held for one force (data.police.uk key, such as "cambridgeshire") and month. */
    public long count(String force, YearMonth month) {
        return store.count(force, month);
    }

    /** Of those, the rows placed in a ward. */
    public long countInWards(String force, YearMonth month) {
        return store.countInWards(force, month);
    }

    /** The rows an import run left out, by file and line. */
    public List<RejectedRow> rejections(UUID run) {
        return store.rejections(run);
    }

    /**
     * The snap points in any of the wards with the crimes recorded at them from month {@code from} to {@code to}
     * (both included), most harm first; rows without coordinates are left out.
     */
    public List<CrimeLocation> locations(Set<UUID> wardIds, YearMonth from, YearMonth to) {
        return store.locations(wardIds, from, to, harm);
    }

    /** An import run's status: running, loaded or refused. */
    public Optional<String> status(UUID run) {
        return store.status(run);
    }
}
