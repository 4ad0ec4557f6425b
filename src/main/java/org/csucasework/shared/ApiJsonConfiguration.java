package org.csucasework.shared;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.temporal.TemporalAccessor;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one JSON configuration of the integration API: what a careless or hostile client sends is refused with a 400
 * naming the field ({@link ApiProblemHandler}), before any controller or service runs. Strings with a NUL character,
 * dates outside the years 1 to 9999, numbers too big for their field or with a fraction where a whole number belongs, {@code null} inside a list ({@code "subjects":[null]}), numbers or strings where
 * a true/false or a number belongs ({@code "anonymous": 5} is not true), {@code null} for a number that must be
 * given, enum ordinals and trailing garbage after the body.
 */
@Configuration(proxyBeanMethods = false)
class ApiJsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictInput() {
        return builder -> builder
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .featuresToEnable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .postConfigurer(mapper -> mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)));
    }

    /** The rules of {@link InputRules} for every string and every java.time value in a request body. */
    @Bean
    SimpleModule inputRulesModule() {
        SimpleModule module = new SimpleModule("csu-input-rules");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == String.class || TemporalAccessor.class.isAssignableFrom(type)
                        || Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
                    return new Checked<>(deserializer);
                }
                return deserializer;
            }
        });
        return module;
    }

    /** A refused value: its message is for the person who sent it (it never echoes the value). */
    static final class RefusedInputException extends MismatchedInputException {
        RefusedInputException(JsonParser parser, String message, Class<?> type) {
            super(parser, message, type);
        }
    }

    /** Wraps Jackson's own deserializer of a string or a date and checks what it read. */
    private static final class Checked<T> extends StdDeserializer<T> implements ContextualDeserializer {

        private final JsonDeserializer<T> delegate;

        @SuppressWarnings("unchecked")
        Checked(JsonDeserializer<?> delegate) {
            super(delegate.handledType());
            this.delegate = (JsonDeserializer<T>) delegate;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value;
            try {
                value = delegate.deserialize(parser, context);
            } catch (InputCoercionException tooBig) {
                // A mapping error (not a parser error) keeps the path down to a map's key: issues[0].scores.TREND
                throw new RefusedInputException(parser, "The number is too big", handledType());
            }
            if (value instanceof String text && InputRules.hasNul(text)) {
                throw new RefusedInputException(parser, InputRules.NUL_MESSAGE, String.class);
            }
            if (value instanceof TemporalAccessor temporal && !InputRules.yearInRange(temporal)) {
                throw new RefusedInputException(parser, InputRules.yearRangeMessage(), value.getClass());
            }
            return value;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            if (delegate instanceof ContextualDeserializer contextual) {
                JsonDeserializer<?> created = contextual.createContextual(context, property);
                return created == delegate ? this : new Checked<>(created);
            }
            return this;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) throws JsonMappingException {
            return delegate.getEmptyValue(context);
        }

        @Override
        public T getNullValue(DeserializationContext context) throws JsonMappingException {
            return delegate.getNullValue(context);
        }

        @Override
        public com.fasterxml.jackson.databind.type.LogicalType logicalType() {
            return delegate.logicalType();
        }

        @Override
        public com.fasterxml.jackson.databind.util.AccessPattern getNullAccessPattern() {
            return delegate.getNullAccessPattern();
        }
    }
}
