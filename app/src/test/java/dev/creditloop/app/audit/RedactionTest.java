package dev.creditloop.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The redaction skips a pattern's scan when its literal part is missing (and the masks when no
 * eleven digits stand in a row): on random texts built to hit and miss every pattern, it gives
 * exactly what scanning every text with every pattern gives.
 */
class RedactionTest {

  // the patterns and replacements as they were before the quick checks
  private static final Pattern PASSWORD =
      Pattern.compile(
          "(\"(?:password|currentPassword|newPassword)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern TOKEN = Pattern.compile("clt_[A-Za-z0-9_-]{8,}");
  private static final Pattern ID_NUMBER_18 =
      Pattern.compile("(?<![\\d.])(\\d{3})\\d{11}(\\d{3}[\\dXx])(?![\\d.])");
  private static final Pattern ID_NUMBER_15 =
      Pattern.compile("(?<![\\d.])(\\d{3})\\d{8}(\\d{4})(?![\\d.])");
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\d.])(1\\d{2})\\d{4}(\\d{4})(?![\\d.])");

  private static String everyScan(String text) {
    String t = PASSWORD.matcher(text).replaceAll("$1\"***\"");
    t = TOKEN.matcher(t).replaceAll("clt_***");
    t = ID_NUMBER_18.matcher(t).replaceAll("$1***********$2");
    t = ID_NUMBER_15.matcher(t).replaceAll("$1********$2");
    return PHONE.matcher(t).replaceAll("$1****$2");
  }

  private static final String[] PIECES = {
    "\"password\":",
    "\"newPassword\" : ",
    "\"passwords\":",
    "assword\"",
    "\"secret\"",
    "clt_",
    "clt_abcDEF12-_x",
    "clt_short",
    "110101199003071234",
    "11010119900307123X",
    "110101900307123",
    "13812345678",
    "138123456789",
    "0.13812345678",
    "1381234567",
    "945.60",
    "2027-01-07",
    "\"",
    "\\\"",
    "{",
    "}",
    ",",
    " ",
    "a",
    "X",
    ".",
    "1",
    "12",
    "123",
    "1234567"
  };

  @Test
  void theQuickChecksChangeNothing() {
    Random random = new Random(42);
    int masked = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(12);
      for (int p = 0; p < parts; p++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String t = text.toString();
      String expected = everyScan(t);
      assertThat(Redaction.apply(t)).as(t).isEqualTo(t.isEmpty() ? t : expected);
      if (!expected.equals(t)) {
        masked++;
      }
    }
    assertThat(masked).as("texts that had something to redact").isGreaterThan(10_000);
    assertThat(Redaction.apply(null)).isNull();
  }
}
