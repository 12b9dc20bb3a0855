package dev.creditloop.lending.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventStore;
import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import dev.creditloop.decisioning.feature.EntityKeys;
import dev.creditloop.decisioning.feature.PointInTimeFeatures;
import dev.creditloop.decisioning.feature.RequestInputs;
import dev.creditloop.decisioning.list.ListEntries;
import dev.creditloop.decisioning.rule.Action;
import dev.creditloop.decisioning.strategy.CompiledStrategy;
import dev.creditloop.decisioning.strategy.StrategyCompiler;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A book of four customers; the fourth's line was granted only on 1 April. The card scores days
 * past due alone: 650 when none, 620 under 30 days, 600 beyond; below 630 is REVIEW, below 610
 * REJECT. Customer 2 is 40 days past due now; on 15 March customer 3 was 10 days past due.
 */
class RunScoringPassTest {

  private static final BehaviourCatalogue CATALOGUE = BehaviourCatalogue.standard();
  private static final LocalDate MARCH_31 = LocalDate.of(2025, 3, 31);
  private static final LocalDate MARCH_15 = LocalDate.of(2025, 3, 15);

  private static CompiledStrategy strategy(int version, String step) {
    return new StrategyCompiler(CATALOGUE, ListEntries.none())
        .compile(
            "id: drawdown-default\nversion: "
                + version
                + "\nsegments: [{name: all, when: \"true\", flow: main}]\n"
                + "flows:\n  main:\n    steps:\n"
                + "      - type: scorecard\n"
                + "        id: "
                + step
                + "\n        basePoints: 600\n"
                + "        characteristics:\n"
                + "          - feature: current_dpd\n"
                + "            reason: DPD\n"
                + "            bins: [{range: \"(-inf, 1)\", points: 50}, {range: \"[1, 30)\", points: 20}, {else: true, points: 0}]\n"
                + "        cutoffs: [{below: 610, action: REJECT, reason: LATE}, {below: 630, action: REVIEW, reason: WATCH}]\n")
        .orElseThrow();
  }

  private LocalDate businessDate = MARCH_31.plusDays(1);
  private final List<LocalDate> dpdHistoryAskedFor = new ArrayList<>();
  private final Map<String, CompiledStrategy> versions = new HashMap<>();
  private String active = "drawdown-default/1";
  private final Set<Long> changedSinceAsOf = Set.of(3L);
  private RuntimeException featuresFail;

  {
    versions.put("drawdown-default/1", strategy(1, "bcard"));
    versions.put("drawdown-default/2", strategy(2, "bcard"));
  }

  private final ScoringBook book =
      new ScoringBook() {
        @Override
        public LocalDate businessDate() {
          return businessDate;
        }

        @Override
        public List<Holder> holdersAsOf(LocalDate day) {
          List<Holder> out = new ArrayList<>();
          for (long c = 1; c <= 4; c++) {
            LocalDate granted = c == 4 ? LocalDate.of(2025, 4, 1) : LocalDate.of(2025, 1, 1);
            if (!granted.isAfter(day)) {
              out.add(new Holder(c, 100 + c));
            }
          }
          return out;
        }

        @Override
        public Map<Long, Integer> daysPastDueNow() {
          return Map.of(2L, 40);
        }

        @Override
        public Map<Long, Integer> daysPastDueAsOf(LocalDate day) {
          dpdHistoryAskedFor.add(day);
          return Map.of(3L, 10);
        }
      };

  /** Runs as stored: id to status; finished passes by run. */
  private final Map<Long, String> runs = new LinkedHashMap<>();

  private final Map<Long, CardKey> runCards = new HashMap<>();
  private final Map<Long, LocalDate> runDays = new HashMap<>();
  private final Map<Long, ScoredPass> finished = new HashMap<>();

