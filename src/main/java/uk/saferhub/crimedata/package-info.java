/**
 * Crime data: data.police.uk street-level crime imported from CSV, gzip or monthly archive files, streamed in constant
 * memory, each row placed in its ward, loaded with COPY into a table partitioned by month, a force-month replaced
 * all or nothing on re-import; rows left out are reported with their line numbers.
 */
@ApplicationModule(allowedDependencies = {"audit", "geography", "shared"})
package uk.saferhub.crimedata;

import org.springframework.modulith.ApplicationModule;
