package dev.creditloop.simulator;

import dev.creditloop.kernel.Money;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Draws the customers of a simulation. Each customer has random streams of its own, derived from
 * the seed and the customer id alone, so a customer is the same whatever else is simulated and in
 * whatever order. {@link StrictMath} keeps the draws identical on every platform.
 */
final class Population {

  static final int LINE_YEARS = 3;
  static final double FRAUD_SHARE = 0.01;
  private static final int RING_SIZE = 5;
  private static final long PROFILE_STREAM = 1;
  private static final long BEHAVIOUR_STREAM = 2;

  /** City centres the customers live around (Beijing, Shanghai, Guangzhou, Shenzhen, ...). */
  private static final double[][] CITIES = {
    {39.904, 116.407}, {31.230, 121.474}, {23.129, 113.264}, {22.543, 114.058}, {30.573, 104.066},
    {30.593, 114.306}, {34.341, 108.940}, {29.563, 106.551}, {32.060, 118.797}, {36.067, 120.383}
  };

  private Population() {}

  static CustomerProfile[] draw(SimulationConfig config) {
    CustomerProfile[] all = new CustomerProfile[config.customers()];
    for (int i = 0; i < all.length; i++) {
      all[i] = draw(config, i + 1L);
    }
    return all;
  }

  static CustomerProfile draw(SimulationConfig config, long id) {
    SplittableRandom r = new SplittableRandom(streamSeed(config.seed(), id, PROFILE_STREAM));
    LocalDate grantedOn = config.start().plusDays(r.nextInt(config.days()));
    boolean fraud = r.nextDouble() < FRAUD_SHARE;
    int rings = Math.max(1, (int) (config.customers() * FRAUD_SHARE / RING_SIZE));
    int ring = fraud ? 1 + r.nextInt(rings) : 0;
    // Kumaraswamy(1.1, 14), a Beta-like law with a closed-form inverse: mean about 1.5% a month,
    // a long right tail to about 20%
    double k = StrictMath.pow(1 - StrictMath.pow(1 - r.nextDouble(), 1 / 14.0), 1 / 1.1);
    double propensity = 0.002 + 0.2 * k;
    long incomeYuan = hundreds(StrictMath.exp(StrictMath.log(6000) + 0.6 * gaussian(r)));
    incomeYuan = Math.max(1500, incomeYuan);
    double need = -StrictMath.log(1 - r.nextDouble()) * (1 + 5 * propensity);
    double limitSensitivity = (r.nextDouble() + r.nextDouble()) / 2;
    double rateSensitivity = (r.nextDouble() + r.nextDouble()) / 2;
    double u = r.nextDouble();
    double paydayShare = incomeYuan < 4000 ? 0.4 : 0.15;
    String product =
        u < paydayShare
            ? SimulatedProducts.PAYDAY.code()
            : u < paydayShare + 0.3
                ? SimulatedProducts.SHORT_LOAN.code()
                : SimulatedProducts.CASH_LOAN.code();
    // the lender sees risk through a noisy score, never the true propensity; fraud looks ordinary
    double seen = (fraud ? 0.015 : propensity) * StrictMath.exp(0.5 * gaussian(r));
    double riskFactor = Math.max(0.3, 1 - 6 * seen);
    double multiple = multiple(product, r.nextDouble());
    long limitYuan = hundreds(incomeYuan * multiple * riskFactor);
    limitYuan =
        product.equals(SimulatedProducts.PAYDAY.code())
            ? clamp(limitYuan, 300, 5_000)
            : clamp(limitYuan, 1_000, 100_000);
    double[] city = CITIES[r.nextInt(CITIES.length)];
    double lat = city[0] + (r.nextDouble() - 0.5) * 0.2;
    double lon = city[1] + (r.nextDouble() - 0.5) * 0.2;
    int fraudDelay = r.nextInt(3);
    return new CustomerProfile(
        id,
        fraud,
        ring,
        fraudDelay,
        fraud ? 1.0 : propensity,
        Money.ofMinor(incomeYuan * 100),
        need,
        limitSensitivity,
        rateSensitivity,
        product,
        Money.ofMinor(limitYuan * 100),
        grantedOn,
        lat,
        lon);
  }

  /** The random stream of a customer's day-to-day behaviour. */
  static SplittableRandom behaviour(long seed, long customerId) {
    return new SplittableRandom(streamSeed(seed, customerId, BEHAVIOUR_STREAM));
  }

  static double[] city(int index) {
    return CITIES[index % CITIES.length];
  }

  static int cities() {
    return CITIES.length;
  }

  private static double multiple(String product, double u) {
    if (product.equals(SimulatedProducts.PAYDAY.code())) {
      return 0.2 + 0.3 * u;
    }
    if (product.equals(SimulatedProducts.SHORT_LOAN.code())) {
      return 1.0 + 1.5 * u;
    }
    return 1.5 + 2.5 * u;
  }

  /** Box–Muller from two uniforms: defined by this code, not by a JDK's Gaussian algorithm. */
  static double gaussian(SplittableRandom r) {
    double u1 = 1 - r.nextDouble();
    double u2 = r.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
  }

  private static long hundreds(double yuan) {
    return (long) (yuan / 100) * 100;
  }

  private static long clamp(long v, long min, long max) {
    return Math.max(min, Math.min(max, v));
  }

  /** SplitMix64's finaliser over (seed, id, stream): well-mixed, independent seeds. */
  static long streamSeed(long seed, long id, long stream) {
    long z = seed + id * 0x9E3779B97F4A7C15L + stream * 0xD1B54A32D192ED03L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
