package dev.creditloop.decisioning.feature;

import dev.creditloop.decisioning.event.BehaviourEvent;

/**
 * The number a source takes from each matching event. Amounts are taken in fen, whole numbers a
 * double holds exactly, so sums do not depend on the order events arrived in; features turn them
 * into yuan only when they are read.
 */
enum Measure {
  ONE(1) {
    @Override
    double value(BehaviourEvent e) {
      return 1;
    }
  },
  AMOUNT(100) {
    @Override
    double value(BehaviourEvent e) {
      return e.amount() == null ? 0 : e.amount().minor();
    }
  },
  PRINCIPAL(100) {
    @Override
    double value(BehaviourEvent e) {
      return e.principal().minor();
    }
  },
  DAYS_PAST_DUE(1) {
    @Override
    double value(BehaviourEvent e) {
      return e.daysPastDue();
    }
  },
  /** A 53-bit hash of the device id, exact in a double, for distinct counts. */
  DEVICE(1) {
    @Override
    double value(BehaviourEvent e) {
      return e.deviceId() == null ? Double.NaN : key(e.deviceId());
    }
  },
  CUSTOMER(1) {
    @Override
    double value(BehaviourEvent e) {
      return e.customerId();
    }
  },
  /** Latitude as the value, longitude as the second value. */
  POSITION(1) {
    @Override
    double value(BehaviourEvent e) {
      return e.position().latitude();
    }

    @Override
    double secondValue(BehaviourEvent e) {
      return e.position().longitude();
    }
  };

  private final double unit;

  Measure(double unit) {
    this.unit = unit;
  }

  abstract double value(BehaviourEvent e);

  double secondValue(BehaviourEvent e) {
    return Double.NaN;
  }

  /** What one reported unit is worth in stored units: 100 for yuan held as fen. */
  double unit() {
    return unit;
  }

  // FNV-1a, 64 bits, cut to 53 so the key survives the trip through a double unchanged.
  static double key(String text) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      hash ^= text.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash >>> 11;
  }
}
