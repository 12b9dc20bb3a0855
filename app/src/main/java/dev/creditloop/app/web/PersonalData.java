package dev.creditloop.app.web;

import java.util.regex.Pattern;

/**
 * The one place personal data is masked on its way out: every answer that shows an ID number or a
 * phone (customers, list entries) shows it through here, so no endpoint can mask less than another.
 */
public final class PersonalData {

  // Digits not part of a longer number (nor of a decimal): an 18-character ID number, a 15-digit
  // one, a mobile number.
  private static final Pattern ID_NUMBER_18 =
      Pattern.compile("(?<![\\d.])(\\d{3})\\d{11}(\\d{3}[\\dXx])(?![\\d.])");
  private static final Pattern ID_NUMBER_15 =
      Pattern.compile("(?<![\\d.])(\\d{3})\\d{8}(\\d{4})(?![\\d.])");
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\d.])(1\\d{2})\\d{4}(\\d{4})(?![\\d.])");

  private PersonalData() {}

  /**
   * Free text (a request body, a problem's detail, a log line) with every ID number and phone in it
   * masked as the answers mask them; what is not one is left as it is.
   */
  public static String maskIn(String text) {
    // every pattern needs a run of at least eleven digits: most texts (a loan's answer: amounts,
    // dates, small ids) have none, and are returned without the regular expressions' scans
    if (text == null || !hasDigitRun(text, 11)) {
      return text;
    }
    String t = ID_NUMBER_18.matcher(text).replaceAll("$1***********$2");
    t = ID_NUMBER_15.matcher(t).replaceAll("$1********$2");
    return PHONE.matcher(t).replaceAll("$1****$2");
  }

  /** True when {@code text} has at least {@code length} digits in a row. */
  static boolean hasDigitRun(String text, int length) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run >= length) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  /**
   * {@code 110101199003071234} → {@code 110***********1234}: the region's first digits and the last
   * four.
   */
  public static String maskIdNumber(String id) {
    return keep(id, 3, 4);
  }

  /** {@code 13812345678} → {@code 138****5678}: the carrier prefix and the last four. */
  public static String maskPhone(String phone) {
    return keep(phone, 3, 4);
  }

  private static String keep(String value, int head, int tail) {
    if (value == null) {
      return null;
    }
    // Too short to keep both ends and still hide something: hide it all.
    if (value.length() <= head + tail + 2) {
      return "*".repeat(value.length());
    }
    return value.substring(0, head)
        + "*".repeat(value.length() - head - tail)
        + value.substring(value.length() - tail);
  }
}
