package dev.creditloop.simulator;

import dev.creditloop.decisioning.feature.BehaviourCatalogue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * When and where things happen: times of day in the book's zone (night = 02:00–05:00, the sensitive
 * hours), devices and GPS positions.
 */
final class Moments {

  static final double NIGHT_SHARE = 0.045;

  private Moments() {}

  static Instant startOf(LocalDate day) {
    return day.atStartOfDay(BehaviourCatalogue.ZONE).toInstant();
  }

  /** Seconds into the day: night with the customer's usual small chance, else 07:00–24:00. */
  static int ordinaryTime(SplittableRandom r) {
    return r.nextDouble() < NIGHT_SHARE ? nightTime(r) : 7 * 3600 + r.nextInt(17 * 3600);
  }

  static int nightTime(SplittableRandom r) {
    return 2 * 3600 + r.nextInt(3 * 3600);
  }

  static int daytime(SplittableRandom r) {
    return 8 * 3600 + r.nextInt(14 * 3600);
  }

  static boolean isNight(int secondOfDay) {
    return secondOfDay >= 2 * 3600 && secondOfDay < 5 * 3600;
  }

  /** The customer's own phone, now and then a second one; fraud rings share a few devices. */
  static String device(Borrower b) {
    if (b.fraud) {
      return "ring-" + b.profile.fraudRing() + "-" + b.random.nextInt(3);
    }
    return "dev-" + b.id() + (b.random.nextDouble() < 0.08 ? "-b" : "-a");
  }

  /** Near home; rarely in another city; fraudsters anywhere. */
  static double[] position(Borrower b) {
    SplittableRandom r = b.random;
    if (b.fraud || r.nextDouble() < 0.02) {
      double[] city = Population.city(r.nextInt(Population.cities()));
      return new double[] {
        city[0] + (r.nextDouble() - 0.5) * 0.1, city[1] + (r.nextDouble() - 0.5) * 0.1
      };
    }
    return new double[] {
      b.profile.homeLatitude() + (r.nextDouble() - 0.5) * 0.04,
      b.profile.homeLongitude() + (r.nextDouble() - 0.5) * 0.04
    };
  }

  /** Drawdown multiplier of the shopping festivals: 618 (18 June) and Double 11 (11 November). */
  static double season(LocalDate day) {
    int m = day.getMonthValue();
    int d = day.getDayOfMonth();
    if ((m == 6 && d == 18) || (m == 11 && d == 11)) {
      return 3.0;
    }
    if ((m == 6 && d >= 15 && d < 18) || (m == 11 && d >= 8 && d < 11)) {
      return 1.5;
    }
    return 1.0;
  }
}
