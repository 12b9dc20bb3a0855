package dev.creditloop.benchmarks.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Open-loop load on the drawdown endpoint over loopback: requests are sent at a steady rate
 * whatever the server does, and each latency is measured from the moment the request was due (so a
 * stall is not hidden by the client waiting). Prints p50 / p90 / p99 / p99.9 / max (HdrHistogram),
 * the answers by HTTP status, and the CPU the server and PostgreSQL spent per answered request over
 * the measured interval (from /proc; the server found by its creditloop.jar command line or
 * --server-pid). Bounded in count and time; talks only to the address given (loopback). Beside them
 * it prints how fast the machine is that day ({@link Yardstick}: the hypervisor's steal over the
 * measured interval, then the CPU model and a fixed piece of work timed with the load stopped).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.creditloop.benchmarks.http.DrawdownLoad
 *   --base http://127.0.0.1:8080 --lines 100000 --rate 1000 --seconds 60 --warmup 15 [--endpoint drawdown-decisions]
 *   [--user bench --password bench-password | --token clt_...] [--connections 32]</pre>
 *
 * <p>Like a lender's channel system, the generator keeps a bounded pool of persistent HTTP/1.1
 * connections: at most {@code --connections} requests are in flight, each on a connection of its
 * own, and a request due while all are busy waits for one (its latency still counts from when it
 * was due). Without the bound the JDK's client opened a new connection for every request sent while
 * the others were busy: thousands of connections, the server's accept queue overflowing and
 * connections closed and opened again, work a pooled client does not cause.
 *
 * <p>{@code --token} sends a personal API token ({@code Authorization: Bearer}) instead of HTTP
 * Basic.
 */
public final class DrawdownLoad {

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new ConcurrentHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String base = a.getOrDefault("base", "http://127.0.0.1:8080");
    if (!URI.create(base).getHost().startsWith("127.")
        && !URI.create(base).getHost().equals("localhost")) {
      throw new IllegalArgumentException("this load generator only targets loopback");
    }
    int lines = Integer.parseInt(a.getOrDefault("lines", "100000"));
    int rate = Integer.parseInt(a.getOrDefault("rate", "1000"));
    int seconds = Integer.parseInt(a.getOrDefault("seconds", "60"));
    int warmup = Integer.parseInt(a.getOrDefault("warmup", "15"));
    int connections = Integer.parseInt(a.getOrDefault("connections", "32"));
    if (connections < 1) {
      throw new IllegalArgumentException("--connections must be at least 1");
    }
    // drawdowns (disburse) or drawdown-decisions (pre-check: decide and log, no money moves)
    String endpoint = a.getOrDefault("endpoint", "drawdowns");
    // Authenticated as a machine client: with its API token (one keyed hash per call), or with its
    // password, which the server verifies once and remembers.
    String authorization =
        a.containsKey("token")
            ? "Bearer " + a.get("token")
            : "Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString(
                        (a.getOrDefault("user", "bench")
                                + ":"
                                + a.getOrDefault("password", "bench-password"))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));

    // daemon threads: a failure of the main thread must not leave the generator hanging
    ExecutorService pool =
        Executors.newFixedThreadPool(
            64,
            r -> {
              Thread t = new Thread(r, "load");
              t.setDaemon(true);
              return t;
            });
    HttpClient client = client(pool);
    System.out.printf("warm-up: %d s at %d/s, at most %d connections%n", warmup, rate, connections);
    Semaphore inFlight = new Semaphore(connections);
    run(client, inFlight, base, endpoint, authorization, lines, rate, warmup, 1);
    long serverPid = ProcessCpu.serverPid(a.get("server-pid"));
    System.out.printf("measuring: %d s at %d/s (server pid %d)%n", seconds, rate, serverPid);
    double serverBefore = ProcessCpu.millis(serverPid);
    double postgresBefore = ProcessCpu.postgresMillis();
    long[] ticksBefore = Yardstick.ticks();
    Result r = run(client, inFlight, base, endpoint, authorization, lines, rate, seconds, 2);
    double serverCpu = ProcessCpu.millis(serverPid) - serverBefore;
    double postgresCpu = ProcessCpu.postgresMillis() - postgresBefore;
    double steal = Yardstick.stealPercent(ticksBefore, Yardstick.ticks());
    long[] l = r.latencies;
    org.HdrHistogram.Histogram h =
        new org.HdrHistogram.Histogram(java.util.concurrent.TimeUnit.SECONDS.toNanos(60), 3);
    for (long latency : l) {
      h.recordValue(Math.min(Math.max(latency, 1), h.getHighestTrackableValue()));
    }
    System.out.printf(
        "sent %,d, answered %,d in %d s; statuses %s%n", r.sent, l.length, seconds, r.statuses);
    System.out.printf(
        "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
        h.getValueAtPercentile(50) / 1e6,
        h.getValueAtPercentile(90) / 1e6,
        h.getValueAtPercentile(99) / 1e6,
        h.getValueAtPercentile(99.9) / 1e6,
        h.getMaxValue() / 1e6);
    // CPU over the measured interval, per answered request: what the aims in issue 10 are about
    System.out.printf(
        "CPU per request ms: server %.3f  PostgreSQL %.3f  (server %.1f s, PostgreSQL %.1f s over %,d answers)%n",
        serverCpu / Math.max(1, l.length),
        postgresCpu / Math.max(1, l.length),
        serverCpu / 1000,
        postgresCpu / 1000,
        l.length);
    System.out.printf("steal over the measured interval: %.1f %% of the machine's CPU%n", steal);
    // how fast the machine is today, measured with the load stopped: figures of different days
    // differ by the machine as much as by the code
    System.out.println(Yardstick.line(Yardstick.measure()));
    pool.shutdownNow();
  }

  /** The generator's client: HTTP/1.1, persistent connections (the bound is {@link #run}'s). */
  static HttpClient client(ExecutorService pool) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .executor(pool)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  record Result(int sent, long[] latencies, Map<Integer, LongAdder> statuses) {}

  /**
   * Sends {@code rate} requests a second for {@code seconds}, open loop, at most as many in flight
   * as {@code inFlight} has permits (one connection each); waits up to a minute for the answers.
   */
  static Result run(
      HttpClient client,
      Semaphore inFlight,
      String base,
      String endpoint,
      String authorization,
      int lines,
      int rate,
      int seconds,
      long seed)
      throws InterruptedException {
    int total = rate * seconds;
    long[] latencies = new long[total];
    AtomicInteger answered = new AtomicInteger();
    Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    CountDownLatch done = new CountDownLatch(total);
    SplittableRandom random = new SplittableRandom(seed);
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      int line = 1 + random.nextInt(lines);
      int amount = 100 + random.nextInt(400);
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + "/api/v1/credit-lines/" + line + "/" + endpoint))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .header("Authorization", authorization)
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"amount\":\"" + amount + ".00\",\"termMonths\":12}"))
              .build();
      inFlight.acquire();
      client
          .sendAsync(request, HttpResponse.BodyHandlers.discarding())
          .whenComplete(
              (resp, err) -> {
                long latency = System.nanoTime() - due;
                int status = err == null ? resp.statusCode() : -1;
                statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                latencies[answered.getAndIncrement()] = latency;
                inFlight.release();
                done.countDown();
              });
    }
    done.await(60, TimeUnit.SECONDS);
    return new Result(total, Arrays.copyOf(latencies, answered.get()), statuses);
  }
}
