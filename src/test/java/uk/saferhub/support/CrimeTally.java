package uk.saferhub.support;

import java.sql.Date;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests that write street-level rows straight into crimedata_street (not through the importer): counts a
 * force-month's rows again into crimedata_ward_tally, as the importer does when it replaces them, so the analysis's
 * counts by month, ward and force see them.
 */
public final class CrimeTally {

    private CrimeTally() {
    }

    public static void recount(JdbcClient jdbc, String force, YearMonth month) {
        Date first = Date.valueOf(month.atDay(1));
        jdbc.sql("delete from crimedata_ward_tally where force_key = ? and month = ?").params(force, first).update();
        jdbc.sql("insert into crimedata_ward_tally (force_key, month, ward_id, crime_type, crimes) select force_key, "
                + "month, ward_id, crime_type, count(*) from crimedata_street where force_key = ? and month = ? "
                + "group by force_key, month, ward_id, crime_type").params(force, first).update();
    }
}
