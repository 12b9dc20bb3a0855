package dev.creditloop.tools.bcard;

import java.time.LocalDate;
import java.util.List;

/**
 * The book as seen at the end of one simulated month: one row per customer holding a line by then
 * and not already 60+ days past due, with the behaviour features the decisioning catalogue computes
 * as of that instant, and the outcome over the following six months.
 *
 * @param featureNames catalogue slot names, the order of each row of {@code features}
 * @param features per customer, in catalogue slot order; NaN = missing
 * @param bad whether any loan of the customer reached M3 (61+ days past due) within six months
 * @param propensity the simulator's true monthly default propensity: never a model input, only the
 *     ceiling a card is measured against
 * @param excludedAlready60Plus customers left out because a loan was M3 or worse at observation
 */
record Observation(
    int month,
    LocalDate date,
    List<String> featureNames,
    long[] customers,
    double[][] features,
    boolean[] bad,
    double[] propensity,
    int excludedAlready60Plus) {

  int size() {
    return customers.length;
  }

  int bads() {
    int n = 0;
    for (boolean b : bad) {
      n += b ? 1 : 0;
    }
    return n;
  }

  double badRate() {
    return size() == 0 ? 0 : (double) bads() / size();
  }
}
