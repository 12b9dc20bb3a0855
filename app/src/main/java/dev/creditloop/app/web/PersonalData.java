package dev.creditloop.app.web;

/**
 * The one place personal data is masked on its way out: every answer that shows an ID number or a
 * phone (customers, list entries) shows it through here, so no endpoint can mask less than another.
 */
public final class PersonalData {

  private PersonalData() {}

  /** {@code 110101199003071234} → {@code 110***********1234}: the region's first digits and the last four. */
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
    return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
  }
}
