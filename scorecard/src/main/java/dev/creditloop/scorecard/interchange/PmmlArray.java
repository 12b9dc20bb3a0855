package dev.creditloop.scorecard.interchange;

import java.util.ArrayList;
import java.util.List;

/**
 * PMML {@code Array} text: values separated by white space, a value with spaces in double quotes, a
 * double quote inside a quoted value written \". Every value is written quoted.
 */
final class PmmlArray {

  private PmmlArray() {}

  static String format(List<String> values) {
    StringBuilder out = new StringBuilder();
    for (String v : values) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append('"').append(v.replace("\"", "\\\"")).append('"');
    }
    return out.toString();
  }

  static List<String> parse(String text) {
    List<String> values = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (Character.isWhitespace(ch)) {
        i++;
      } else if (ch == '"') {
        StringBuilder v = new StringBuilder();
        i++;
        while (i < text.length() && text.charAt(i) != '"') {
          if (text.charAt(i) == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            i++;
          }
          v.append(text.charAt(i++));
        }
        if (i >= text.length()) {
          throw new IllegalArgumentException("unclosed quote in PMML Array: " + text);
        }
        i++;
        values.add(v.toString());
      } else {
        int start = i;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        values.add(text.substring(start, i));
      }
    }
    return values;
  }
}
