package dev.creditloop.scorecard.interchange;

import dev.creditloop.scorecard.card.Attribute;
import dev.creditloop.scorecard.card.Characteristic;
import dev.creditloop.scorecard.card.Condition;
import dev.creditloop.scorecard.card.Scorecard;
import dev.creditloop.scorecard.data.ColumnType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scorecard in the neutral format the decisioning module compiles:
 *
 * <pre>
 * { "format": "creditloop-scorecard/1", "name": ..., "baseScore": 0.0,
 *   "scaling": {"baseScore": 600, "baseOdds": 50, "pdo": 20},
 *   "characteristics": [ { "feature": "duration", "type": "numeric", "reasonCode": "duration",
 *       "baselinePoints": 61.2,
 *       "bins": [ {"label": ..., "missing": true, "points": ..., "reasonCode": ...},
 *                 {"label": ..., "value": -1, ...},                 // a special value
 *                 {"label": ..., "lower": null, "upper": 9, ...},   // lower ≤ x < upper, null = open
 *                 {"label": ..., "categories": ["a", "b"], ...},
 *                 {"label": ..., "otherwise": true, ...} ] } ] }
 * </pre>
 *
 * Score = baseScore + Σ points of the first bin, in list order, that takes the feature's value.
 */
public final class DecisioningExport {

  public static final String FORMAT = "creditloop-scorecard/1";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private DecisioningExport() {}

  public static String write(Scorecard card) {
    return JSON.writeValueAsString(tree(card));
  }

  public static ObjectNode tree(Scorecard card) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("format", FORMAT);
    root.put("name", card.name());
    root.put("baseScore", card.initialScore());
    if (card.scaling() != null) {
      ObjectNode scaling = root.putObject("scaling");
      scaling.put("baseScore", card.scaling().baseScore());
      scaling.put("baseOdds", card.scaling().baseOdds());
      scaling.put("pdo", card.scaling().pdo());
    }
    Map<String, ColumnType> types = new HashMap<>();
    card.fields().forEach(field -> types.put(field.name(), field.type()));
    ArrayNode characteristics = root.putArray("characteristics");
    for (Characteristic c : card.characteristics()) {
      ObjectNode ch = characteristics.addObject();
      ch.put("feature", c.field());
      ColumnType type = types.getOrDefault(c.field(), ColumnType.NUMERIC);
      ch.put("type", type == ColumnType.NUMERIC ? "numeric" : "categorical");
      ch.put("reasonCode", c.reasonCode());
      ch.put("baselinePoints", c.baselineScore());
      ArrayNode bins = ch.putArray("bins");
      for (Attribute a : c.attributes()) {
        ObjectNode bin = bins.addObject();
        bin.put("label", a.label());
        describe(bin, a.condition(), c, type);
        bin.put("points", a.points());
        bin.put("reasonCode", c.reasonCode());
      }
    }
    return root;
  }

  private static void describe(
      ObjectNode bin, Condition condition, Characteristic c, ColumnType type) {
    if (condition instanceof Condition.IsMissing) {
      bin.put("missing", true);
    } else if (condition instanceof Condition.Always) {
      bin.put("otherwise", true);
    } else if (condition instanceof Condition.IsNotMissing && type == ColumnType.NUMERIC) {
      bin.putNull("lower");
      bin.putNull("upper");
    } else if (condition instanceof Condition.InSet s && !s.negated()) {
      ArrayNode categories = bin.putArray("categories");
      s.values().forEach(categories::add);
    } else if (condition instanceof Condition.Compare cmp
        && cmp.operator() == Condition.Operator.EQUAL
        && isNumber(cmp.value())) {
      bin.put("value", Double.parseDouble(cmp.value()));
    } else {
      double[] range = bounds(condition);
      if (range != null) {
        putBound(bin, "lower", range[0]);
        putBound(bin, "upper", range[1]);
        return;
      }
      throw new IllegalArgumentException(
          "characteristic '"
              + c.name()
              + "': "
              + condition
              + " has no form in "
              + FORMAT
              + " (missing, value, lower/upper, categories, otherwise)");
    }
  }

  /** [lower, upper) of a half-open range condition, or null when the condition is not one. */
  private static double[] bounds(Condition condition) {
    List<Condition> parts =
        condition instanceof Condition.And and ? and.parts() : List.of(condition);
    double lower = Double.NEGATIVE_INFINITY;
    double upper = Double.POSITIVE_INFINITY;
    for (Condition part : parts) {
      if (!(part instanceof Condition.Compare cmp) || !isNumber(cmp.value())) {
        return null;
      }
      double v = Double.parseDouble(cmp.value());
      if (cmp.operator() == Condition.Operator.GREATER_OR_EQUAL
          && lower == Double.NEGATIVE_INFINITY) {
        lower = v;
      } else if (cmp.operator() == Condition.Operator.LESS_THAN
          && upper == Double.POSITIVE_INFINITY) {
        upper = v;
      } else {
        return null;
      }
    }
    return new double[] {lower, upper};
  }

  private static void putBound(ObjectNode bin, String key, double v) {
    if (Double.isInfinite(v)) {
      bin.putNull(key);
    } else {
      bin.put(key, v);
    }
  }

  private static boolean isNumber(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
