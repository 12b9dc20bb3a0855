package dev.creditloop.app.console;

import dev.creditloop.kernel.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the console writes money (¥1,234.56) and dates (as the page's language writes them); {@code
 * ${@fmt...}} in templates.
 */
@Component("fmt")
public class ConsoleFormat {

  private static final ZoneId BOOK_ZONE = ZoneId.of("Asia/Shanghai");

  /** An API amount ("1234.56") or whole fen as money. */
  public String money(Object amount) {
    if (amount == null) {
      return "";
    }
    BigDecimal value;
    if (amount instanceof Money m) {
      value = BigDecimal.valueOf(m.minor(), 2);
    } else if (amount instanceof Long minor) {
      value = BigDecimal.valueOf(minor, 2);
    } else if (amount instanceof BigDecimal b) {
      value = b;
    } else {
      value = new BigDecimal(amount.toString());
    }
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return (value.signum() < 0 ? "-¥" : "¥") + format.format(value.abs());
  }

  public String date(Object date) {
    if (date == null) {
      return "";
    }
    LocalDate d = date instanceof LocalDate l ? l : LocalDate.parse(date.toString());
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(d);
  }

  /** An instant as the API writes it (ISO-8601 text), as {@link #time}; null or blank: empty. */
  public String at(Object iso) {
    return iso == null || iso.toString().isBlank() ? "" : time(Instant.parse(iso.toString()));
  }

  public String time(Instant at) {
    if (at == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(locale())
        .withZone(BOOK_ZONE)
        .format(at);
  }

  public String percent(Object share) {
    if (share == null) {
      return "";
    }
    return new BigDecimal(share.toString()).movePointRight(2).stripTrailingZeros().toPlainString()
        + "%";
  }

  /** A value of the API's answer as indented JSON (traces, documents). */
  public String json(Object value) {
    return value == null ? "" : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  private static final tools.jackson.databind.json.JsonMapper JSON =
      tools.jackson.databind.json.JsonMapper.builder().build();

  private static Locale locale() {
    return ConsoleLocale.supported(LocaleContextHolder.getLocale());
  }
}
