package uk.saferhub.shared.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import uk.saferhub.shared.ChangeRefused;

/**
 * The words a page builds in Java (option labels, names of kinds and statuses, CSV column headings, a banner), read
 * from the messages like the templates' own, so a council can change them without code. An enum constant is named by
 * the message {@code prefix + constant}, for example {@code directory.organisationType.HEALTH} for the prefix
 * {@code directory.organisationType.}.
 */
@Component
public class PageWords {

    private final MessageSource messages;

    PageWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The message {@code key}, given its values. */
    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** Why a change was refused, in the words of its message. */
    public String refusal(ChangeRefused refused) {
        return messages.getMessage(refused.key(), refused.arguments(), refused.key(), LocaleContextHolder.getLocale());
    }

    /** The name of one constant of an enum: the message {@code prefix + constant}; none for no value. */
    public String label(String prefix, Enum<?> value) {
        return value == null ? null : text(prefix + value.name());
    }

    /** The names of several constants one after another ("Coordinator, Reader"), in the order they are declared. */
    public <E extends Enum<E>> String labels(String prefix, Collection<E> values) {
        return values.stream().sorted().map(value -> label(prefix, value)).collect(Collectors.joining(", "));
    }

    /** Constants of an enum as choices, in the order given, each labelled by the message {@code prefix + constant}. */
    public List<Option> options(Enum<?>[] values, String prefix) {
        return Arrays.stream(values).map(value -> Option.of(value, label(prefix, value))).toList();
    }

    /** The headings of a table or a CSV download's columns: the messages {@code prefix + column}. */
    public List<String> headings(String prefix, String... columns) {
        return Arrays.stream(columns).map(column -> text(prefix + column)).toList();
    }
}
