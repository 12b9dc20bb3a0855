package dev.creditloop.benchmarks.http;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How fast this machine is today, so that figures measured on different days can be told apart from
 * the code they measure: the same jar has measured 1.7 times the CPU per request on one day as on
 * another, on machines of the same kind. Two readings:
 *
 * <ul>
 *   <li><b>the yardstick</b>: the CPU time one thread spends on a fixed piece of work that looks
 *       like a server's (sorting, a hash map of boxed keys, numbers to text, a digest), the fastest
 *       of ten repetitions after twenty to warm up (the compiler's work, not the machine's, slows
 *       the first ones down); lower is faster;
 *   <li><b>steal</b>: the share of the machine's CPU time the hypervisor gave to others over an
 *       interval, from {@code /proc/stat}.
 * </ul>
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.creditloop.benchmarks.http.Yardstick</pre>
 *
 * {@link DrawdownLoad} prints both beside its figures: the yardstick after the measured interval
 * (the server idle again), the steal over the measured interval.
 */
public final class Yardstick {

  private Yardstick() {}

  public static void main(String[] args) throws IOException {
    System.out.println(line(measure()));
    System.out.printf("steal over 1 s: %.1f %%%n", stealOverOneSecond());
  }

  /** The printed line: the CPU model and the yardstick. */
  static String line(double millis) {
    return String.format(
        "machine: %s, %d cores; yardstick %.1f ms of CPU (fixed work on one thread, lower is faster)",
        cpuModel(), Runtime.getRuntime().availableProcessors(), millis);
  }

  /** The yardstick: the fewest CPU milliseconds of ten repetitions, after twenty to warm up. */
  static double measure() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] runs = new double[10];
    long sink = 0;
    for (int i = -20; i < runs.length; i++) {
      long before = threads.getCurrentThreadCpuTime();
      sink += work();
      long spent = threads.getCurrentThreadCpuTime() - before;
      if (i >= 0) {
        runs[i] = spent / 1e6;
      }
    }
    if (sink == 42) {
      System.out.print(""); // keeps the work from being optimised away
    }
    return Arrays.stream(runs).min().orElseThrow();
  }

  /** The fixed work: the same on every machine and every run (seeded). */
  static long work() {
    SplittableRandom random = new SplittableRandom(20261207L);
    long[] numbers = new long[200_000];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = random.nextLong();
    }
    Arrays.sort(numbers);
    Map<Long, Long> map = new HashMap<>();
    for (int i = 0; i < 100_000; i++) {
      map.merge(numbers[(i * 7919) % numbers.length] >>> 40, 1L, Long::sum);
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.setLength(0);
      text.append(random.nextDouble() * 1e4);
    }
    byte[] digest;
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] block = text.toString().repeat(64).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 200; i++) {
        sha.update(block);
      }
      digest = sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return numbers[numbers.length / 2] + map.size() + digest[0];
  }

  /** The CPU's model name from {@code /proc/cpuinfo}, or "unknown CPU". */
  static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown CPU");
    } catch (IOException | RuntimeException e) {
      return "unknown CPU";
    }
  }

  /** The machine's CPU ticks from {@code /proc/stat}: {total, steal}. */
  static long[] ticks() throws IOException {
    return ticks(Files.readAllLines(Path.of("/proc/stat")).get(0));
  }

  /**
   * Total and steal ticks of the {@code cpu} line of {@code /proc/stat}: user nice system idle
   * iowait irq softirq steal [guest guest_nice]; guest time is already counted in user time.
   */
  static long[] ticks(String cpuLine) {
    String[] f = cpuLine.trim().split("\\s+");
    if (!f[0].equals("cpu")) {
      throw new IllegalArgumentException("not the cpu line of /proc/stat: " + cpuLine);
    }
    long total = 0;
    for (int i = 1; i <= Math.min(8, f.length - 1); i++) {
      total += Long.parseLong(f[i]);
    }
    long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
    return new long[] {total, steal};
  }

  /** Steal in percent between two readings of {@link #ticks}. */
  static double stealPercent(long[] before, long[] after) {
    long total = after[0] - before[0];
    return total <= 0 ? 0 : 100.0 * (after[1] - before[1]) / total;
  }

  private static double stealOverOneSecond() throws IOException {
    long[] before = ticks();
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return stealPercent(before, ticks());
  }
}
