package uk.saferhub.workforce.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.workforce.internal.DevelopmentRecords;
import uk.saferhub.workforce.internal.Training;
import uk.saferhub.workforce.internal.TrainingRecord;

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

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/workforce/pcsos/{id}/training")
    String record(Actor actor, @PathVariable UUID id, Model model) {
        TrainingRecord record = training.record(actor, id);
        model.addAttribute("record", record);
        model.addAttribute("officer", record.officer());
        model.addAttribute("force", names.organisation(record.officer().forceId()));
        model.addAttribute("unmet", record.requirements().stream().filter(status -> !status.met()).count());
        model.addAttribute("mayReadDevelopment", development.maySee(actor, record.officer()));
        return "workforce/training-record";
    }
}
