package uk.saferhub.workforce.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import uk.saferhub.geography.Place;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.workforce.internal.AttachmentRole;
import uk.saferhub.workforce.internal.PatrolAttachment;
import uk.saferhub.workforce.internal.Pcso;
import uk.saferhub.workforce.internal.Workforce;

/** Fills the model of a PCSO's page: details, attachment history and the form to attach them to wards. */
@Component
class PcsoPage {

    static final String VIEW = "workforce/pcso";

    private final Workforce workforce;
    private final WorkforceNames names;

    PcsoPage(Workforce workforce, WorkforceNames names) {
        this.workforce = workforce;
        this.names = names;
    }

    /** The page for the PCSO, with the attach form as given (a fresh one, or as posted with its errors). */
    String show(Model model, Actor actor, Pcso pcso, AttachForm form) {
        var lookup = names.lookup(actor);
        LocalDate today = workforce.today();
        List<PatrolAttachment> history = workforce.attachmentsOf(actor, pcso.id());
        boolean mayEdit = workforce.mayEdit(actor, pcso);
        model.addAttribute("pcso", pcso);
        model.addAttribute("force", lookup.organisation(pcso.forceId()));
        model.addAttribute("team", lookup.organisation(pcso.teamId()));
        model.addAttribute("supervisor", lookup.person(pcso.supervisorId()));
        model.addAttribute("person", lookup.person(pcso.personId()));
        model.addAttribute("scheme", lookup.scheme(pcso.schemeId()));
        model.addAttribute("wardsToday", history.stream().filter(a -> a.holdsOn(today))
                .map(a -> lookup.ward(a.wardId(), a.role())).toList());
        model.addAttribute("history", history.stream().map(a -> AttachmentRow.of(a, lookup, today)).toList());
        model.addAttribute("mayEdit", mayEdit);
        if (mayEdit) {
            // A form posted with a value that could not be bound is in the model already, with its errors.
            if (!model.containsAttribute("attachForm")) {
                model.addAttribute("attachForm", form);
            }
            var ticked = form.ticked();
            model.addAttribute("ticked", ticked);
            var current = history.stream().filter(a -> a.holdsOn(today)).map(PatrolAttachment::wardId).toList();
            model.addAttribute("wardGroups", names.wardGroups().stream()
                    .map(group -> new WardChoices(group.name(), group.wards(), group.wards().stream()
                            .anyMatch(ward -> ticked.contains(ward.id()) || current.contains(ward.id()))))
                    .toList());
            model.addAttribute("roles", names.options(AttachmentRole.values(), "workforce.attachmentRole."));
        }
        return VIEW;
    }

    /** The wards of one district as checkboxes; open when one of them is ticked or the PCSO is attached to it. */
    record WardChoices(String name, List<Place> wards, boolean open) {
    }

    LocalDate today() {
        return workforce.today();
    }
}
