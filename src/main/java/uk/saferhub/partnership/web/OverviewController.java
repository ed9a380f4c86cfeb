package uk.saferhub.partnership.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.saferhub.directory.Person;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.internal.BodyGovernance;
import uk.saferhub.partnership.internal.Governance;
import uk.saferhub.partnership.Membership;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.partnership.ThemeInterest;
import uk.saferhub.shared.access.Actor;

/** Views across bodies: themes and who leads them, governance gaps, people on several bodies, a person's seats. */
@Controller
class OverviewController {

    private final Partnership partnership;
    private final BodyGovernance governance;
    private final Names names;

    OverviewController(Partnership partnership, BodyGovernance governance, Names names) {
        this.partnership = partnership;
        this.governance = governance;
        this.names = names;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/partnership/themes")
    String themes(Actor actor, Model model) {
        Map<String, List<BodyRef>> leads = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, List<BodyRef>> touching = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Body body : partnership.bodies(actor)) {
            for (ThemeInterest theme : body.themes()) {
                BodyRef ref = new BodyRef(body.id().value(), body.name());
                (theme.lead() ? leads : touching).computeIfAbsent(theme.theme(), t -> new ArrayList<>()).add(ref);
                (theme.lead() ? touching : leads).computeIfAbsent(theme.theme(), t -> new ArrayList<>());
            }
        }
        List<ThemeRow> rows = leads.keySet().stream()
                .map(theme -> new ThemeRow(theme, leads.get(theme), touching.get(theme))).toList();
        model.addAttribute("themes", rows);
        model.addAttribute("unresolved", rows.stream().filter(ThemeRow::unresolved).toList());
        return "partnership/themes";
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/partnership/governance")
    String governance(Actor actor, Model model) {
        LocalDate today = partnership.today();
        Map<UUID, Governance> arrangements = governance.byBody();
        Names.Lookup lookup = names.lookup(actor);
        List<GovernanceRow> rows = partnership.bodies(actor).stream().map(body -> {
            Governance arrangement = arrangements.get(body.id().value());
            String gap = arrangement == null ? "partnership.governance.gap.none"
                    : arrangement.lastReviewed() == null ? "partnership.governance.gap.neverReviewed"
                    : arrangement.overdueForReview(today) ? "partnership.governance.gap.overdue" : null;
            return new GovernanceRow(new BodyRef(body.id().value(), body.name()),
                    arrangement == null ? null : lookup.person(arrangement.chairPersonId()),
                    arrangement == null ? null : arrangement.meetingFrequency(),
                    arrangement == null ? null : arrangement.lastReviewed(), gap);
        }).toList();
        model.addAttribute("gaps", rows.stream().filter(row -> row.gap() != null).toList());
        model.addAttribute("inOrder", rows.stream().filter(row -> row.gap() == null).toList());
        return "partnership/governance";
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/partnership/people-on-several-bodies")
    String peopleOnSeveralBodies(Actor actor, Model model) {
        Names.Lookup lookup = names.lookup(actor);
        LocalDate today = partnership.today();
        Map<UUID, List<Membership>> byPerson = partnership.memberships(actor).stream()
                .filter(m -> m.currentOn(today) && lookup.people().containsKey(m.personId()))
                .collect(Collectors.groupingBy(Membership::personId));
        List<PersonSeats> rows = byPerson.entrySet().stream()
                .filter(entry -> entry.getValue().stream().map(Membership::bodyId).distinct().count() > 1)
                .map(entry -> new PersonSeats(entry.getKey(), lookup.person(entry.getKey()),
                        entry.getValue().stream().map(m -> SeatRow.of(m, lookup, today)).toList()))
                .sorted(Comparator.comparing(PersonSeats::name)).toList();
        model.addAttribute("people", rows);
        return "partnership/people-on-several-bodies";
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/partnership/people/{personId}/seats")
    String seats(Actor actor, @PathVariable UUID personId, Model model) {
        Person person = names.person(actor, personId);
        Names.Lookup lookup = names.lookup(actor);
        model.addAttribute("person", person);
        model.addAttribute("seats", partnership.seatsOf(actor, person.id()).stream()
                .map(m -> SeatRow.of(m, lookup, partnership.today())).toList());
        return "partnership/seats";
    }

    /** A theme, the bodies leading it and the bodies touching it without leading. */
    record ThemeRow(String theme, List<BodyRef> leads, List<BodyRef> touching) {

        public boolean unresolved() {
            return leads.size() != 1;
        }
    }

    /** A body's governance as the overview lists it; gap is the message naming what is missing, null when in order. */
    record GovernanceRow(BodyRef body, String chair, String frequency, LocalDate lastReviewed, String gap) {
    }

    /** A person and their current seats. */
    record PersonSeats(UUID personId, String name, List<SeatRow> seats) {
    }
}
