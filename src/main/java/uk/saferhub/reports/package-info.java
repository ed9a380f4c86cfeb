/**
 * Committee reports in the form councils use: agenda item and meeting, public or exempt, title, report of, contact
 * officer, and the numbered sections (Purpose, Recommendations, Terms of reference, Background, Discussion, Next
 * steps, Background papers, Appendices); composed in one step from another module's records and then edited;
 * printed as HTML and PDF, and gathered into a meeting's agenda pack.
 */
@ApplicationModule(allowedDependencies = {"audit", "directory", "documents", "identity", "meetings", "partnership",
        "plans", "shared"})
package uk.saferhub.reports;

import org.springframework.modulith.ApplicationModule;
