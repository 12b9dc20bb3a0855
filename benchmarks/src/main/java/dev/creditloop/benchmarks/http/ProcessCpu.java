package dev.creditloop.benchmarks.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time consumed by processes on this Linux machine, read from /proc: the server (a Java process
 * started with -jar on a creditloop*.jar) and PostgreSQL (every process named postgres, plus what
 * its exited backends left in the postmaster's children's time). Ticks are 1/100 s.
 */
final class ProcessCpu {

  private static final double MILLIS_PER_TICK = 10.0;

  private ProcessCpu() {}

  /** The server's process id: the given one, or the Java process running creditloop.jar. */
  static long serverPid(String given) throws IOException {
    if (given != null) {
      return Long.parseLong(given);
    }
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      return procs
          .filter(p -> p.getFileName().toString().matches("\\d+"))
          .filter(
              p ->
                  cmdline(p).matches("(?s).*java .*-jar \\S*creditloop\\S*\\.jar.*")
                      && !cmdline(p).contains("benchmarks"))
          .mapToLong(p -> Long.parseLong(p.getFileName().toString()))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException("no running creditloop.jar found: give --server-pid"));
    }
  }

  /** User plus system CPU of one process, in milliseconds. */
  static double millis(long pid) throws IOException {
    String[] f = fields(Path.of("/proc", String.valueOf(pid), "stat"));
    return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * MILLIS_PER_TICK;
  }

  /**
   * CPU of all PostgreSQL processes, exited backends included (through their parents' children's
   * time), in milliseconds.
   */
  static double postgresMillis() throws IOException {
    double total = 0;
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : procs.filter(x -> x.getFileName().toString().matches("\\d+")).toList()) {
        String[] f;
        try {
          f = fields(p.resolve("stat"));
        } catch (IOException gone) {
          continue;
        }
        if (f[1].equals("(postgres)")) {
          total +=
              (Long.parseLong(f[13])
                      + Long.parseLong(f[14])
                      + Long.parseLong(f[15])
                      + Long.parseLong(f[16]))
                  * MILLIS_PER_TICK;
        }
      }
    }
    return total;
  }

  private static String[] fields(Path stat) throws IOException {
    String s = Files.readString(stat);
    // the command name may hold spaces: it is the text between the first '(' and the last ')'
    int open = s.indexOf('(');
    int close = s.lastIndexOf(')');
    String[] rest = s.substring(close + 2).split(" ");
    String[] out = new String[rest.length + 2];
    out[0] = s.substring(0, open - 1);
    out[1] = s.substring(open, close + 1).replace(' ', '_');
    System.arraycopy(rest, 0, out, 2, rest.length);
    return out;
  }

  private static String cmdline(Path proc) {
    try {
      return Files.readString(proc.resolve("cmdline")).replace('\0', ' ');
    } catch (IOException e) {
      return "";
    }
  }
}
