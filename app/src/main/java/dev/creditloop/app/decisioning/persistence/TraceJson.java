package dev.creditloop.app.decisioning.persistence;

import dev.creditloop.decisioning.strategy.Decision;
import dev.creditloop.decisioning.strategy.DecisionTrace;
import dev.creditloop.decisioning.strategy.Reason;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A decision's reasons and trace as the JSON the decision log stores, written by hand: every
 * decision is logged, and the general mapper spent about a sixth of a pre-check's server CPU on
 * these two documents. The output reads back to the same tree the mapper wrote before ({@code
 * TraceJsonTest} compares them): the same fields in the same order, a missing feature value as
 * {@code null}, a bin's missing value as {@code "NaN"} (the mapper's way with a NaN it is given). A
 * context value of a type not written here goes through the mapper.
 */
final class TraceJson {

  private final JsonMapper json;

  TraceJson(JsonMapper json) {
    this.json = json;
  }

  String reasons(List<Reason> reasons) {
    if (reasons.isEmpty()) {
      return "[]";
    }
    StringBuilder out = new StringBuilder(64 * reasons.size());
    out.append('[');
    for (int i = 0; i < reasons.size(); i++) {
      Reason r = reasons.get(i);
      if (i > 0) {
        out.append(',');
      }
      out.append('{');
      field(out, "code", r.code(), true);
      field(out, "message", r.message(), false);
      field(out, "step", r.step(), false);
      out.append('}');
    }
    return out.append(']').toString();
  }

  String trace(Decision d, Map<String, Object> context) {
    DecisionTrace t = d.trace();
    StringBuilder out = new StringBuilder(2048);
    out.append("{\"context\":{");
    boolean first = true;
    for (Map.Entry<String, Object> e : context.entrySet()) {
      name(out, e.getKey(), first);
      first = false;
      value(out, e.getValue());
    }
    out.append('}');
    strings(out, "segmentsTried", t.segmentsTried());
    strings(out, "steps", t.steps());
    strings(out, "skipped", t.skipped());
    numbers(out, "featuresRead", t.featuresRead());
    out.append(",\"ruleHits\":[");
    first = true;
    for (DecisionTrace.RuleHit h : t.ruleHits()) {
      out.append(first ? "{" : ",{");
      first = false;
      field(out, "step", h.step(), true);
      field(out, "rule", h.rule(), false);
      field(out, "action", h.action() == null ? null : h.action().name(), false);
      field(out, "reason", h.reason(), false);
      out.append(",\"weight\":");
      number(out, h.weight(), true);
      out.append('}');
    }
    out.append("],\"ruleErrors\":[");
    first = true;
    for (DecisionTrace.RuleError e : t.ruleErrors()) {
      out.append(first ? "{" : ",{");
      first = false;
      field(out, "step", e.step(), true);
      field(out, "rule", e.rule(), false);
      field(out, "error", e.error(), false);
      out.append('}');
    }
    out.append("],\"tableHits\":[");
    first = true;
    for (DecisionTrace.TableHit h : t.tableHits()) {
      out.append(first ? "{" : ",{");
      first = false;
      field(out, "step", h.step(), true);
      out.append(",\"row\":").append(h.row());
      field(out, "cells", h.cells(), false);
      field(out, "action", h.action() == null ? null : h.action().name(), false);
      out.append(",\"values\":");
      if (h.values() == null) {
        out.append("null");
      } else {
        object(out, h.values(), true);
      }
      out.append('}');
    }
    out.append("],\"scorecardBins\":[");
    first = true;
    for (DecisionTrace.BinHit b : t.scorecardBins()) {
      out.append(first ? "{" : ",{");
      first = false;
      field(out, "step", b.step(), true);
      field(out, "characteristic", b.characteristic(), false);
      field(out, "feature", b.feature(), false);
      out.append(",\"value\":");
      number(out, b.value(), true);
      field(out, "bin", b.bin(), false);
      out.append(",\"points\":");
      number(out, b.points(), true);
      out.append(",\"maxPoints\":");
      number(out, b.maxPoints(), true);
      out.append('}');
    }
    out.append("],\"listHits\":[");
    first = true;
    for (Object hit : t.listHits()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(out, String.valueOf(hit));
    }
    out.append(']');
    numbers(out, "outputs", d.outputs());
    return out.append('}').toString();
  }

