package uk.saferhub.directory;

import java.util.List;

/**
 * One page of a directory list and how many entries match in all.
 *
 * @param page the page number, counting from 1
 */
public record DirectoryPage<T>(List<T> items, int page, int size, long total) {

    public DirectoryPage {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
