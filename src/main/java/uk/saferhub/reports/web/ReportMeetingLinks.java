package uk.saferhub.reports.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingLinks;
import uk.saferhub.reports.Reports;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;

/** On a meeting's page: its reports and public agenda pack, for whoever may see the meeting. */
@Component
class ReportMeetingLinks implements MeetingLinks {

    private final Reports reports;
    private final PageWords words;

    ReportMeetingLinks(Reports reports, PageWords words) {
        this.reports = reports;
        this.words = words;
    }

    @Override
    public List<MeetingLink> forMeeting(Actor actor, Meeting meeting) {
        int count = reports.ofMeeting(actor, meeting).size();
        return List.of(new MeetingLink(words.text("reports.link.heading"), "/reports/meetings/" + meeting.id(),
                words.text("reports.link.label"), words.text("reports.link.summary", count)));
    }

    @Override
    public Optional<MeetingLink> linkedRecord(Actor actor, String recordType, String recordId) {
        return Optional.empty();
    }
}
