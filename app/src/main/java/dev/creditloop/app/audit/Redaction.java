package dev.creditloop.app.audit;

import java.util.regex.Pattern;

/**
 * What never enters the trail in clear: passwords, and ID numbers and phones anywhere in a text
 * (masked as the API masks them: 110***********1234, 138****5678).
 */
final class Redaction {

  private static final Pattern PASSWORD = Pattern.compile("(\"(?:password|currentPassword|newPassword)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern ID_NUMBER = Pattern.compile("(?<![\\d.])(\\d{3})\\d{11}(\\d{3}[\\dXx])(?![\\d.])");
  private static final Pattern PHONE = Pattern.compile("(?<![\\d.])(1\\d{2})\\d{4}(\\d{4})(?![\\d.])");

  private Redaction() {}

  static String apply(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String t = PASSWORD.matcher(text).replaceAll("$1\"***\"");
    t = ID_NUMBER.matcher(t).replaceAll("$1***********$2");
    return PHONE.matcher(t).replaceAll("$1****$2");
  }
}
