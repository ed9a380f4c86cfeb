package uk.saferhub.directory.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.DirectoryListings;
import uk.saferhub.directory.DirectoryPage;
import uk.saferhub.directory.Organisation;
import uk.saferhub.directory.OrganisationFilter;
import uk.saferhub.directory.OrganisationListing;
import uk.saferhub.directory.OrganisationType;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.shared.web.Pagination;

/** The organisations list, its CSV export and an organisation's page, for anyone signed in. */
@Controller
class OrganisationPagesController {

    static final int PAGE_SIZE = 25;

    /** The messages naming organisation types: {@code directory.organisationType.HEALTH}. */
    static final String TYPE = "directory.organisationType.";

    private final Directory directory;
    private final DirectoryListings listings;
    private final DirectoryEditors editors;
    private final PageWords words;

    OrganisationPagesController(Directory directory, DirectoryListings listings, DirectoryEditors editors,
            PageWords words) {
        this.words = words;
        this.directory = directory;
        this.listings = listings;
        this.editors = editors;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/directory/organisations")
    String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String page, Model model) {
        var filter = new OrganisationFilter(q, ListLinks.type(type));
        DirectoryPage<OrganisationListing> results = listings.organisations(actor, filter, ListLinks.page(page),
                PAGE_SIZE);
        if (results.page() > results.pages()) {
            results = listings.organisations(actor, filter, results.pages(), PAGE_SIZE);
        }
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("q", filter.search());
        query.put("type", filter.type() == null ? null : filter.type().name());
        model.addAttribute("q", filter.search());
        model.addAttribute("type", filter.type() == null ? "" : filter.type().name());
        model.addAttribute("types", words.options(OrganisationType.values(), TYPE));
        model.addAttribute("results", results);
        model.addAttribute("pagination", Pagination.of(results.page(), results.pages(), number -> {
            Map<String, Object> withPage = new LinkedHashMap<>(query);
            withPage.put("page", number);
            return ListLinks.link("/directory/organisations", withPage);
        }));
        model.addAttribute("csvHref", ListLinks.link("/directory/organisations.csv", query));
        model.addAttribute("mayEdit", editors.mayEdit(actor));
        return "directory/organisations";
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/directory/organisations.csv")
    ResponseEntity<String> csv(Actor actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) String type) {
        var rows = listings.exportOrganisations(actor,
                new OrganisationFilter(q, ListLinks.type(type)));
        return CsvDownload.of("organisations.csv",
                words.headings("directory.csv.organisation.", "name", "shortName", "type", "parent", "website", "phone",
                        "email"),
                rows.stream().map(row -> Arrays.asList(row.name(), row.shortName(), words.label(TYPE, row.type()),
                        row.parentName(), row.website(), row.phone(), row.email())).toList());
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/directory/organisations/{id}")
    String show(Actor actor, @PathVariable UUID id, Model model) {
        Organisation organisation = directory.organisation(actor, id);
        UUID parentId = organisation.parentId();
        model.addAttribute("organisation", organisation);
        model.addAttribute("parent", listings.organisation(actor, parentId).orElse(null));
        model.addAttribute("children", listings.subOrganisations(actor, organisation.id()));
        model.addAttribute("people", listings.peopleOf(actor, organisation.id()));
        model.addAttribute("mayEdit", editors.mayEdit(actor));
        return "directory/organisation";
    }
}
