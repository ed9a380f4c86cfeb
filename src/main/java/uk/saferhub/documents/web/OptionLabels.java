package uk.saferhub.documents.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

import uk.saferhub.shared.web.Option;

/**
 * The words of the choices the documents pages offer, from {@code messages/documents.properties}: an enum's values
 * as options labelled by {@code prefix + NAME}, and the hints some radios carry under an option.
 */
@Component
class OptionLabels {

    private final MessageSourceAccessor text;

    OptionLabels(MessageSource messages) {
        this.text = new MessageSourceAccessor(messages);
    }

    /** Each value as an option, labelled by the message {@code prefix + value.name()}. */
    <E extends Enum<E>> List<Option> of(E[] values, String prefix) {
        return Arrays.stream(values).map(value -> Option.of(value, text.getMessage(prefix + value.name()))).toList();
    }

    /** The hint under each value's radio, the message {@code prefix + value.name() + ".hint"}, by the value sent. */
    <E extends Enum<E>> Map<String, String> hints(E[] values, String prefix) {
        Map<String, String> hints = new LinkedHashMap<>();
        for (E value : values) {
            hints.put(value.name(), text.getMessage(prefix + value.name() + ".hint", ""));
        }
        hints.values().removeIf(String::isEmpty);
        return hints;
    }

    /** A message of the documents pages, with its values. */
    String text(String key, Object... arguments) {
        return text.getMessage(key, arguments);
    }
}
