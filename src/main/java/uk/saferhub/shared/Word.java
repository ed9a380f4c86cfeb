package uk.saferhub.shared;

import java.io.Serializable;

import org.springframework.context.MessageSourceResolvable;

/**
 * A word a message takes as one of its values, itself a message: the name of an enum constant, the message
 * {@code prefix + constant} (for example {@code geography.placeType.lower.WARD}). A refusal or a banner made in a
 * module's services passes it instead of English written in Java; the message source reads it when the refusal's
 * words are, so a council can change the word without code.
 */
public record Word(String key) implements MessageSourceResolvable, Serializable {

    /** The message {@code prefix + value.name()}. */
    public static Word of(String prefix, Enum<?> value) {
        return new Word(prefix + value.name());
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public String toString() {
        return key;
    }
}
