package uk.saferhub.tasking.internal;

import java.util.UUID;

/** A category of priority from the list coordinators maintain; environmental ones are marked. */
public record Category(UUID id, String name, boolean environmental, boolean retired) {
}