  private static void strings(StringBuilder out, String name, List<String> values) {
    out.append(",\"").append(name).append("\":[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      string(out, values.get(i));
    }
    out.append(']');
  }

  /** Feature values and outputs: a missing (NaN) or infinite value is written as null. */
  private static void numbers(StringBuilder out, String name, Map<String, Double> values) {
    out.append(",\"").append(name).append("\":");
    object(out, values, false);
  }

  /** A map of numbers alone, as {@link #trace} writes one (for tests). */
  static String object(Map<String, Double> values) {
    StringBuilder out = new StringBuilder();
    object(out, values, true);
    return out.toString();
  }

  private static void object(StringBuilder out, Map<String, Double> values, boolean nanAsString) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Double> e : values.entrySet()) {
      name(out, e.getKey(), first);
      first = false;
      Double v = e.getValue();
      if (v == null) {
        out.append("null");
      } else {
        number(out, v, nanAsString);
      }
    }
    out.append('}');
  }

  /**
   * A double as the mapper writes it ({@link Double#toString}); NaN and infinities as the strings
   * the mapper writes for them, or null.
   */
  private static void number(StringBuilder out, double v, boolean nanAsString) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      if (nanAsString) {
        out.append('"').append(v).append('"');
      } else {
        out.append("null");
      }
    } else if (v == Math.rint(v) && Math.abs(v) < 1e7 && (v != 0 || 1 / v > 0)) {
      // a whole number as Double.toString writes it ("665.0"), without its slower general path;
      // from 1e7 on it writes an exponent, and -0.0 keeps its sign: both take the general path
      out.append((long) v).append(".0");
    } else {
      out.append(v);
    }
  }

  private void value(StringBuilder out, Object v) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      string(out, s);
    } else if (v instanceof Long || v instanceof Integer || v instanceof Short) {
      out.append(((Number) v).longValue());
    } else if (v instanceof Boolean b) {
      out.append(b.booleanValue());
    } else {
      out.append(json.writeValueAsString(v));
    }
  }

  private static void field(StringBuilder out, String name, String value, boolean first) {
    name(out, name, first);
    if (value == null) {
      out.append("null");
    } else {
      string(out, value);
    }
  }

  private static void name(StringBuilder out, String name, boolean first) {
    if (!first) {
      out.append(',');
    }
    string(out, name);
    out.append(':');
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** A JSON string: quotes, backslashes and control characters escaped, the rest as it is. */
  static void string(StringBuilder out, String s) {
    out.append('"');
    int n = s.length();
    int first = 0;
    while (first < n) {
      char c = s.charAt(first);
      if (c == '"' || c == '\\' || c < 0x20) {
        break;
      }
      first++;
    }
    if (first == n) {
      // nothing to escape (the usual case): one copy of the whole string, not one char at a time
      out.append(s).append('"');
      return;
    }
    int from = 0;
    for (int i = first; i < n; i++) {
      char c = s.charAt(i);
      String escape;
      if (c == '"') {
        escape = "\\\"";
      } else if (c == '\\') {
        escape = "\\\\";
      } else if (c < 0x20) {
        escape =
            switch (c) {
              case '\n' -> "\\n";
              case '\r' -> "\\r";
              case '\t' -> "\\t";
              case '\b' -> "\\b";
              case '\f' -> "\\f";
              default -> "\\u00" + HEX[c >> 4] + HEX[c & 0xF];
            };
      } else {
        continue;
      }
      out.append(s, from, i).append(escape);
      from = i + 1;
    }
    out.append(s, from, n).append('"');
  }
}