  private final ScoringPasses passes =
      new ScoringPasses() {
        @Override
        public Optional<Long> done(CardKey card, LocalDate asOf) {
          return runs.entrySet().stream()
              .filter(
                  e ->
                      e.getValue().equals("DONE")
                          && runCards.get(e.getKey()).equals(card)
                          && runDays.get(e.getKey()).equals(asOf))
              .map(Map.Entry::getKey)
              .findFirst();
        }

        @Override
        public Begun begin(CardKey card, LocalDate asOf, Instant at) {
          Optional<Long> earlier = done(card, asOf);
          if (earlier.isPresent()) {
            return new AlreadyScored(earlier.get());
          }
          long id = runs.size() + 1;
          runs.put(id, "RUNNING");
          runCards.put(id, card);
          runDays.put(id, asOf);
          return new Started(id);
        }

        @Override
        public void fail(long runId, Instant at, String why) {
          runs.put(runId, "FAILED: " + why);
        }

        @Override
        public void finish(long runId, ScoredPass pass, Instant at) {
          runs.put(runId, "DONE");
          finished.put(runId, pass);
        }
      };

  private final List<Instant> featuresAsOf = new ArrayList<>();

  private final BehaviourFeatures features =
      () -> {
        PointInTimeFeatures noEvents = new PointInTimeFeatures(CATALOGUE, new NoEvents());
        return new BehaviourFeatures.Pass() {
          @Override
          public double[] newFeatureArray() {
            return CATALOGUE.newFeatureArray();
          }

          @Override
          public boolean fill(EntityKeys keys, Instant asOf, RequestInputs inputs, double[] out) {
            if (featuresFail != null) {
              throw featuresFail;
            }
            synchronized (featuresAsOf) {
              featuresAsOf.add(asOf);
            }
            noEvents.fill(keys, asOf, inputs, out);
            return changedSinceAsOf.contains(keys.customerId());
          }
        };
      };

  private final ScoringStrategies strategies =
      new ScoringStrategies() {
        @Override
        public Optional<CompiledStrategy> active(String strategyId) {
          return Optional.ofNullable(active).map(versions::get);
        }

        @Override
        public CompiledStrategy compiled(String strategyId, int version) {
          return versions.get(strategyId + "/" + version);
        }
      };

  private RunScoringPass pass() {
    return new RunScoringPass(
        book,
        passes,
        features,
        strategies,
        Clock.fixed(Instant.parse("2025-04-01T02:00:00Z"), ZoneOffset.UTC),
        new ScoringDefaults("drawdown-default", "bcard", 2));
  }

  private final List<long[]> progress = new ArrayList<>();

  private ScoringOutcome run(ScoringCommand command) {
    return pass().run(command, (done, total) -> progress.add(new long[] {done, total}));
  }

  @Test
  void scoresEveryHolderAsOfTheLastClosedDayAndRecordsTheirHistory() {
    ScoringOutcome outcome = run(ScoringCommand.defaults());

    assertThat(outcome).isEqualTo(new ScoringOutcome.Scored(1, 3, 1));
    assertThat(runs).containsEntry(1L, "DONE");
    ScoredPass pass = finished.get(1L);
    assertThat(pass.card()).isEqualTo(new CardKey("drawdown-default", 1, "bcard"));
    assertThat(pass.asOf()).isEqualTo(MARCH_31);
    assertThat(pass.customers()).as("customer 4's line came later").containsExactly(1, 2, 3);
    assertThat(pass.scores()).containsExactly(650.0, 600.0, 650.0);
    assertThat(pass.actions()).containsExactly(Action.PASS, Action.REJECT, Action.PASS);
    assertThat(pass.reasons()[1]).isEqualTo("DPD");
    assertThat(pass.inputs()[1]).isEqualTo("40.0:2");
    assertThat(pass.bands()).containsExactly(Map.entry("PASS", 2L), Map.entry("REJECT", 1L));
    assertThat(pass.meanScore()).isEqualTo(1900.0 / 3);
    assertThat(pass.recomputed()).isEqualTo(1);
    assertThat(dpdHistoryAskedFor).as("the last closed day reads today's days past due").isEmpty();
    assertThat(featuresAsOf)
        .as("the first instant after the day, in the book's zone")
        .containsOnly(Instant.parse("2025-03-31T16:00:00Z"));
    assertThat(progress.get(progress.size() - 1)).containsExactly(3, 3);
  }

