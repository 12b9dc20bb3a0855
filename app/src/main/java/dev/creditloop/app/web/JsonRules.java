package dev.creditloop.app.web;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the API reads JSON, in one place: a key given twice is refused (not last-wins); text may not
 * carry control characters (U+0000 stored as an empty name) or lone surrogates (stored as '?');
 * decimals (money, rates) must be written plainly, "100.00" or 100.00, never " 100.00" or "1E+2".
 * Each refusal is a {@link RefusedValue}, which {@code ProblemHandler} answers 400 naming the
 * field.
 */
@Configuration(proxyBeanMethods = false)
class JsonRules {

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

  @Bean
  JsonMapperBuilderCustomizer strictJson() {
    SimpleModule rules = new SimpleModule("creditloop-json-rules");
    rules.addDeserializer(String.class, new CleanText());
    rules.addDeserializer(BigDecimal.class, new PlainDecimal());
    return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).addModule(rules);
  }

  /** A value the API's JSON rules refuse; the message is the reason a client reads. */
  static final class RefusedValue extends InvalidFormatException {
    RefusedValue(JsonParser p, String reason, Object value, Class<?> type) {
      super(p, reason, value, type);
    }
  }

  static final class CleanText extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = super.deserialize(p, ctxt);
      String problem = text == null ? null : problemOf(text);
      if (problem != null) {
        throw new RefusedValue(p, problem, text, String.class);
      }
      return text;
    }

    static String problemOf(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isISOControl(c)) {
          return "must not contain control characters (U+%04X at %d)".formatted((int) c, i);
        }
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          return "must not contain a lone surrogate (U+%04X at %d)".formatted((int) c, i);
        }
      }
      return null;
    }
  }

  static final class PlainDecimal extends ValueDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_STRING
          && token != JsonToken.VALUE_NUMBER_INT
          && token != JsonToken.VALUE_NUMBER_FLOAT) {
        return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
      }
      String text = p.getString();
      if (!PLAIN_DECIMAL.matcher(text).matches()) {
        throw new RefusedValue(
            p,
            "must be a plain decimal such as \"100.00\" (no spaces, no exponent)",
            text,
            BigDecimal.class);
      }
      return new BigDecimal(text);
    }
  }
}
