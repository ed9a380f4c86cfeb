package uk.saferhub.plans;

import uk.saferhub.partnership.BodyId;

/**
 * The time a Police and Crime Panel gives itself to review a draft Plan or variation and to expect the Commissioner's
 * response, in days (null: no limit), and how many days before a date falls due it is reminded. The Act sets no limit
 * for a Plan; the precept's timetable (SI 2012/2271: report by 8 February on a proposal notified by 1 February, a
 * response by 15 February) is the model of timed steps.
 */
public record PanelTiming(BodyId panelId, Integer reviewDays, Integer responseDays, int reminderDays, String note) {

    public static PanelTiming none(BodyId panelId) {
        return new PanelTiming(panelId, null, null, 7, null);
    }
}