  @Test
  void anEarlierDayReadsDaysPastDueFromTheHistoryOfThatDay() {
    ScoringOutcome outcome = run(new ScoringCommand(MARCH_15, null, null, null));

    assertThat(outcome).isInstanceOf(ScoringOutcome.Scored.class);
    assertThat(dpdHistoryAskedFor).containsExactly(MARCH_15);
    ScoredPass pass = finished.get(1L);
    assertThat(pass.customers()).containsExactly(1, 2, 3);
    assertThat(pass.scores()).containsExactly(650.0, 650.0, 620.0);
    assertThat(pass.actions()).containsExactly(Action.PASS, Action.PASS, Action.REVIEW);
  }

  @Test
  void theSameCardAndDayIsScoredOnceAndANewVersionIsANewRun() {
    run(ScoringCommand.defaults());

    ScoringOutcome again = run(ScoringCommand.defaults());
    assertThat(again).isInstanceOf(ScoringOutcome.AlreadyScored.class);
    assertThat(((ScoringOutcome.AlreadyScored) again).runId()).isEqualTo(1);
    assertThat(runs).hasSize(1);

    ScoringOutcome v2 = run(new ScoringCommand(null, "drawdown-default", 2, null));
    assertThat(v2).isEqualTo(new ScoringOutcome.Scored(2, 3, 1));
    assertThat(finished.get(2L).card().version()).isEqualTo(2);
  }

  @Test
  void refusesWhatItCannotScoreBeforeStartingARun() {
    assertThat(run(new ScoringCommand(MARCH_31.plusDays(1), null, null, null)))
        .isEqualTo(
            new ScoringOutcome.Refused(
                "as-of-not-closed",
                "asOf",
                "must be a closed business day: the last closed day is 2025-03-31"));
    assertThat(run(new ScoringCommand(null, null, null, "acard")))
        .extracting(o -> ((ScoringOutcome.Refused) o).code())
        .isEqualTo("scorecard-step-unknown");
    active = null;
    assertThat(run(ScoringCommand.defaults()))
        .extracting(o -> ((ScoringOutcome.Refused) o).field())
        .isEqualTo("strategyId");
    assertThat(runs).isEmpty();
  }

  @Test
  void aPassThatFailsMarksItsRunFailedAndRecordsNoScores() {
    featuresFail = new IllegalStateException("event store unreachable");

    assertThatThrownBy(() -> run(ScoringCommand.defaults())).hasMessage("event store unreachable");
    assertThat(runs).containsEntry(1L, "FAILED: event store unreachable");
    assertThat(finished).isEmpty();
  }

  @Test
  void theMonthlyPassScoresTheLatestClosedMonthEndOnce() {
    businessDate = LocalDate.of(2025, 4, 17);

    Optional<ScoringOutcome> first = pass().scoreLatestMonthEndIfDue(ScoringProgress.none());

    assertThat(first).containsInstanceOf(ScoringOutcome.Scored.class);
    assertThat(finished.get(1L).asOf()).isEqualTo(MARCH_31);
    assertThat(pass().scoreLatestMonthEndIfDue(ScoringProgress.none())).isEmpty();
    assertThat(runs).hasSize(1);

    businessDate = LocalDate.of(2025, 5, 1);
    assertThat(pass().scoreLatestMonthEndIfDue(ScoringProgress.none())).isPresent();
    assertThat(finished.get(2L).asOf()).isEqualTo(LocalDate.of(2025, 4, 30));
  }

  /** An event store with no events: features are their defaults plus the request inputs. */
  private static final class NoEvents implements EventStore {
    @Override
    public BehaviourEvent append(BehaviourEvent event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<BehaviourEvent> customerEvents(long customerId, Instant upTo) {
      return List.of();
    }

    @Override
    public List<BehaviourEvent> creditLineEvents(long creditLineId, Instant upTo) {
      return List.of();
    }

    @Override
    public List<BehaviourEvent> deviceEvents(String deviceId, Instant upTo) {
      return List.of();
    }

    @Override
    public void forEachInTimeOrder(Instant upTo, Consumer<? super BehaviourEvent> action) {}
  }
}
