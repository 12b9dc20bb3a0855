package dev.creditloop.app.audit;

import dev.creditloop.app.web.PersonalData;
import java.util.regex.Pattern;

/**
 * What never enters the trail in clear: passwords, API token secrets ({@code clt_...}, as a field
 * or anywhere in a text), and ID numbers and phones anywhere in a text (masked as the API masks
 * them: 110***********1234, 138****5678).
 */
final class Redaction {

  private static final Pattern PASSWORD =
      Pattern.compile(
          "(\"(?:password|currentPassword|newPassword)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

  private static final Pattern TOKEN = Pattern.compile("clt_[A-Za-z0-9_-]{8,}");

  private Redaction() {}

  static String apply(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    // each pattern's literal part first: a text without it is left as it is, unscanned
    String t = text.contains("assword\"") ? PASSWORD.matcher(text).replaceAll("$1\"***\"") : text;
    t = t.contains("clt_") ? TOKEN.matcher(t).replaceAll("clt_***") : t;
    return PersonalData.maskIn(t);
  }
}
