package uk.saferhub.tasking;

import java.time.LocalDate;

/**
 * A PUBLIC priority as residents may read it, in the shape of data.police.uk's neighbourhood priorities: the issue
 * (its title), the day it was raised, what is being done or was achieved, and the day of that. No personal data.
 */
public record PublicPriority(String issue, LocalDate issueDate, String action, LocalDate actionDate) {
}
