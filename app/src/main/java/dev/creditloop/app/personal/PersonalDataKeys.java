package dev.creditloop.app.personal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The keys, from {@code creditloop.personal-data.*} or the environment ({@code
 * CREDITLOOP_PERSONALDATA_KEYS}, {@code CREDITLOOP_PERSONALDATA_CURRENTKEY}, {@code
 * CREDITLOOP_PERSONALDATA_INDEXKEY}). With none configured the server runs on development keys
 * derived from fixed text, and says loudly that production must not.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonalDataKeys.Settings.class)
class PersonalDataKeys {

  private static final Logger log = LoggerFactory.getLogger(PersonalDataKeys.class);

  /**
   * @param keys {@code id:base64(32 bytes)} pairs separated by commas, e.g. {@code 1:...,2:...}
   * @param currentKey the id new values are sealed under; absent: the highest id
   * @param indexKey the blind index's HMAC key: base64 of at least 32 bytes (key id 1), or {@code
   *     id:base64} pairs separated by commas while the index key is rotated
   * @param currentIndexKey the index key id new values are indexed under; absent: the highest id
   */
  @ConfigurationProperties("creditloop.personal-data")
  record Settings(String keys, Integer currentKey, String indexKey, Integer currentIndexKey) {}

  @Bean
  PersonalDataCipher personalDataCipher(Settings settings) {
    return cipher(settings);
  }

  static PersonalDataCipher cipher(Settings s) {
    boolean keys = s.keys() != null && !s.keys().isBlank();
    boolean index = s.indexKey() != null && !s.indexKey().isBlank();
    if (keys != index) {
      // half a configuration would seal with real keys but hash with the published development key
      throw new IllegalStateException(
          "set both creditloop.personal-data.keys and creditloop.personal-data.index-key, or neither");
    }
    if (!keys) {
      log.warn(
          "*** PERSONAL DATA IS ENCRYPTED WITH THE PUBLIC DEVELOPMENT KEYS: production must set "
              + "creditloop.personal-data.keys and creditloop.personal-data.index-key (CREDITLOOP_PERSONALDATA_KEYS, "
              + "CREDITLOOP_PERSONALDATA_INDEXKEY); see docs/personal-data.md ***");
      return new PersonalDataCipher(
          Map.of(1, derived("creditloop development personal-data key 1")),
          1,
          derived("creditloop development personal-data index key"));
    }
    Map<Integer, byte[]> parsed = parse(s.keys());
    int current =
        s.currentKey() != null
            ? s.currentKey()
            : parsed.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
    Map<Integer, byte[]> indexKeys =
        s.indexKey().contains(":")
            ? parse("creditloop.personal-data.index-key", s.indexKey())
            : Map.of(1, base64("creditloop.personal-data.index-key", s.indexKey()));
    int currentIndex =
        s.currentIndexKey() != null
            ? s.currentIndexKey()
            : indexKeys.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
    return new PersonalDataCipher(parsed, current, indexKeys, currentIndex);
  }

  static Map<Integer, byte[]> parse(String keys) {
    return parse("creditloop.personal-data.keys", keys);
  }

  private static Map<Integer, byte[]> parse(String setting, String keys) {
    Map<Integer, byte[]> out = new LinkedHashMap<>();
    for (String pair : keys.split(",")) {
      String p = pair.trim();
      int colon = p.indexOf(':');
      if (colon < 1) {
        throw new IllegalStateException(setting + ": expected id:base64 pairs separated by commas");
      }
      int id;
      try {
        id = Integer.parseInt(p.substring(0, colon).trim());
      } catch (NumberFormatException e) {
        throw new IllegalStateException(setting + ": a key id must be a number");
      }
      if (out.put(id, base64(setting + " (key " + id + ")", p.substring(colon + 1).trim()))
          != null) {
        throw new IllegalStateException(setting + ": key id " + id + " given twice");
      }
    }
    return out;
  }

  private static byte[] base64(String setting, String value) {
    try {
      return Base64.getDecoder().decode(value.trim());
    } catch (IllegalArgumentException e) {
      // the message names the setting, never the value
      throw new IllegalStateException(setting + " is not base64");
    }
  }

  private static byte[] derived(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM ships SHA-256", e);
    }
  }
}
