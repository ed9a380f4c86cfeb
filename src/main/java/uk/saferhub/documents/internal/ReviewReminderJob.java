package uk.saferhub.documents.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;


/** Makes review reminders at start-up and every night. */
@Component
class ReviewReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewReminderJob.class);

    private final ReviewReminders reminders;

    ReviewReminderJob(ReviewReminders reminders) {
        this.reminders = reminders;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        run();
    }

    @Scheduled(cron = "0 30 2 * * *", zone = "Europe/London")
    void nightly() {
        run();
    }

    private void run() {
        int made = reminders.remindOwners();
        if (made > 0) {
            LOG.info("Reminded the owners of {} documents that their review is coming", made);
        }
    }
}
