package dev.creditloop.decisioning.list;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * A normalised list key: the same person typed two ways must hit the same entry. ID numbers lose
 * spaces and are upper-cased (the check letter X); phones keep digits only and lose a +86 / 0086
 * country prefix; device ids are trimmed and lower-cased. Stores may keep {@link #digest()} instead
 * of the value so the list table holds no raw personal data.
 */
public record ListKey(KeyType type, String value) {

  public ListKey {
    if (type == null || value == null || value.isEmpty()) {
      throw new IllegalArgumentException("a list key needs a type and a value");
    }
  }

  /** Normalises {@code raw}; empty when nothing usable is left (a missing phone, say). */
  public static Optional<ListKey> of(KeyType type, String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String v;
    switch (type) {
      case ID_NUMBER:
        v = keep(raw, false).toUpperCase(Locale.ROOT);
        break;
      case PHONE:
        v = keep(raw, true);
        if (v.startsWith("0086")) {
          v = v.substring(4);
        } else if (v.startsWith("86") && v.length() == 13) {
          v = v.substring(2);
        }
        break;
      default:
        v = raw.trim().toLowerCase(Locale.ROOT);
    }
    return v.isEmpty() ? Optional.empty() : Optional.of(new ListKey(type, v));
  }

  /** Drops whitespace, or with {@code digitsOnly} everything but ASCII digits; no regex here. */
  private static String keep(String raw, boolean digitsOnly) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (digitsOnly ? (c >= '0' && c <= '9') : !Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** SHA-256 of type and value, hex: a stable lookup key that does not reveal the value. */
  public String digest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest((type.name() + ":" + value).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM ships SHA-256", e);
    }
  }

  /** The value with all but its last four characters hidden, for traces and logs. */
  public String masked() {
    int keep = Math.min(4, value.length());
    return "*".repeat(value.length() - keep) + value.substring(value.length() - keep);
  }
}
