package uk.saferhub.shared.web;

import java.util.List;

/**
 * One panel of the signed-in home page: a heading with its count ({@code headingKey} takes the total as {0} and
 * {@code headingArgument} as {1}), the first few items, what to say when there are none, and a link to all of them.
 *
 * @param order where the panel goes among the others, smallest first
 * @param total how many items there are in all, of which {@code items} are the first
 * @param seeAllKey the words of the link to the full list, or null for no link
 */
public record HomePanel(int order, String headingKey, String headingArgument, int total, List<HomeItem> items,
        String emptyKey, String seeAllKey, String seeAllHref) {

    public HomePanel {
        items = List.copyOf(items);
    }

    /** Whether there are more items than the panel shows. */
    public boolean more() {
        return total > items.size();
    }
}
