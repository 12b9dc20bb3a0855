package dev.creditloop.decisioning.event;

/** A position in decimal degrees (WGS 84), as reported by the customer's device. */
public record GeoPoint(double latitude, double longitude) {

  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("not a position: " + latitude + ", " + longitude);
    }
  }
}
