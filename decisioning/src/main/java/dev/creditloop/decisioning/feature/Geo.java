package dev.creditloop.decisioning.feature;

/** Great-circle distances and the speeds they imply. */
final class Geo {

  /** Mean earth radius (IUGG), kilometres. */
  static final double EARTH_RADIUS_KM = 6371.0088;

  /**
   * Two fixes closer in time than this are taken as this far apart: device clocks jitter, and a
   * zero interval would turn the same place reported twice into an infinite speed.
   */
  static final long MIN_INTERVAL_MILLIS = 60_000;

  private Geo() {}

  /** Haversine distance in kilometres between two positions in decimal degrees. */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** Speed in km/h to cover the distance in the interval, never less than a minute. */
  static double kmh(double lat1, double lon1, double lat2, double lon2, long intervalMillis) {
    double hours = Math.max(intervalMillis, MIN_INTERVAL_MILLIS) / 3_600_000.0;
    return km(lat1, lon1, lat2, lon2) / hours;
  }
}
