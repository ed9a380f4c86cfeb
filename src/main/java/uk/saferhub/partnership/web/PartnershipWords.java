package uk.saferhub.partnership.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import uk.saferhub.shared.web.Option;

/**
 * Words the partnership pages build in Java (option labels, the chart's text, names of what the reader may not see),
 * read from {@code messages/partnership.properties} like the templates' own. An enum constant is named by the message
 * {@code prefix + constant}, for example {@code partnership.bodyType.BOARD}.
 */
@Component
class PartnershipWords {

    private final MessageSource messages;

    PartnershipWords(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** The name of one constant of an enum the pages show: the message {@code prefix + constant}. */
    String label(String prefix, Enum<?> value) {
        return value == null ? null : text(prefix + value.name());
    }

    /** Every constant of an enum as a choice, labelled by the messages {@code prefix + constant}. */
    <E extends Enum<E>> List<Option> options(E[] values, String prefix) {
        return Arrays.stream(values).map(value -> Option.of(value, label(prefix, value))).toList();
    }
}
