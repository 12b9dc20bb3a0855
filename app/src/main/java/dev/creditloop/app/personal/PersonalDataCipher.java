package dev.creditloop.app.personal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal values with AES-256-GCM and hashes them for lookups with HMAC-SHA256. A stored
 * value reads {@code v<keyId>:<base64(nonce | ciphertext | tag)>}: it names the key that sealed it,
 * so values sealed under an older key still open after the current key has moved on (rotation), and
 * the GCM tag refuses any altered value. Thread-safe: a {@link Cipher} is made per call
 * (microseconds), the index's {@link Mac} is kept per thread (every decision screens a customer's
 * ID number and phone), the keys never change.
 */
public final class PersonalDataCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final Map<Integer, SecretKey> keys;
  private final int currentKey;
  private final Map<Integer, SecretKey> indexKeys;
  private final int currentIndexKey;

  /** The index keys a lookup hashes under: the current one first, then the others. */
  private final List<SecretKey> lookupKeys;

  private final SecureRandom random = new SecureRandom();

  /** One HMAC per index key and thread, initialised once: a blind index costs no key setup. */
  private final ThreadLocal<Map<SecretKey, Mac>> indexMacs =
      ThreadLocal.withInitial(java.util.HashMap::new);

  /**
   * @param keys AES keys by id, each 32 bytes
   * @param currentKey the id new values are sealed under
   * @param indexKey the blind index's HMAC key (id 1), at least 32 bytes; never one of the AES keys
   */
  public PersonalDataCipher(Map<Integer, byte[]> keys, int currentKey, byte[] indexKey) {
    this(keys, currentKey, Map.of(1, indexKey), 1);
  }

  /**
   * @param keys AES keys by id, each 32 bytes
   * @param currentKey the id new values are sealed under
   * @param indexKeys the blind index's HMAC keys by id, each at least 32 bytes: the current one
   *     and, while an index rotation runs, the one it rotates from
   * @param currentIndexKey the id new values are indexed under
   */
  public PersonalDataCipher(
      Map<Integer, byte[]> keys,
      int currentKey,
      Map<Integer, byte[]> indexKeys,
      int currentIndexKey) {
    if (!keys.containsKey(currentKey)) {
      throw new IllegalArgumentException(
          "the current personal-data key "
              + currentKey
              + " is not among the keys "
              + keys.keySet());
    }
    Map<Integer, SecretKey> aes = new TreeMap<>();
    keys.forEach(
        (id, bytes) -> {
          if (id < 0) {
            throw new IllegalArgumentException("personal-data key ids are numbers from 0");
          }
          if (bytes.length != 32) {
            throw new IllegalArgumentException(
                "personal-data key " + id + " must be 32 bytes (AES-256), is " + bytes.length);
          }
          aes.put(id, new SecretKeySpec(bytes, "AES"));
        });
    if (!indexKeys.containsKey(currentIndexKey)) {
      throw new IllegalArgumentException(
          "the current personal-data index key "
              + currentIndexKey
              + " is not among the index keys "
              + indexKeys.keySet());
    }
    Map<Integer, SecretKey> hmac = new TreeMap<>();
    indexKeys.forEach(
        (id, bytes) -> {
          if (bytes.length < 32) {
            throw new IllegalArgumentException(
                "the personal-data index key "
                    + id
                    + " must be at least 32 bytes, is "
                    + bytes.length);
          }
          hmac.put(id, new SecretKeySpec(bytes.clone(), "HmacSHA256"));
        });
    this.keys = Map.copyOf(aes);
    this.currentKey = currentKey;
    this.indexKeys = Map.copyOf(hmac);
    this.currentIndexKey = currentIndexKey;
    List<SecretKey> lookup = new ArrayList<>();
    lookup.add(hmac.get(currentIndexKey));
    hmac.forEach(
        (id, key) -> {
          if (id != currentIndexKey) {
            lookup.add(key);
          }
        });
    this.lookupKeys = List.copyOf(lookup);
  }

  /** Seals {@code clear} under the current key with a fresh random nonce; null stays null. */
  public String encrypt(String clear) {
    if (clear == null) {
      return null;
    }
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(Cipher.ENCRYPT_MODE, keys.get(currentKey), new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = aes.doFinal(clear.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
      return "v" + currentKey + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is in every JVM", e);
    }
  }

  /** Opens a value sealed under any configured key; null stays null. */
  public String decrypt(String stored) {
    if (stored == null) {
      return null;
    }
    int colon = stored.indexOf(':');
    if (!stored.startsWith("v") || colon < 2) {
      throw new PersonalDataException("not a sealed personal value");
    }
    int keyId;
    byte[] bytes;
    try {
      keyId = Integer.parseInt(stored.substring(1, colon));
      bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      throw new PersonalDataException("not a sealed personal value");
    }
    SecretKey key = keys.get(keyId);
    if (key == null) {
      throw new PersonalDataException(
          "personal value sealed under key " + keyId + ", which is not configured");
    }
    if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new PersonalDataException("sealed personal value too short");
    }
    try {
      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      return new String(
          aes.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (javax.crypto.AEADBadTagException e) {
      // altered, or sealed under another key with the same id: both mean the value cannot be
      // trusted
      throw new PersonalDataException(
          "personal value under key " + keyId + " failed its integrity check");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is in every JVM", e);
    }
  }

  /** Whether {@code stored} is sealed under the current key (rotation leaves those alone). */
  public boolean underCurrentKey(String stored) {
    return stored != null && stored.startsWith("v" + currentKey + ":");
  }

  /**
   * The blind index under the current index key: HMAC-SHA256 of the field and its normalised value,
   * hex; null stays null. What a new row stores.
   */
  public String index(PersonalField field, String value) {
    return index(indexKeys.get(currentIndexKey), field, value);
  }

  /**
   * The blind indexes a lookup matches on: under the current index key first, then under every
   * other configured index key (while an index rotation runs, rows not yet rotated still hold the
   * old key's value). One value once the old key has been removed from the configuration.
   */
  public List<String> lookupIndexes(PersonalField field, String value) {
    if (value == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(lookupKeys.size());
    for (SecretKey key : lookupKeys) {
      out.add(index(key, field, value));
    }
    return out;
  }

  /** The id of the index key new values are indexed under. */
  public int currentIndexKey() {
    return currentIndexKey;
  }

  private String index(SecretKey indexKey, PersonalField field, String value) {
    if (value == null) {
      return null;
    }
    // the field is hashed too: an ID number and a phone with the same digits never share an index
    return HexFormat.of()
        .formatHex(
            indexMacs
                .get()
                .computeIfAbsent(indexKey, PersonalDataCipher::newIndexMac)
                .doFinal(
                    (field.name() + ":" + field.normalise(value))
                        .getBytes(StandardCharsets.UTF_8)));
  }

  private static Mac newIndexMac(SecretKey indexKey) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(indexKey);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is in every JVM", e);
    }
  }

  public int currentKey() {
    return currentKey;
  }
}
