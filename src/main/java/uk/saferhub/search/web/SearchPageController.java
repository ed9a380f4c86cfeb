package uk.saferhub.search.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.saferhub.search.Search;
import uk.saferhub.search.SearchGroup;
import uk.saferhub.search.SearchQuery;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.Option;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.shared.web.Pagination;

/**
 * The search page, for everyone signed in: the words searched for across every kind of record the reader may see,
 * the first few of each kind with how many there are, or every hit of one kind a page at a time. It works without
 * JavaScript: the form is a GET, the kinds are links.
 */
@Controller
class SearchPageController {

    private final Search search;
    private final FormPost post;
    private final PageWords words;

    SearchPageController(Search search, FormPost post, PageWords words) {
        this.search = search;
        this.post = post;
        this.words = words;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/search")
    String search(Actor actor, @Valid @ModelAttribute("search") SearchForm form, BindingResult errors, Model model,
            HttpServletRequest request) {
        List<String> kinds = search.kinds();
        boolean sent = request.getParameter("q") != null;
        BindingResult checked = post.check(form, errors, model, rules -> form.check(rules, kinds, sent));
        model.addAttribute("kinds", kinds.stream().map(kind -> new Option(kind, label(kind))).toList());
        model.addAttribute("groups", List.of());
        if (!sent || checked.hasErrors()) {
            return "search/search";
        }
        SearchQuery query = new SearchQuery(form.q());
        model.addAttribute("searched", true);
        if (form.oneKind()) {
            SearchGroup group = search.ofKind(actor, query, form.kind(), form.pageOrFirst(), Search.PAGE_SIZE);
            model.addAttribute("groups", List.of(view(group, query, false)));
            model.addAttribute("pagination", Pagination.of(group.page(), group.pages(),
                    number -> SearchForm.address(query.words(), group.kind(), number)));
            model.addAttribute("everyKind", SearchForm.address(query.words(), null, null));
        } else {
            model.addAttribute("groups", search.everything(actor, query).stream()
                    .map(group -> view(group, query, true)).toList());
        }
        return "search/search";
    }

    private ResultGroup view(SearchGroup group, SearchQuery query, boolean overview) {
        return new ResultGroup(group.kind(), label(group.kind()), group.total(), group.hits(),
                overview && group.more() ? SearchForm.address(query.words(), group.kind(), null) : null);
    }

    private String label(String kind) {
        return words.text("search.kind." + kind);
    }

    /** A kind's group as the page shows it; {@code more} links to every hit of the kind, when some are not shown. */
    record ResultGroup(String kind, String label, long total, List<uk.saferhub.search.SearchHit> hits, String more) {
    }
}
