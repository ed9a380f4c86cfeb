package uk.saferhub.identity.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.OrganisationDetails;
import uk.saferhub.directory.OrganisationType;
import uk.saferhub.identity.Identity;
import uk.saferhub.identity.PasswordPolicy;

/**
 * Gives a new production database its first administrator. When {@code SAFERHUB_FIRST_ADMIN_USERNAME},
 * {@code SAFERHUB_FIRST_ADMIN_PASSWORD} and {@code SAFERHUB_FIRST_ADMIN_ORGANISATION} are set and no user account
 * exists yet, it creates the organisation (if missing), a sharing agreement holding it, and the administrator. Once any
 * account exists it does nothing, so the settings can stay in place.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountStore accounts;
    private final Directory directory;
    private final PasswordPolicy policy;
    private final Identity identity;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final String username;
    private final String password;
    private final String organisation;
    private final String organisationType;

    FirstAdministrator(UserAccountStore accounts, Directory directory, PasswordPolicy policy,
            Identity identity, TransactionTemplate transaction, MessageSource messages,
            @Value("${SAFERHUB_FIRST_ADMIN_USERNAME:}") String username,
            @Value("${SAFERHUB_FIRST_ADMIN_PASSWORD:}") String password,
            @Value("${SAFERHUB_FIRST_ADMIN_ORGANISATION:}") String organisation,
            @Value("${SAFERHUB_FIRST_ADMIN_ORGANISATION_TYPE:OTHER}") String organisationType) {
        this.accounts = accounts;
        this.directory = directory;
        this.policy = policy;
        this.identity = identity;
        this.transaction = transaction;
        this.messages = messages;
        this.username = username.strip().toLowerCase();
        this.password = password;
        this.organisation = organisation.strip();
        this.organisationType = organisationType.strip();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isEmpty() || password.isEmpty() || organisation.isEmpty() || accounts.anyExists()) {
            return;
        }
        if (!username.matches("[a-z0-9][a-z0-9._-]{1,59}")) {
            log.error("No first administrator created: SAFERHUB_FIRST_ADMIN_USERNAME must be 2 to 60 lower-case "
                    + "letters, digits, dots, dashes or underscores");
            return;
        }
        var problem = policy.problemWith(password, username);
        if (problem.isPresent()) {
            log.error("No first administrator created: SAFERHUB_FIRST_ADMIN_PASSWORD is refused ({})",
                    messages.getMessage(problem.get().key(), problem.get().arguments(), Locale.UK));
            return;
        }
        OrganisationType type;
        try {
            type = OrganisationType.valueOf(organisationType);
        } catch (IllegalArgumentException e) {
            log.error("No first administrator created: SAFERHUB_FIRST_ADMIN_ORGANISATION_TYPE={} is not one of {}",
                    organisationType, EnumSet.allOf(OrganisationType.class));
            return;
        }
        transaction.executeWithoutResult(status -> {
            var id = directory.organisationNamed(organisation)
                    .map(found -> found.id())
                    .orElseGet(() -> directory.createOrganisation(OrganisationDetails.of(organisation, type, null)).id());
            if (directory.sharingAgreements().stream().noneMatch(agreement -> agreement.partyIds().contains(id))) {
                directory.createSharingAgreement(organisation + " partnership",
                        "Created with the first administrator; add the partner organisations.", Set.of(id));
            }
            identity.createFirstAdministrator(username, id, password);
        });
        log.info("Created the first administrator {} for {}", username, organisation);
    }
}
