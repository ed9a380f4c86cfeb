package uk.saferhub.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The GOV.UK pagination of a list: previous and next links and the page numbers around the current one, with
 * ellipses for the pages left out.
 */
record Pagination(String previous, String next, List<Item> items) {

    /** A page number, or an ellipsis when {@code number} is null. */
    record Item(Integer number, String href, boolean current) {

        public boolean ellipsis() {
            return number == null;
        }
    }

    /** The pagination of a list, or null when it has only one page. */
    static Pagination of(int page, int pages, IntFunction<String> href) {
        if (pages <= 1) {
            return null;
        }
        List<Item> items = new ArrayList<>();
        for (int number = 1; number <= pages; number++) {
            if (number == 1 || number == pages || Math.abs(number - page) <= 1) {
                items.add(new Item(number, href.apply(number), number == page));
            } else if (!items.getLast().ellipsis()) {
                items.add(new Item(null, null, false));
            }
        }
        return new Pagination(page > 1 ? href.apply(Math.min(page - 1, pages)) : null,
                page < pages ? href.apply(page + 1) : null, items);
    }
}
