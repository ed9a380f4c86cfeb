package uk.saferhub.partnership.web;

import java.util.UUID;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import uk.saferhub.partnership.BodyId;

/** A body's id in an address or a form, typed: text that is not an id fails to convert (404 in an address). */
@Component
class BodyIds implements Converter<String, BodyId> {

    @Override
    public BodyId convert(String text) {
        return text.isBlank() ? null : BodyId.of(UUID.fromString(text.strip()));
    }
}
