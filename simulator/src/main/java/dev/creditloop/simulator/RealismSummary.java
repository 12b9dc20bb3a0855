package dev.creditloop.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Whether a simulated book looks like a real revolving cash-loan book, measured on the book itself.
 *
 * <ul>
 *   <li>Roll rates, month on month, by loan count: of the loans in a bucket at one month end, the
 *       share one bucket worse at the next (a loan settled in between counts as cured).
 *   <li>Vintages: per origination month, the cumulative share of its loans that have been 30+ (over
 *       30 days past due, M2 or worse) and 60+ (M3 or worse) by the end of each month on book.
 *   <li>Bursts: of the customer-days with 5 or more drawdowns, the share whose customer went into
 *       default (ground truth) within 48 hours (that day or the next two), against the same share
 *       for days with 1 to 4 drawdowns. The seeds report about 12 times.
 *   <li>Night share: drawdowns between 02:00 and 05:00 (Asia/Shanghai).
 * </ul>
 *
 * {@link #TARGETS} holds the ranges a seeded mid-size run must fall within.
 */
public record RealismSummary(
    SimulationConfig config,
    long customers,
    long loans,
    long repayments,
    long journalEntries,
    long behaviourEvents,
    double rollM0ToM1,
    double rollM1ToM2,
    double rollM2ToM3,
    double rollM3ToM4,
    List<Vintage> vintages,
    long burstDays,
    double burstDefaultRate48h,
    long otherDrawdownDays,
    double otherDefaultRate48h,
    double nightShare,
    double overdueShareAtEnd,
    double defaultedShare,
    double fraudShare) {

  /**
   * One origination month: loans drawn and cumulative 30+/60+ shares at months on book 1, 2, ...
   */
  public record Vintage(
      int month,
      java.time.LocalDate from,
      long loans,
      List<Double> thirtyPlus,
      List<Double> sixtyPlus) {}

  /** A documented range for one figure. */
  public record Target(
      String name, double min, double max, ToDoubleFunction<RealismSummary> figure) {

    public boolean holds(RealismSummary s) {
      double v = figure.applyAsDouble(s);
      return v >= min && v <= max;
    }
  }

  /**
   * The ranges a realistic book falls in. Roll rates and the night share follow industry rules of
   * thumb for consumer cash loans; the burst ratio asks for a clear signal without insisting on the
   * seeds' 12 times; 30+ and 60+ at 3 months on book are early-delinquency levels of consumer cash
   * loans.
   */
  public static final List<Target> TARGETS =
      List.of(
          new Target("M0->M1 roll", 0.01, 0.10, RealismSummary::rollM0ToM1),
          new Target("M1->M2 roll", 0.20, 0.50, RealismSummary::rollM1ToM2),
          new Target("M2->M3 roll", 0.50, 0.95, RealismSummary::rollM2ToM3),
          new Target("night share", 0.03, 0.10, RealismSummary::nightShare),
          new Target("5+ drawdowns/day default ratio (48 h)", 5, 200, RealismSummary::burstRatio),
          new Target("30+ at MOB 3, all vintages", 0.02, 0.12, s -> s.pooledAt(3, true)),
          new Target("60+ at MOB 3, all vintages", 0.01, 0.08, s -> s.pooledAt(3, false)),
          new Target("customers defaulted", 0.02, 0.25, RealismSummary::defaultedShare),
          new Target(
              "open loans overdue at the end", 0.02, 0.20, RealismSummary::overdueShareAtEnd));

  public double burstRatio() {
    return otherDefaultRate48h == 0 ? 0 : burstDefaultRate48h / otherDefaultRate48h;
  }

  /**
   * Cumulative 30+ (or 60+) share of origination month {@code month} at {@code mob}; NaN if none.
   */
  public double vintageAt(int month, int mob, boolean thirty) {
    if (month < 1 || month > vintages.size()) {
      return Double.NaN;
    }
    List<Double> curve =
        thirty ? vintages.get(month - 1).thirtyPlus() : vintages.get(month - 1).sixtyPlus();
    return mob >= 1 && mob <= curve.size() ? curve.get(mob - 1) : Double.NaN;
  }

  /**
   * Cumulative 30+ (or 60+) share at {@code mob} over every vintage old enough, weighted by loans;
   * NaN if none is.
   */
  public double pooledAt(int mob, boolean thirty) {
    double bad = 0;
    long loans = 0;
    for (Vintage v : vintages) {
      List<Double> curve = thirty ? v.thirtyPlus() : v.sixtyPlus();
      if (curve.size() >= mob) {
        bad += curve.get(mob - 1) * v.loans();
        loans += v.loans();
      }
    }
    return loans == 0 ? Double.NaN : bad / loans;
  }

  /** The targets missed, one line each; empty when the book looks real. */
  public List<String> outOfRange() {
    List<String> missed = new ArrayList<>();
    for (Target t : TARGETS) {
      if (!t.holds(this)) {
        missed.add(
            String.format(
                Locale.ROOT,
                "%s = %.4f, outside [%s, %s]",
                t.name(),
                t.figure().applyAsDouble(this),
                t.min(),
                t.max()));
      }
    }
    return missed;
  }

  /** A plain-text report. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Simulated book: %,d customers, %,d loans, %,d repayments, %,d journal entries, %,d behaviour events%n",
            customers,
            loans,
            repayments,
            journalEntries,
            behaviourEvents));
    out.append(
        String.format(
            Locale.ROOT,
            "  seed %d, %d months from %s%s%n",
            config.seed(),
            config.months(),
            config.start(),
            config.shockMonth() == 0
                ? ""
                : ", shock in month " + config.shockMonth() + " x" + config.shockFactor()));
    out.append(
        String.format(
            Locale.ROOT,
            "Roll rates (month on month, by count): M0->M1 %.2f%%, M1->M2 %.1f%%, M2->M3 %.1f%%, M3->M4 %.1f%%%n",
            100 * rollM0ToM1,
            100 * rollM1ToM2,
            100 * rollM2ToM3,
            100 * rollM3ToM4));
    out.append("Vintages (cumulative 30+ / 60+ by months on book):\n");
    for (Vintage v : vintages) {
      out.append(
          String.format(
              Locale.ROOT, "  %s  %,8d loans ", v.from().toString().substring(0, 7), v.loans()));
      for (int i = 0; i < v.thirtyPlus().size(); i++) {
        out.append(
            String.format(
                Locale.ROOT,
                " MOB%d %.1f%%/%.1f%%",
                i + 1,
                100 * v.thirtyPlus().get(i),
                100 * v.sixtyPlus().get(i)));
      }
      out.append('\n');
    }
    out.append(
        String.format(
            Locale.ROOT,
            "Default within 48 h: %.1f%% of %,d customer-days with 5+ drawdowns vs %.2f%% of %,d other drawdown days"
                + " = %.1fx (seeds: ~12x)%n",
            100 * burstDefaultRate48h,
            burstDays,
            100 * otherDefaultRate48h,
            otherDrawdownDays,
            burstRatio()));
    out.append(
        String.format(
            Locale.ROOT,
            "Night (02:00-05:00) drawdowns %.1f%%; open loans overdue at the end %.1f%%; customers defaulted %.1f%%;"
                + " fraud %.2f%%%n",
            100 * nightShare,
            100 * overdueShareAtEnd,
            100 * defaultedShare,
            100 * fraudShare));
    List<String> missed = outOfRange();
    out.append(
        missed.isEmpty() ? "All realism targets met.\n" : "Outside targets: " + missed + "\n");
    return out.toString();
  }
}
