package dev.creditloop.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

  @Test
  void idNumbersKeepTheFirstThreeAndLastFourCharacters() {
    assertThat(PersonalData.maskIdNumber("110101199003071234")).isEqualTo("110***********1234");
    assertThat(PersonalData.maskIdNumber("11010119900307123X")).isEqualTo("110***********123X");
    assertThat(PersonalData.maskIdNumber("110101900307123")).isEqualTo("110********7123");
  }

  @Test
  void phonesKeepTheCarrierPrefixAndLastFour() {
    assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
  }

  @Test
  void aValueTooShortToKeepBothEndsIsHiddenWhole() {
    assertThat(PersonalData.maskPhone("12345678")).isEqualTo("********");
    assertThat(PersonalData.maskIdNumber("")).isEmpty();
    assertThat(PersonalData.maskPhone(null)).isNull();
  }
}
