package uk.saferhub.directory.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import uk.saferhub.shared.web.Option;

/**
 * Words the directory pages build in Java (option labels, names of kinds and levels, CSV column headings),
 * read from {@code messages/directory.properties} like the templates' own. An enum constant is named by the message
 * {@code prefix + constant}, for example {@code directory.organisationType.HEALTH}.
 */
@Component
class DirectoryWords {

    private final MessageSource messages;

    DirectoryWords(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** The name of one constant of an enum the pages show: the message {@code prefix + constant}. */
    String label(String prefix, Enum<?> value) {
        return value == null ? null : text(prefix + value.name());
    }

    /** The headings of a CSV download's columns: the messages {@code prefix + column}. */
    List<String> headings(String prefix, String... columns) {
        return Arrays.stream(columns).map(column -> text(prefix + column)).toList();
    }

    /** Every constant of an enum as a choice, labelled by the messages {@code prefix + constant}. */
    <E extends Enum<E>> List<Option> options(E[] values, String prefix) {
        return Arrays.stream(values).map(value -> Option.of(value, label(prefix, value))).toList();
    }
}
