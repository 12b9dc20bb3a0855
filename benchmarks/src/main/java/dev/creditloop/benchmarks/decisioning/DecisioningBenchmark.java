package dev.creditloop.benchmarks.decisioning;

import dev.creditloop.decisioning.expr.CelInterpreter;
import dev.creditloop.decisioning.expr.ExpressionCompiler;
import dev.creditloop.decisioning.expr.ExpressionRejected;
import dev.creditloop.decisioning.expr.Problems;
import dev.creditloop.decisioning.list.InMemoryListEntries;
import dev.creditloop.decisioning.list.KeyType;
import dev.creditloop.decisioning.list.ListEntry;
import dev.creditloop.decisioning.list.ListKey;
import dev.creditloop.decisioning.list.ListType;
import dev.creditloop.decisioning.rule.CompiledRuleSet;
import dev.creditloop.decisioning.rule.RuleSetDefinition;
import dev.creditloop.decisioning.rule.RuleSetMode;
import dev.creditloop.decisioning.strategy.CompiledStrategy;
import dev.creditloop.decisioning.strategy.Decision;
import dev.creditloop.decisioning.strategy.DecisionRequest;
import dev.creditloop.decisioning.strategy.DefaultDrawdownStrategy;
import dev.creditloop.decisioning.strategy.FlowDocument;
import dev.creditloop.decisioning.strategy.RuleSetStep;
import dev.creditloop.decisioning.strategy.StepDocument;
import dev.creditloop.decisioning.strategy.StepReference;
import dev.creditloop.decisioning.strategy.StrategyCompiler;
import dev.creditloop.decisioning.strategy.StrategyDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisions per second on one thread. The same 200 generated rules run four ways: compiled closures
 * (alone, and inside the full default drawdown strategy), Drools 10 (classic engine, DRL generated
 * from the same definitions, one reused stateful session: insert, fire, delete), and CEL's
 * interpreters (one program per rule). Every engine sees the same 1,024 feature arrays in turn;
 * setup checks that all of them fire exactly the same rules on every array.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class DecisioningBenchmark {

  private static final int REQUESTS = 1024;
  private static final Instant AT = Instant.parse("2025-06-10T10:00:00Z");

  private CompiledStrategy strategy;
  private CompiledRuleSet compiledRules;
  private KieSession session;
  private DroolsFeatures fact;
  private List<CelInterpreter.Program> planner;
  private List<CelInterpreter.Program> legacy;
  private DecisionRequest[] requests;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    BenchmarkCatalogue catalogue = BenchmarkCatalogue.create();
    List<GeneratedRules.Rule> rules = GeneratedRules.generate(42);
    InMemoryListEntries lists = lists();
    strategy = new StrategyCompiler(catalogue, lists).compile(withGenerated(rules)).orElseThrow();
    Problems problems = new Problems();
    compiledRules =
        CompiledRuleSet.compile(
            new RuleSetDefinition(
                "generated", RuleSetMode.ALL_MATCH, GeneratedRules.definitions(rules), null),
            new ExpressionCompiler(catalogue),
            problems);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(problems.list().toString());
    }
    session = drools(GeneratedRules.drl(rules));
    fact = new DroolsFeatures();
    planner = programs(new CelInterpreter(catalogue, true), rules);
    legacy = programs(new CelInterpreter(catalogue, false), rules);
    requests = requests(catalogue.size());
    crossCheck(rules.size());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    session.dispose();
  }

  private DecisionRequest nextRequest() {
    next = (next + 1) & (REQUESTS - 1);
    return requests[next];
  }

  /** The default drawdown strategy with the 200 rules as one more step of every flow. */
  @Benchmark
  public Decision defaultStrategyPlus200Rules() {
    return strategy.decide(nextRequest());
  }

  @Benchmark
  public int compiled200Rules() {
    return compiledRules.evaluate(nextRequest().features()).hits().length;
  }

  @Benchmark
  public int drools200Rules() {
    return fireDrools(nextRequest().features());
  }

  @Benchmark
  public int celPlanner200Programs() {
    return countCel(planner, nextRequest().features());
  }

  @Benchmark
  public int celLegacy200Programs() {
    return countCel(legacy, nextRequest().features());
  }

  private int fireDrools(double[] f) {
    fact.load(f, 0);
    FactHandle handle = session.insert(fact);
    session.fireAllRules();
    session.delete(handle);
    return fact.hits();
  }

  private static int countCel(List<CelInterpreter.Program> programs, double[] f) {
    int hits = 0;
    for (CelInterpreter.Program program : programs) {
      if ((Boolean) program.eval(f)) {
        hits++;
      }
    }
    return hits;
  }

  private static StrategyDocument withGenerated(List<GeneratedRules.Rule> rules) {
    StrategyDocument base = DefaultDrawdownStrategy.document();
    Map<String, StepDocument> steps = new LinkedHashMap<>(base.steps());
    steps.put(
        "generated",
        new RuleSetStep(
            "generated", RuleSetMode.ALL_MATCH, GeneratedRules.definitions(rules), null));
    Map<String, FlowDocument> flows = new LinkedHashMap<>();
    base.flows()
        .forEach(
            (name, flow) -> {
              List<StepDocument> flowSteps = new ArrayList<>(flow.steps());
              flowSteps.add(3, new StepReference("generated"));
              flows.put(name, new FlowDocument(flowSteps, flow.outputs(), flow.stopOnReject()));
            });
    return new StrategyDocument(
        base.id(),
        base.name(),
        base.version(),
        base.status(),
        base.mode(),
        base.onRuleError(),
        base.description(),
        base.segments(),
        steps,
        flows,
        null);
  }

  private static KieSession drools(String drl) {
    KieServices ks = KieServices.Factory.get();
    KieFileSystem files = ks.newKieFileSystem();
    files.write(
        "src/main/resources/dev/creditloop/benchmarks/decisioning/rules/generated.drl", drl);
    KieBuilder builder = ks.newKieBuilder(files).buildAll();
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException(builder.getResults().toString());
    }
    KieContainer container = ks.newKieContainer(ks.getRepository().getDefaultReleaseId());
    return container.newKieSession();
  }

  private static List<CelInterpreter.Program> programs(
      CelInterpreter cel, List<GeneratedRules.Rule> rules) throws ExpressionRejected {
    List<CelInterpreter.Program> programs = new ArrayList<>();
    for (GeneratedRules.Rule rule : rules) {
      programs.add(cel.program(rule.condition()));
    }
    return programs;
  }

  /** A small black/grey list, so list screening does a real lookup. */
  private static InMemoryListEntries lists() {
    InMemoryListEntries lists = new InMemoryListEntries();
    for (int i = 0; i < 1000; i++) {
      lists.add(
          new ListEntry(
              i % 3 == 0 ? ListType.GREY : ListType.BLACK,
              ListKey.of(KeyType.PHONE, "139" + String.format("%08d", i * 7919)).orElseThrow(),
              "listed",
              AT.minusSeconds(86_400),
              null));
    }
    return lists;
  }

  /**
   * Generated features uniform on [0, 100), none missing: Drools 10.2's jitted constraints treat
   * NaN as below any number ({@code f0 < 15.2} holds for NaN once a constraint has been evaluated
   * 20 times and compiled; interpreted, it does not), so with NaN the engines would not compute the
   * same thing. Drawdown features (read only by the strategy) are of well-behaved customers (70%
   * repeat, 20% early first, 10% late first) so every flow runs to its end.
   */
  private static DecisionRequest[] requests(int size) {
    Random random = new Random(7);
    DecisionRequest[] requests = new DecisionRequest[REQUESTS];
    for (int r = 0; r < REQUESTS; r++) {
      double[] f = new double[size];
      for (int i = 0; i < BenchmarkCatalogue.GENERATED; i++) {
        f[i] = random.nextDouble() * 100;
      }
      int slot = BenchmarkCatalogue.GENERATED;
      double segment = random.nextDouble();
      boolean first = segment >= 0.7;
      f[slot++] = first ? 1 : 0; // is_first_drawdown
      f[slot++] = segment >= 0.9 ? 45 : first ? 12 : 200 + random.nextInt(300); // days_since_grant
      f[slot++] = 1 + random.nextInt(2); // drawdown_count_24h
      f[slot++] = 0; // night_drawdown_count_7d
      f[slot++] = 0; // sensitive_amount_count_24h
      f[slot++] = 1; // same_amount_max_count_24h
      f[slot++] = 0; // full_limit_within_24h_of_grant
      f[slot++] = random.nextDouble() * 60; // max_speed_kmh_24h
      f[slot++] = 1; // device_count_30d
      f[slot++] = 0; // current_dpd
      f[slot++] = first ? Double.NaN : random.nextInt(3); // max_dpd_12m
      f[slot++] = 500 + random.nextInt(4000); // request_amount
      f[slot++] = random.nextDouble() * 0.85; // utilisation
      f[slot++] = first ? Double.NaN : 0.85 + random.nextDouble() * 0.15; // on-time ratio
      f[slot] = first ? Double.NaN : 0.5 + random.nextDouble(); // trend
      requests[r] =
          new DecisionRequest(
              1_000_000L + r,
              "11010519900101" + String.format("%04d", r),
              "138" + String.format("%08d", r),
              "device-" + r,
              AT,
              f);
    }
    return requests;
  }

  /** Refuses to benchmark engines that do not agree. */
  private void crossCheck(int ruleCount) {
    long hits = 0;
    for (DecisionRequest request : requests) {
      double[] f = request.features();
      boolean[] compiled = new boolean[ruleCount];
      for (int hit : compiledRules.evaluate(f).hits()) {
        compiled[hit] = true;
      }
      fireDrools(f);
      for (int i = 0; i < ruleCount; i++) {
        boolean cel = (Boolean) planner.get(i).eval(f);
        if (compiled[i] != fact.fired(i)
            || compiled[i] != cel
            || cel != (Boolean) legacy.get(i).eval(f)) {
          throw new IllegalStateException(
              "engines disagree on rule g"
                  + i
                  + " (compiled "
                  + compiled[i]
                  + ", drools "
                  + fact.fired(i)
                  + ", cel "
                  + cel
                  + ") for "
                  + Arrays.toString(f));
        }
        hits += compiled[i] ? 1 : 0;
      }
      strategy.decide(request);
    }
    System.out.printf(
        "%n[setup] engines agree on %d requests x %d rules; %.1f rules hit per request%n",
        REQUESTS, ruleCount, (double) hits / REQUESTS);
  }
}
