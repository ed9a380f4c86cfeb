package uk.saferhub.shared.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;

import uk.saferhub.shared.web.SubmittedText.UnstorableText;

/**
 * How the application's JSON mapper reads text, for every API body: a text field takes a JSON string only (not a
 * number or true, which Jackson would otherwise turn into "123" or "true"), and the string is
 * {@link SubmittedText screened}. A refusal is a {@link InvalidFormatException} with the field's path, which
 * {@link ApiExceptionHandler} answers as 400 problem details naming the field.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

    @Bean
    JsonMapperBuilderCustomizer strictScreenedText() {
        return builder -> builder
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("saferhub-screened-text")
                        .addDeserializer(String.class, new ScreenedTextDeserializer()));
    }

    /** Jackson's own string reading, then screening. */
    static final class ScreenedTextDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            try {
                return SubmittedText.screened(text);
            } catch (UnstorableText refused) {
                throw new UnstorableJsonText(parser, refused);
            }
        }
    }

    /** A JSON string holding a control character; {@link #getValue()} leaves it out, so it is never echoed. */
    static final class UnstorableJsonText extends InvalidFormatException {

        private static final long serialVersionUID = 1L;

        UnstorableJsonText(JsonParser parser, UnstorableText refused) {
            super(parser, refused.getMessage(), null, String.class);
        }
    }
}
