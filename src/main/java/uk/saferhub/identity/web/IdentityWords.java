package uk.saferhub.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.Option;

/**
 * Words the administration and sign-in pages build in Java (roles, statuses, the sign-in refusal),
 * read from {@code messages/identity.properties} like the templates' own. An enum constant is named by the message
 * {@code prefix + constant}, for example {@code identity.role.READER}.
 */
@Component
class IdentityWords {

    /** The messages naming roles: {@code identity.role.READER}. */
    static final String ROLE = "identity.role.";

    private final MessageSource messages;

    IdentityWords(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** The name of one constant of an enum the pages show: the message {@code prefix + constant}. */
    String label(String prefix, Enum<?> value) {
        return value == null ? null : text(prefix + value.name());
    }

    /** Roles named one after another ("Coordinator, Reader"), in the order they are declared. */
    String roles(Set<Role> roles) {
        return roles.stream().sorted().map(role -> label(ROLE, role)).collect(Collectors.joining(", "));
    }

    /** Every constant of an enum as a choice, labelled by the messages {@code prefix + constant}. */
    <E extends Enum<E>> List<Option> options(E[] values, String prefix) {
        return Arrays.stream(values).map(value -> Option.of(value, label(prefix, value))).toList();
    }
}
