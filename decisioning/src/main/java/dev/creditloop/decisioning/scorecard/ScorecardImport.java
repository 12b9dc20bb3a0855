package dev.creditloop.decisioning.scorecard;

import dev.creditloop.decisioning.expr.DefinitionProblem;
import dev.creditloop.decisioning.expr.Interval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a card exported by the scorecard workbench ({@code creditloop-scorecard/1}, see {@code
 * dev.creditloop.scorecard.interchange.DecisioningExport}) into the scorecard step a strategy runs,
 * so a trained card is published without copying points by hand.
 *
 * <p>The workbench gives each characteristic its bins in priority order (the first bin that takes a
 * value wins: a declared special value before the range around it); a strategy's bins are disjoint
 * ranges in ascending order plus a missing and an else bin. The import turns one into the other
 * without changing any score: a special value becomes the point interval {@code [v, v]} and is cut
 * out of the range that follows it; a bin that no value can reach any more is dropped. The features
 * are the catalogue's numbers, so a categorical characteristic is refused.
 *
 * <p>Reason codes: the workbench ranks a characteristic's loss against its baseline points, the
 * engine against its best bin (see {@link CompiledScorecard#reasons}); the ranking can differ, the
 * score cannot.
 */
public final class ScorecardImport {

  public static final String FORMAT = "creditloop-scorecard/1";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ScorecardImport() {}

  /** The card, ready to go into a strategy: the definition and where it came from. */
  public record Imported(ScorecardDefinition definition, String cardName, String scaling) {}

  /**
   * Reads the exported JSON into a scorecard definition with the given step id, reason-code count
   * and cut-offs (either may be null: default count, no cut-offs).
   *
   * @throws ScorecardImportException with every problem found, each with its path in the card
   */
  public static Imported read(String json, String id, Integer reasonCodes, List<Cutoff> cutoffs)
      throws ScorecardImportException {
    JsonNode root;
    try {
      root = JSON.readTree(json == null ? "" : json);
    } catch (JacksonException e) {
      throw new ScorecardImportException(
          List.of(problem("", "not JSON: " + e.getOriginalMessage())));
    }
    List<DefinitionProblem> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new ScorecardImportException(List.of(problem("", "a card is a JSON object")));
    }
    if (!FORMAT.equals(text(root, "format"))) {
      problems.add(problem("format", "must be \"" + FORMAT + "\", was " + root.get("format")));
    }
    double base = number(root, "baseScore", "baseScore", problems, 0);
    JsonNode characteristics = root.get("characteristics");
    List<CharacteristicDefinition> defs = new ArrayList<>();
    if (characteristics == null || !characteristics.isArray() || characteristics.isEmpty()) {
      problems.add(problem("characteristics", "a card needs at least one characteristic"));
    } else {
      for (int i = 0; i < characteristics.size(); i++) {
        CharacteristicDefinition c =
            characteristic(characteristics.get(i), "characteristics[" + i + "]", problems);
        if (c != null) {
          defs.add(c);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ScorecardImportException(problems);
    }
    JsonNode scaling = root.get("scaling");
    String scalingText =
        scaling == null || !scaling.isObject()
            ? null
            : "base score "
                + scaling.path("baseScore").asString()
                + " at odds "
                + scaling.path("baseOdds").asString()
                + ":1, PDO "
                + scaling.path("pdo").asString();
    return new Imported(
        new ScorecardDefinition(id, base, reasonCodes, defs, cutoffs == null ? List.of() : cutoffs),
        text(root, "name"),
        scalingText);
  }

  private static CharacteristicDefinition characteristic(
      JsonNode c, String path, List<DefinitionProblem> problems) {
    if (c == null || !c.isObject()) {
      problems.add(problem(path, "a characteristic is a JSON object"));
      return null;
    }
    int before = problems.size();
    String feature = text(c, "feature");
    if (feature == null || feature.isBlank()) {
      problems.add(problem(path + ".feature", "is required"));
    }
    if ("categorical".equals(text(c, "type"))) {
      problems.add(
          problem(
              path + ".type",
              "categorical characteristic '"
                  + feature
                  + "' cannot be served: the engine's features are numbers"));
    }
    String reason = text(c, "reasonCode");
    if (reason == null || reason.isBlank()) {
      reason = feature;
    }
    JsonNode bins = c.get("bins");
    if (bins == null || !bins.isArray() || bins.isEmpty()) {
      problems.add(problem(path + ".bins", "a characteristic needs at least one bin"));
      return null;
    }
    BinDefinition missing = null;
    BinDefinition otherwise = null;
    List<Interval> claimed = new ArrayList<>();
    List<Piece> pieces = new ArrayList<>();
    for (int b = 0; b < bins.size(); b++) {
      JsonNode bin = bins.get(b);
      String at = path + ".bins[" + b + "]";
      double points = number(bin, "points", at + ".points", problems, Double.NaN);
      String label = text(bin, "label");
      if (bin.path("missing").asBoolean(false)) {
        if (missing == null) {
          missing = new BinDefinition(null, true, null, points, label);
        }
      } else if (bin.path("otherwise").asBoolean(false)) {
        otherwise = new BinDefinition(null, null, true, points, label);
        break; // nothing after an otherwise bin can be reached
      } else if (bin.has("categories")) {
        problems.add(
            problem(at, "a bin of categories cannot be served: the engine's features are numbers"));
      } else if (bin.has("value")) {
        double v = number(bin, "value", at + ".value", problems, Double.NaN);
        if (!Double.isNaN(v)) {
          claim(new Interval(v, true, v, true), points, label, claimed, pieces);
        }
      } else if (bin.has("lower") || bin.has("upper")) {
        double lower = bound(bin, "lower", Double.NEGATIVE_INFINITY, at, problems);
        double upper = bound(bin, "upper", Double.POSITIVE_INFINITY, at, problems);
        if (!Double.isNaN(lower) && !Double.isNaN(upper)) {
          Interval range = new Interval(lower, true, upper, false);
          if (range.isEmpty()) {
            problems.add(problem(at, "empty range [" + lower + ", " + upper + ")"));
          } else {
            claim(range, points, label, claimed, pieces);
          }
        }
      } else {
        problems.add(
            problem(at, "a bin is one of: missing, otherwise, value, lower/upper, categories"));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    pieces.sort(
        Comparator.comparingDouble((Piece p) -> p.range.low())
            .thenComparing(p -> p.range.lowClosed() ? 0 : 1));
    List<BinDefinition> out = new ArrayList<>(pieces.size() + 2);
    for (Piece p : pieces) {
      out.add(new BinDefinition(p.range.toString(), null, null, p.points, p.label));
    }
    if (missing != null) {
      out.add(missing);
    }
    if (otherwise != null) {
      out.add(otherwise);
    }
    return new CharacteristicDefinition(feature, feature, reason, feature, out);
  }

  /** A range bin as served: one disjoint interval with the points of the bin it came from. */
  private record Piece(Interval range, double points, String label) {}

  /**
   * Adds the part of {@code range} that earlier bins have not taken: the earlier intervals are cut
   * out of it, which keeps the card's first-match meaning with disjoint bins.
   */
  private static void claim(
      Interval range, double points, String label, List<Interval> claimed, List<Piece> pieces) {
    List<Interval> free = List.of(range);
    for (Interval taken : claimed) {
      List<Interval> next = new ArrayList<>();
      for (Interval part : free) {
        next.addAll(minus(part, taken));
      }
      free = next;
    }
    for (Interval part : free) {
      pieces.add(new Piece(part, points, label));
    }
    claimed.add(range);
  }

  /** {@code a} without the numbers of {@code b}: none, one or two intervals. */
  static List<Interval> minus(Interval a, Interval b) {
    if (!a.overlaps(b)) {
      return List.of(a);
    }
    List<Interval> out = new ArrayList<>(2);
    Interval left = new Interval(a.low(), a.lowClosed(), b.low(), !b.lowClosed());
    if (b.low() > a.low() || (b.low() == a.low() && a.lowClosed() && !b.lowClosed())) {
      if (!left.isEmpty()) {
        out.add(left);
      }
    }
    Interval right = new Interval(b.high(), !b.highClosed(), a.high(), a.highClosed());
    if (b.high() < a.high() || (b.high() == a.high() && a.highClosed() && !b.highClosed())) {
      if (!right.isEmpty()) {
        out.add(right);
      }
    }
    return out;
  }

  private static double bound(
      JsonNode bin, String key, double open, String at, List<DefinitionProblem> problems) {
    JsonNode v = bin.get(key);
    if (v == null || v.isNull()) {
      return open;
    }
    return number(bin, key, at + "." + key, problems, Double.NaN);
  }

  private static double number(
      JsonNode node, String key, String path, List<DefinitionProblem> problems, double absent) {
    JsonNode v = node == null ? null : node.get(key);
    if (v == null || v.isNull()) {
      if (Double.isNaN(absent)) {
        problems.add(problem(path, "is required"));
      }
      return absent;
    }
    if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
      problems.add(problem(path, "must be a finite number, was " + v));
      return Double.NaN;
    }
    return v.asDouble();
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? null : v.asString();
  }

  private static DefinitionProblem problem(String path, String cause) {
    return new DefinitionProblem(path, 0, 0, cause);
  }
}
