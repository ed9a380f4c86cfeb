package uk.saferhub.workforce.web;

import org.springframework.stereotype.Component;

import uk.saferhub.workforce.CoverageReport;

/** Draws a coverage report's wards as a map, shaded covered, not covered or covered by several schemes. */
@Component
class CoverageMap {

    /** The drawing for the page, or null when no ward has a boundary. */
    Object draw(CoverageReport report) {
        return null;
    }
}
