package dev.creditloop.benchmarks.decisioning;

import dev.creditloop.decisioning.rule.Action;
import dev.creditloop.decisioning.rule.RuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * 200 rules of the shape analysts write: two or three comparisons of features with thresholds,
 * joined with && and ||. Each comparison holds for about a fifth of requests, so a rule holds for a
 * few percent of them, as real rules do. The same conditions are written as CEL and as DRL (the
 * syntax of these comparisons is the same in both).
 */
final class GeneratedRules {

  static final int COUNT = 200;

  record Rule(int index, String id, String condition) {}

  private GeneratedRules() {}

  static List<Rule> generate(long seed) {
    Random random = new Random(seed);
    List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      String a = comparison(random);
      String b = comparison(random);
      String c = comparison(random);
      String condition;
      switch (random.nextInt(4)) {
        case 0:
          condition = a + " && " + b;
          break;
        case 1:
          condition = a + " && " + b + " && " + c;
          break;
        case 2:
          condition = "(" + a + " || " + b + ") && " + c;
          break;
        default:
          condition = a + " && (" + b + " || " + c + ")";
      }
      rules.add(new Rule(i, "g" + i, condition));
    }
    return rules;
  }

  /** Features are uniform on [0, 100); a comparison above 80 or below 20 holds 20% of the time. */
  private static String comparison(Random random) {
    int feature = random.nextInt(BenchmarkCatalogue.GENERATED);
    double slack = Math.round(random.nextDouble() * 100) / 10.0;
    switch (random.nextInt(4)) {
      case 0:
        return String.format(Locale.ROOT, "f%d > %.1f", feature, 80 + slack - 5);
      case 1:
        return String.format(Locale.ROOT, "f%d >= %.1f", feature, 80 + slack - 5);
      case 2:
        return String.format(Locale.ROOT, "f%d < %.1f", feature, 20 - slack + 5);
      default:
        return String.format(Locale.ROOT, "f%d <= %.1f", feature, 20 - slack + 5);
    }
  }

  static List<RuleDefinition> definitions(List<Rule> rules) {
    List<RuleDefinition> definitions = new ArrayList<>();
    for (Rule r : rules) {
      definitions.add(
          new RuleDefinition(r.id(), r.condition(), Action.REVIEW, "G" + r.index(), null, null));
    }
    return definitions;
  }

  /** The same rules in DRL over {@link DroolsFeatures}. */
  static String drl(List<Rule> rules) {
    StringBuilder drl = new StringBuilder();
    drl.append("package dev.creditloop.benchmarks.decisioning.rules;\n\n");
    drl.append("import ").append(DroolsFeatures.class.getName()).append(";\n\n");
    for (Rule r : rules) {
      drl.append("rule \"")
          .append(r.id())
          .append("\"\n")
          .append("when\n")
          .append("  $f : DroolsFeatures( ")
          .append(r.condition())
          .append(" )\n")
          .append("then\n")
          .append("  $f.hit(")
          .append(r.index())
          .append(");\n")
          .append("end\n\n");
    }
    return drl.toString();
  }
}
