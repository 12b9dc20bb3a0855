package dev.creditloop.decisioning.strategy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Champion/challenger assignment: a customer's bucket in 0..9,999 is a 64-bit mix (murmur3's
 * finaliser) of the customer id and the experiment's salt (FNV-1a of its UTF-8 bytes), laid against
 * the arms' cumulative shares. Only arithmetic on the inputs is involved, so a customer gets the
 * same arm on every call, on every JVM, for as long as the salt and shares stay; a new salt
 * reshuffles everyone.
 */
public final class ArmAssignment {

  /** Buckets per 100%: shares are honoured to a hundredth of a percent. */
  public static final int BUCKETS = 10_000;

  /** An arm: its name, the strategy version it runs, its share of customers in percent. */
  public record Arm(String name, int version, double share) {}

  private final String salt;
  private final long saltHash;
  private final List<Arm> arms;
  private final int[] upTo;

  public ArmAssignment(String salt, List<Arm> arms) {
    List<String> problems = problems(salt, arms);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    this.salt = salt;
    this.saltHash = fnv1a(salt);
    this.arms = List.copyOf(arms);
    this.upTo = new int[arms.size()];
    int cumulative = 0;
    for (int i = 0; i < arms.size(); i++) {
      cumulative += basisPoints(arms.get(i).share());
      upTo[i] = cumulative;
    }
  }

  /** What is wrong with these arms, if anything; the compiler reports these with paths. */
  static List<String> problems(String salt, List<Arm> arms) {
    List<String> problems = new ArrayList<>();
    if (salt == null || salt.isBlank()) {
      problems.add("an experiment needs a salt");
    }
    if (arms == null || arms.isEmpty()) {
      problems.add("an experiment needs at least one arm");
      return problems;
    }
    Set<String> names = new HashSet<>();
    long total = 0;
    for (Arm arm : arms) {
      if (!names.add(arm.name())) {
        problems.add("duplicate arm '" + arm.name() + "'");
      }
      double bp = arm.share() * 100;
      if (!(arm.share() > 0) || Math.abs(bp - Math.rint(bp)) > 1e-6) {
        problems.add(
            "arm '"
                + arm.name()
                + "' share "
                + arm.share()
                + " must be positive with at most two decimals");
      }
      total += basisPoints(arm.share());
    }
    if (total != BUCKETS) {
      problems.add("arm shares add up to " + total / 100.0 + "%, not 100%");
    }
    return problems;
  }

  private static int basisPoints(double share) {
    return (int) Math.round(share * 100);
  }

  /** The arm a customer is in. */
  public Arm assign(long customerId) {
    return arms.get(armIndex(customerId));
  }

  public int armIndex(long customerId) {
    int bucket = bucket(customerId, saltHash);
    for (int i = 0; i < upTo.length; i++) {
      if (bucket < upTo[i]) {
        return i;
      }
    }
    return upTo.length - 1;
  }

  /** A customer's bucket in 0..9,999 for a salt. */
  public static int bucket(long customerId, String salt) {
    return bucket(customerId, fnv1a(salt));
  }

  private static int bucket(long customerId, long saltHash) {
    long h = fmix64(fmix64(customerId) ^ saltHash);
    return (int) Long.remainderUnsigned(h, BUCKETS);
  }

  /** murmur3's 64-bit finaliser: every input bit flips each output bit with probability ~1/2. */
  static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  static long fnv1a(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  public String salt() {
    return salt;
  }

  public List<Arm> arms() {
    return arms;
  }
}
