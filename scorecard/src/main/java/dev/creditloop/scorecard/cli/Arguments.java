package dev.creditloop.scorecard.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} or {@code --name=value} options; each name allowed once. */
final class Arguments {

  private final Map<String, String> values = new HashMap<>();

  Arguments(List<String> args, Set<String> known) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw new UsageException("unexpected argument '" + arg + "'");
      }
      String name;
      String value;
      int eq = arg.indexOf('=');
      if (eq > 0) {
        name = arg.substring(2, eq);
        value = arg.substring(eq + 1);
      } else {
        name = arg.substring(2);
        if (i + 1 >= args.size()
            || (args.get(i + 1).startsWith("--") && !isNumber(args.get(i + 1)))) {
          throw new UsageException("option --" + name + " needs a value");
        }
        value = args.get(++i);
      }
      if (!known.contains(name)) {
        throw new UsageException("unknown option --" + name);
      }
      if (values.put(name, value) != null) {
        throw new UsageException("option --" + name + " is given twice");
      }
    }
  }

  String required(String name) {
    String v = values.get(name);
    if (v == null || v.isBlank()) {
      throw new UsageException("option --" + name + " is required");
    }
    return v;
  }

  String text(String name, String otherwise) {
    return values.getOrDefault(name, otherwise);
  }

  double number(String name, double otherwise) {
    String v = values.get(name);
    if (v == null) {
      return otherwise;
    }
    try {
      double d = Double.parseDouble(v.trim());
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new UsageException("option --" + name + " needs a number, got '" + v + "'");
    }
  }

  int integer(String name, int otherwise) {
    String v = values.get(name);
    if (v == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("option --" + name + " needs a whole number, got '" + v + "'");
    }
  }

  long longNumber(String name, long otherwise) {
    String v = values.get(name);
    if (v == null) {
      return otherwise;
    }
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("option --" + name + " needs a whole number, got '" + v + "'");
    }
  }

  /** A comma-separated list; empty when the option is absent. */
  List<String> list(String name) {
    List<String> out = new ArrayList<>();
    String v = values.get(name);
    if (v != null) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  private static boolean isNumber(String s) {
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
