package dev.creditloop.servicing.delinquency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BucketTest {

  @ParameterizedTest
  @CsvSource({
    "0,M0",
    "1,M1",
    "30,M1",
    "31,M2",
    "60,M2",
    "61,M3",
    "90,M3",
    "91,M4",
    "120,M4",
    "121,M5",
    "150,M5",
    "151,M6",
    "180,M6",
    "181,M6_PLUS",
    "1000,M6_PLUS"
  })
  void bucketBoundaries(int dpd, Bucket bucket) {
    assertThat(Bucket.of(dpd)).isEqualTo(bucket);
  }

  @Test
  void refusesNegativeDaysPastDue() {
    assertThatThrownBy(() -> Bucket.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
