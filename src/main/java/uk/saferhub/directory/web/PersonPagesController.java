package uk.saferhub.directory.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.directory.ContactRole;
import uk.saferhub.directory.Directory;
import uk.saferhub.directory.DirectoryListings;
import uk.saferhub.directory.DirectoryPage;
import uk.saferhub.directory.OrganisationListing;
import uk.saferhub.directory.Person;
import uk.saferhub.directory.PersonFilter;
import uk.saferhub.directory.PersonListing;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.shared.web.Pagination;

/** The people list, its CSV export, a person's page and the contacts by area, for anyone signed in. */
@Controller
class PersonPagesController {

    private final Directory directory;
    private final DirectoryListings listings;
    private final DirectoryEditors editors;
    private final PageWords words;

    PersonPagesController(Directory directory, DirectoryListings listings, DirectoryEditors editors,
            PageWords words) {
        this.words = words;
        this.directory = directory;
        this.listings = listings;
        this.editors = editors;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/directory/people")
    String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String page,
            Model model) {
        var filter = new PersonFilter(q, null);
        DirectoryPage<PersonListing> results = listings.people(actor, filter, ListLinks.page(page),
                OrganisationPagesController.PAGE_SIZE);
        if (results.page() > results.pages()) {
            results = listings.people(actor, filter, results.pages(), OrganisationPagesController.PAGE_SIZE);
        }
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("q", filter.search());
        model.addAttribute("q", filter.search());
        model.addAttribute("results", results);
        model.addAttribute("pagination", Pagination.of(results.page(), results.pages(), number -> {
            Map<String, Object> withPage = new LinkedHashMap<>(query);
            withPage.put("page", number);
            return ListLinks.link("/directory/people", withPage);
        }));
        model.addAttribute("csvHref", ListLinks.link("/directory/people.csv", query));
        model.addAttribute("mayEdit", editors.mayEdit(actor));
        return "directory/people";
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/directory/people.csv")
    ResponseEntity<String> csv(Actor actor, @RequestParam(required = false) String q) {
        var rows = listings.exportPeople(actor, new PersonFilter(q, null));
        return CsvDownload.of("people.csv",
                words.headings("directory.csv.person.", "name", "jobTitle", "organisation", "email", "phone",
                        "handlingLevel", "contactRoles"),
                rows.stream().map(row -> Arrays.asList(row.name(), row.jobTitle(), row.organisationName(),
                        row.email(), row.phone(), row.handlingLevel().name(), roles(row.contactRoles()))).toList());
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/directory/people/{id}")
    String show(Actor actor, @PathVariable UUID id, Model model) {
        Person person = directory.person(actor, id);
        model.addAttribute("person", person);
        model.addAttribute("organisation", listings.organisation(actor, person.organisationId()).orElse(null));
        model.addAttribute("roles", person.contactRoles().stream()
                .map(role -> new RoleView(role.title(), role.areaServed(),
                        listings.organisation(actor, role.organisationServedId()).orElse(null)))
                .toList());
        model.addAttribute("mayEdit", editors.mayEdit(actor, person));
        return "directory/person";
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/directory/contacts")
    String contacts(Actor actor, Model model) {
        model.addAttribute("areas", listings.contactsByArea(actor));
        return "directory/contacts";
    }

    private static String roles(List<ContactRole> roles) {
        return roles.stream()
                .map(role -> role.title() + (role.areaServed() == null ? "" : " (" + role.areaServed() + ")"))
                .collect(Collectors.joining("; "));
    }

    /** A contact role as a person's page shows it; the organisation served is null when the reader may not see it. */
    record RoleView(String title, String areaServed, OrganisationListing organisationServed) {
    }
}
