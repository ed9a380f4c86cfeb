package uk.saferhub.crimedata;

import java.util.List;
import java.util.UUID;

/**
 * What one import did: rows read, loaded and rejected, and the force-months it replaced (each now holding exactly
 * the rows this file gave it). Its rejected rows are listed by {@link CrimeFigures#rejections(UUID)}.
 */
public record ImportResult(UUID runId, String file, long rowsRead, long rowsLoaded, long rowsRejected,
        List<ForceMonthCount> replaced) {
}
