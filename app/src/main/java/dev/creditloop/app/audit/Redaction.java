package dev.creditloop.app.audit;

import dev.creditloop.app.web.PersonalData;
import java.util.regex.Pattern;

/**
 * What never enters the trail in clear: passwords, and ID numbers and phones anywhere in a text
 * (masked as the API masks them: 110***********1234, 138****5678).
 */
final class Redaction {

  private static final Pattern PASSWORD =
      Pattern.compile(
          "(\"(?:password|currentPassword|newPassword)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

  private Redaction() {}

  static String apply(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String t = PASSWORD.matcher(text).replaceAll("$1\"***\"");
    return PersonalData.maskIn(t);
  }
}
