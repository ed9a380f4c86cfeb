package uk.saferhub.workforce.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.workforce.DevelopmentRecords;
import uk.saferhub.workforce.Training;
import uk.saferhub.workforce.TrainingEvent;
import uk.saferhub.workforce.TrainingRecord;

/** A PCSO's training record: requirements met and unmet, events attended and missed. Partners of the PCSO's force. */
@Controller
class TrainingRecordController {

    private final Training training;
    private final DevelopmentRecords development;
    private final TrainingNames names;

    TrainingRecordController(Training training, DevelopmentRecords development, TrainingNames names) {
        this.training = training;
        this.development = development;
        this.names = names;
    }

    /** An event as a row of the record. */
    record EventRow(TrainingEvent event, String date) {
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/workforce/pcsos/{id}/training")
    String record(@PathVariable UUID id, Model model) {
        Actor actor = CurrentActor.require();
        TrainingRecord record = training.record(actor, id);
        model.addAttribute("pageTitle", "Training record – " + record.officer().name());
        model.addAttribute("record", record);
        model.addAttribute("officer", record.officer());
        model.addAttribute("force", names.organisation(record.officer().forceId()));
        model.addAttribute("attended", rows(record.attended()));
        model.addAttribute("missed", rows(record.missed()));
        model.addAttribute("unmet", record.requirements().stream().filter(status -> !status.met()).count());
        model.addAttribute("mayReadDevelopment", development.maySee(actor, record.officer()));
        return "workforce/training-record";
    }

    private static List<EventRow> rows(List<TrainingEvent> events) {
        return events.stream().map(event -> new EventRow(event, TrainingDates.LONG.format(event.heldOn()))).toList();
    }
}
