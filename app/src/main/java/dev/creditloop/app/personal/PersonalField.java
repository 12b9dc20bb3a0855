package dev.creditloop.app.personal;

import java.util.Locale;

/** The personal values kept encrypted, each with the normalisation its blind index hashes. */
public enum PersonalField {
  /**
   * Upper case, without spaces or dashes: {@code 110101-19900307-123x} is {@code
   * 11010119900307123X}.
   */
  ID_NUMBER,
  /**
   * Digits only, without the +86 / 0086 country prefix: {@code +86 138-1234-5678} is {@code
   * 13812345678}.
   */
  PHONE;

  public String normalise(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean keep = this == PHONE ? c >= '0' && c <= '9' : !Character.isWhitespace(c) && c != '-';
      if (keep) {
        out.append(c);
      }
    }
    String v = out.toString();
    if (this == ID_NUMBER) {
      return v.toUpperCase(Locale.ROOT);
    }
    if (v.startsWith("0086")) {
      return v.substring(4);
    }
    // 86 then an 11-digit mobile number; an 11-digit number starting 86 is left alone
    return v.startsWith("86") && v.length() == 13 ? v.substring(2) : v;
  }
}
