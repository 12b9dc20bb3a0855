package dev.creditloop.decisioning.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArmAssignmentTest {

  static final ArmAssignment NINETY_TEN =
      new ArmAssignment(
          "drawdown-2025-06",
          List.of(
              new ArmAssignment.Arm("champion", 3, 90),
              new ArmAssignment.Arm("challenger", 4, 10)));

  @Test
  void sharesAreHonouredWithinOnePercentOverAHundredThousandCustomers() {
    int challenger = 0;
    for (long id = 1; id <= 100_000; id++) {
      if (NINETY_TEN.assign(id).name().equals("challenger")) {
        challenger++;
      }
    }
    assertThat(challenger / 100_000.0).isCloseTo(0.10, within(0.01));
  }

  @Test
  void sharesHoldForScatteredIdsAndThreeArmsToo() {
    ArmAssignment thirds =
        new ArmAssignment(
            "x",
            List.of(
                new ArmAssignment.Arm("a", 1, 33.33),
                new ArmAssignment.Arm("b", 2, 33.33),
                new ArmAssignment.Arm("c", 3, 33.34)));
    int[] counts = new int[3];
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 100_000; i++) {
      counts[thirds.armIndex(random.nextLong())]++;
    }
    for (int count : counts) {
      assertThat(count / 100_000.0).isCloseTo(1 / 3.0, within(0.01));
    }
  }

  @Test
  void theSameCustomerAlwaysGetsTheSameArm() {
    ArmAssignment again =
        new ArmAssignment(
            "drawdown-2025-06",
            List.of(
                new ArmAssignment.Arm("champion", 3, 90),
                new ArmAssignment.Arm("challenger", 4, 10)));
    for (long id = 1; id <= 10_000; id++) {
      assertThat(again.assign(id)).isEqualTo(NINETY_TEN.assign(id));
      assertThat(NINETY_TEN.assign(id)).isEqualTo(NINETY_TEN.assign(id));
    }
  }

  /**
   * Fixed values: the assignment is pure arithmetic on the id and the salt's UTF-8 bytes, so any
   * JVM, any run, any machine must give these. A change here reshuffles live experiments.
   */
  @Test
  void bucketsAreTheSameOnEveryJvm() {
    assertThat(ArmAssignment.bucket(1L, "drawdown-2025-06")).isEqualTo(7375);
    assertThat(ArmAssignment.bucket(42L, "drawdown-2025-06")).isEqualTo(4052);
    assertThat(ArmAssignment.bucket(123456789L, "drawdown-2025-06")).isEqualTo(3792);
    assertThat(ArmAssignment.bucket(-7L, "drawdown-2025-06")).isEqualTo(9437);
    assertThat(ArmAssignment.bucket(Long.MAX_VALUE, "drawdown-2025-06")).isEqualTo(3217);
    assertThat(ArmAssignment.bucket(42L, "drawdown-2025-07")).isEqualTo(1112);
  }

  @Test
  void aNewSaltReshufflesCustomers() {
    int same = 0;
    for (long id = 1; id <= 10_000; id++) {
      if (ArmAssignment.bucket(id, "a") / 1000 == ArmAssignment.bucket(id, "b") / 1000) {
        same++;
      }
    }
    assertThat(same / 10_000.0).isCloseTo(0.10, within(0.02));
  }

  @Test
  void sharesMustAddUpToOneHundred() {
    assertThatThrownBy(
            () ->
                new ArmAssignment(
                    "s",
                    List.of(new ArmAssignment.Arm("a", 1, 60), new ArmAssignment.Arm("b", 2, 30))))
        .hasMessageContaining("add up to 90.0%");
    assertThatThrownBy(
            () ->
                new ArmAssignment(
                    "s",
                    List.of(
                        new ArmAssignment.Arm("a", 1, 50.005),
                        new ArmAssignment.Arm("a", 2, 49.995))))
        .hasMessageContaining("duplicate arm 'a'")
        .hasMessageContaining("at most two decimals");
  }
}
