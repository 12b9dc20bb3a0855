package dev.creditloop.decisioning.feature;

import java.util.Arrays;

/**
 * Which features of a catalogue a fill evaluates: a reader's features and what they are derived
 * from ({@link BehaviourCatalogue#plan}), or all of them ({@link BehaviourCatalogue#everyFeature}).
 * A strategy reads a dozen of the catalogue's hundred features; a fill by its plan computes those
 * alone and leaves the other slots as they were.
 *
 * @param slots the slots evaluated, ascending; not to be modified
 * @param catalogueSize the size of the catalogue the plan was made for
 */
public record FeaturePlan(int[] slots, int catalogueSize) {

  /** Whether the plan evaluates {@code slot}. */
  public boolean evaluates(int slot) {
    return Arrays.binarySearch(slots, slot) >= 0;
  }

  @Override
  public String toString() {
    return "FeaturePlan" + Arrays.toString(slots) + " of " + catalogueSize;
  }
}
