package dev.creditloop.app.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

  private static final byte[] KEY_1 = filled(1);
  private static final byte[] KEY_2 = filled(2);
  private static final byte[] INDEX = filled(9);

  private static byte[] filled(int b) {
    byte[] k = new byte[32];
    Arrays.fill(k, (byte) b);
    return k;
  }

  private final PersonalDataCipher underOne = new PersonalDataCipher(Map.of(1, KEY_1), 1, INDEX);

  @Test
  void aSealedValueOpensToTheSameTextAndNamesItsKey() {
    String sealed = underOne.encrypt("11010119900307123X");
    assertThat(sealed).startsWith("v1:").doesNotContain("11010119900307123X");
    assertThat(underOne.decrypt(sealed)).isEqualTo("11010119900307123X");
    assertThat(underOne.encrypt(null)).isNull();
    assertThat(underOne.decrypt(null)).isNull();
  }

  @Test
  void theSameValueSealedTwiceLooksDifferent() {
    // a fresh nonce each time: equal ciphertexts would reveal equal values
    assertThat(underOne.encrypt("13812345678")).isNotEqualTo(underOne.encrypt("13812345678"));
  }

  @Test
  void anAlteredValueIsRefused() {
    String sealed = underOne.encrypt("13812345678");
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
    bytes[bytes.length / 2] ^= 1;
    String altered = "v1:" + Base64.getEncoder().encodeToString(bytes);
    assertThatThrownBy(() -> underOne.decrypt(altered))
        .isInstanceOf(PersonalDataException.class)
        .hasMessageContaining("integrity");
    assertThatThrownBy(() -> underOne.decrypt("13812345678"))
        .isInstanceOf(PersonalDataException.class);
  }

  @Test
  void afterRotationOldValuesStillOpenAndNewOnesUseTheCurrentKey() {
    String old = underOne.encrypt("13812345678");
    PersonalDataCipher rotated = new PersonalDataCipher(Map.of(1, KEY_1, 2, KEY_2), 2, INDEX);
    assertThat(rotated.decrypt(old)).isEqualTo("13812345678");
    assertThat(rotated.underCurrentKey(old)).isFalse();
    String fresh = rotated.encrypt("13812345678");
    assertThat(fresh).startsWith("v2:");
    assertThat(rotated.underCurrentKey(fresh)).isTrue();
    // the old server cannot open what the new key sealed
    assertThatThrownBy(() -> underOne.decrypt(fresh))
        .isInstanceOf(PersonalDataException.class)
        .hasMessageContaining("key 2");
  }

  @Test
  void aWrongKeyUnderTheSameIdIsRefused() {
    PersonalDataCipher other = new PersonalDataCipher(Map.of(1, KEY_2), 1, INDEX);
    String sealed = underOne.encrypt("13812345678");
    assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(PersonalDataException.class);
  }

  @Test
  void keysMustBeAes256AndTheCurrentOneConfigured() {
    assertThatThrownBy(() -> new PersonalDataCipher(Map.of(1, new byte[16]), 1, INDEX))
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> new PersonalDataCipher(Map.of(1, KEY_1), 2, INDEX))
        .hasMessageContaining("current");
    assertThatThrownBy(() -> new PersonalDataCipher(Map.of(1, KEY_1), 1, new byte[8]))
        .hasMessageContaining("index key");
  }

  @Test
  void theBlindIndexIgnoresHowAValueWasTypedButNotWhichFieldItIs() {
    assertThat(underOne.index(PersonalField.ID_NUMBER, "110101-19900307-123x"))
        .isEqualTo(underOne.index(PersonalField.ID_NUMBER, " 11010119900307123X"))
        .hasSize(64);
    assertThat(underOne.index(PersonalField.PHONE, "+86 138-1234-5678"))
        .isEqualTo(underOne.index(PersonalField.PHONE, "13812345678"))
        .isEqualTo(underOne.index(PersonalField.PHONE, "0086 13812345678"))
        .isNotEqualTo(underOne.index(PersonalField.ID_NUMBER, "13812345678"))
        .isNotEqualTo(underOne.index(PersonalField.PHONE, "13812345679"));
    // another index key, another index: the index is useless without the key
    assertThat(
            new PersonalDataCipher(Map.of(1, KEY_1), 1, filled(8))
                .index(PersonalField.PHONE, "13812345678"))
        .isNotEqualTo(underOne.index(PersonalField.PHONE, "13812345678"));
  }

  @Test
  void normalisationKeepsWhatIdentifiesThePerson() {
    assertThat(PersonalField.ID_NUMBER.normalise("110101 19900307-123x"))
        .isEqualTo("11010119900307123X");
    assertThat(PersonalField.PHONE.normalise("+86 (138) 1234-5678")).isEqualTo("13812345678");
    assertThat(PersonalField.PHONE.normalise("0086-13812345678")).isEqualTo("13812345678");
    // an 11-digit number that starts with 86 is a number, not a prefix
    assertThat(PersonalField.PHONE.normalise("86123456789")).isEqualTo("86123456789");
  }

  @Test
  void theKeysComeFromSettingsOrFromTheDevelopmentDefault() {
    String k1 = Base64.getEncoder().encodeToString(KEY_1);
    String k2 = Base64.getEncoder().encodeToString(KEY_2);
    String ix = Base64.getEncoder().encodeToString(INDEX);
    PersonalDataCipher configured =
        PersonalDataKeys.cipher(
            new PersonalDataKeys.Settings("1:" + k1 + ", 2:" + k2, null, ix, null));
    assertThat(configured.currentKey()).isEqualTo(2);
    assertThat(configured.decrypt(underOne.encrypt("x"))).isEqualTo("x");
    assertThat(
            PersonalDataKeys.cipher(
                    new PersonalDataKeys.Settings("1:" + k1 + ",2:" + k2, 1, ix, null))
                .currentKey())
        .isEqualTo(1);
    assertThatThrownBy(
            () ->
                PersonalDataKeys.cipher(new PersonalDataKeys.Settings("1:" + k1, null, null, null)))
        .hasMessageContaining("both");
    assertThatThrownBy(
            () ->
                PersonalDataKeys.cipher(new PersonalDataKeys.Settings("one:" + k1, null, ix, null)))
        .hasMessageContaining("number");
    PersonalDataCipher development =
        PersonalDataKeys.cipher(new PersonalDataKeys.Settings(null, null, null, null));
    // derived, not random: a development database opens again after a restart
    assertThat(
            PersonalDataKeys.cipher(new PersonalDataKeys.Settings(null, null, null, null))
                .decrypt(development.encrypt("x")))
        .isEqualTo("x");
  }

  @Test
  void whileTheIndexKeyRotatesALookupMatchesUnderBothKeysAndNewValuesUseTheCurrentOne() {
    byte[] newIndex = filled(8);
    PersonalDataCipher rotating =
        new PersonalDataCipher(Map.of(1, KEY_1), 1, Map.of(1, INDEX, 2, newIndex), 2);
    PersonalDataCipher after = new PersonalDataCipher(Map.of(1, KEY_1), 1, Map.of(2, newIndex), 2);
    String oldIndex = underOne.index(PersonalField.PHONE, "13812345678");
    String currentIndex = after.index(PersonalField.PHONE, "+86 138-1234-5678");
    assertThat(currentIndex).isNotEqualTo(oldIndex);
    assertThat(rotating.index(PersonalField.PHONE, "13812345678")).isEqualTo(currentIndex);
    assertThat(rotating.lookupIndexes(PersonalField.PHONE, "13812345678"))
        .containsExactly(currentIndex, oldIndex);
    assertThat(after.lookupIndexes(PersonalField.PHONE, "13812345678"))
        .containsExactly(currentIndex);
    assertThat(rotating.currentIndexKey()).isEqualTo(2);
    assertThatThrownBy(() -> new PersonalDataCipher(Map.of(1, KEY_1), 1, Map.of(1, INDEX), 2))
        .hasMessageContaining("index key 2");
  }

  @Test
  void theIndexKeySettingIsOneKeyOrIdPairs() {
    String k1 = Base64.getEncoder().encodeToString(KEY_1);
    String ix = Base64.getEncoder().encodeToString(INDEX);
    String ix2 = Base64.getEncoder().encodeToString(filled(8));
    PersonalDataCipher single =
        PersonalDataKeys.cipher(new PersonalDataKeys.Settings("1:" + k1, null, ix, null));
    assertThat(single.currentIndexKey()).as("a plain key is index key 1").isEqualTo(1);
    assertThat(single.index(PersonalField.ID_NUMBER, "x"))
        .isEqualTo(underOne.index(PersonalField.ID_NUMBER, "x"));
    PersonalDataCipher pairs =
        PersonalDataKeys.cipher(
            new PersonalDataKeys.Settings("1:" + k1, null, "1:" + ix + ",2:" + ix2, null));
    assertThat(pairs.currentIndexKey()).as("the highest id by default").isEqualTo(2);
    assertThat(pairs.lookupIndexes(PersonalField.ID_NUMBER, "x"))
        .hasSize(2)
        .endsWith(underOne.index(PersonalField.ID_NUMBER, "x"));
    assertThat(
            PersonalDataKeys.cipher(
                    new PersonalDataKeys.Settings("1:" + k1, null, "1:" + ix + ",2:" + ix2, 1))
                .index(PersonalField.ID_NUMBER, "x"))
        .isEqualTo(underOne.index(PersonalField.ID_NUMBER, "x"));
    assertThatThrownBy(
            () ->
                PersonalDataKeys.cipher(
                    new PersonalDataKeys.Settings("1:" + k1, null, "x:" + ix, null)))
        .hasMessageContaining("creditloop.personal-data.index-key")
        .hasMessageNotContaining(ix);
  }
}
