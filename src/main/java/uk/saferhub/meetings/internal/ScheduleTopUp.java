package uk.saferhub.meetings.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.saferhub.meetings.MeetingScheduler;

/** Keeps twelve months of meetings scheduled as time passes: once at start-up and every night. */
@Component
class ScheduleTopUp {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleTopUp.class);

    private final MeetingScheduler scheduler;

    ScheduleTopUp(MeetingScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        topUp();
    }

    @Scheduled(cron = "0 15 2 * * *", zone = "Europe/London")
    void nightly() {
        topUp();
    }

    private void topUp() {
        int added = scheduler.topUpAll();
        if (added > 0) {
            LOG.info("Scheduled {} meetings from the bodies' cadences", added);
        }
    }
}
