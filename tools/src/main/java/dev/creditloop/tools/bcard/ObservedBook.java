package dev.creditloop.tools.bcard;

import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.feature.EntityKeys;
import dev.creditloop.decisioning.feature.FeatureSpec;
import dev.creditloop.decisioning.feature.FeatureStates;
import dev.creditloop.decisioning.feature.RequestInputs;
import dev.creditloop.servicing.allocation.Allocation;
import dev.creditloop.servicing.close.LoanDayClosed;
import dev.creditloop.servicing.delinquency.Bucket;
import dev.creditloop.servicing.delinquency.BucketChanged;
import dev.creditloop.servicing.loan.DrawdownResult;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.simulator.MonthEnd;
import dev.creditloop.simulator.NewCustomer;
import dev.creditloop.simulator.SimulatedDay;
import dev.creditloop.simulator.SimulationSink;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Watches a simulation go by and keeps only what a behaviour card needs: it folds every behaviour
 * event into live {@link FeatureStates} in day order, so at each observation month end the features
 * read are exactly those the decisioning engine would have served that night; and it keeps the days
 * each customer's loans entered M3, to label the six months after each observation afterwards.
 *
 * <p>Features are read right after the month's last day, when the states have seen nothing later:
 * no future event can leak into a row.
 */
final class ObservedBook implements SimulationSink {

  private final BehaviourCatalogue catalogue = BehaviourCatalogue.standard();
  private final FeatureStates states = FeatureStates.inHeap(catalogue);
  private final Set<Integer> observationMonths;
  private final Map<Long, Double> propensities = new LinkedHashMap<>();
  private final Map<Long, List<Loan>> loansByCustomer = new HashMap<>();
  private final Map<Long, Long> customerOfLoan = new HashMap<>();
  private final Map<Long, List<LocalDate>> daysReachingM3 = new HashMap<>();
  private final Map<Integer, Snapshot> snapshots = new HashMap<>();

  ObservedBook(Set<Integer> observationMonths) {
    this.observationMonths = new TreeSet<>(observationMonths);
  }

  /** Features and state at an observation date, before the outcome is known. */
  private record Snapshot(
      LocalDate date, long[] customers, double[][] features, double[] propensity, int excluded) {}

  @Override
  public void day(SimulatedDay day) {
    for (NewCustomer c : day.newCustomers()) {
      propensities.put(c.profile().id(), c.truth().monthlyPropensity());
    }
    for (DrawdownResult d : day.drawdowns()) {
      Loan loan = d.loan();
      loansByCustomer.computeIfAbsent(loan.customerId(), id -> new ArrayList<>(4)).add(loan);
      customerOfLoan.put(loan.id(), loan.customerId());
    }
    for (Allocation a : day.repayments()) {
      for (var e : a.events()) {
        if (e instanceof BucketChanged change) {
          noteBucket(change);
        }
      }
    }
    for (LoanDayClosed c : day.closes()) {
      c.bucketChange().ifPresent(this::noteBucket);
    }
    day.events().forEach(states::ingest);
  }

  private void noteBucket(BucketChanged change) {
    if (change.to().compareTo(Bucket.M3) >= 0 && change.from().compareTo(Bucket.M3) < 0) {
      daysReachingM3
          .computeIfAbsent(customerOfLoan.get(change.loanId()), id -> new ArrayList<>(2))
          .add(change.on());
    }
  }

  @Override
  public void monthEnded(MonthEnd month) {
    if (!observationMonths.contains(month.month())) {
      return;
    }
    // The month's last day has closed: features as of the first instant of the next day.
    Instant asOf = month.lastDay().plusDays(1).atStartOfDay(BehaviourCatalogue.ZONE).toInstant();
    List<Long> kept = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    List<Double> truth = new ArrayList<>();
    int excluded = 0;
    for (Map.Entry<Long, Double> customer : propensities.entrySet()) {
      long id = customer.getKey();
      int dpd = currentDpd(id);
      if (dpd > 60) {
        excluded++;
        continue;
      }
      // Line id = customer id in the simulator; the customer's devices are not named, as a
      // monthly batch score has no device in hand.
      EntityKeys keys = EntityKeys.customer(id).withCreditLine(id);
      RequestInputs inputs = RequestInputs.none().with(BehaviourCatalogue.CURRENT_DPD, dpd);
      kept.add(id);
      rows.add(states.features(keys, asOf, inputs));
      truth.add(customer.getValue());
    }
    snapshots.put(
        month.month(),
        new Snapshot(
            month.lastDay(),
            kept.stream().mapToLong(Long::longValue).toArray(),
            rows.toArray(new double[0][]),
            truth.stream().mapToDouble(Double::doubleValue).toArray(),
            excluded));
  }

  /**
   * The ledger's days past due for the customer: the largest over open loans, as decisioning
   * expects.
   */
  private int currentDpd(long customer) {
    int dpd = 0;
    for (Loan loan : loansByCustomer.getOrDefault(customer, List.of())) {
      if (loan.isOpen()) {
        dpd = Math.max(dpd, loan.dpd());
      }
    }
    return dpd;
  }

  /**
   * The observation at the end of {@code month}, labelled: bad when a loan of the customer entered
   * M3 after the observation date and no later than six months after it. Call once the run has
   * covered those six months.
   */
  Observation observation(int month) {
    Snapshot s = snapshots.get(month);
    if (s == null) {
      throw new IllegalArgumentException("month " + month + " was not observed");
    }
    LocalDate until = s.date().plusDays(1).plusMonths(6).minusDays(1);
    boolean[] bad = new boolean[s.customers().length];
    for (int i = 0; i < bad.length; i++) {
      for (LocalDate on : daysReachingM3.getOrDefault(s.customers()[i], List.of())) {
        if (on.isAfter(s.date()) && !on.isAfter(until)) {
          bad[i] = true;
          break;
        }
      }
    }
    List<String> names = catalogue.features().stream().map(FeatureSpec::name).toList();
    return new Observation(
        month, s.date(), names, s.customers(), s.features(), bad, s.propensity(), s.excluded());
  }
}
