package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.decisioning.persistence.JdbcListEntries;
import dev.creditloop.app.personal.PersonalDataCipher;
import dev.creditloop.app.personal.PersonalField;
import dev.creditloop.decisioning.list.KeyType;
import dev.creditloop.decisioning.list.ListKey;
import dev.creditloop.decisioning.list.ListType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rotating the blind-index key on a database of its own: the book was indexed under index key 1;
 * the server now has keys 1 and 2 with 2 current. Before the rotation a customer is still found by
 * its ID number and a list entry still hits (lookups under both keys); the rotation recomputes
 * every index under key 2, is audited, and a second run changes nothing; afterwards the same
 * lookups work and no row holds a key-1 index value.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "creditloop.demo.enabled=false",
      "creditloop.business-clock.time-of-day=11:00",
      "creditloop.security.bootstrap-admin-password=" + BlindIndexRotationIT.PASSWORD,
      "creditloop.four-eyes.commands="
    })
class BlindIndexRotationIT {

  static final String PASSWORD = "index-admin-password";
  private static final byte[] KEY = filled(1);
  private static final byte[] OLD_INDEX = filled(9);
  private static final byte[] NEW_INDEX = filled(7);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static byte[] filled(int b) {
    byte[] k = new byte[32];
    Arrays.fill(k, (byte) b);
    return k;
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.datasource.url",
        () ->
            "jdbc:h2:mem:index_"
                + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    registry.add("creditloop.personal-data.keys", () -> "1:" + b64(KEY));
    registry.add(
        "creditloop.personal-data.index-key", () -> "1:" + b64(OLD_INDEX) + ",2:" + b64(NEW_INDEX));
    registry.add("creditloop.personal-data.current-index-key", () -> "2");
  }

  @LocalServerPort int port;

  @Autowired JdbcClient jdbc;

  @Autowired JdbcListEntries lists;

  private final PersonalDataCipher oldKey = new PersonalDataCipher(Map.of(1, KEY), 1, OLD_INDEX);
  private final PersonalDataCipher newKey =
      new PersonalDataCipher(Map.of(1, KEY), 1, Map.of(2, NEW_INDEX), 2);

  private HttpResponse<String> call(String path, Object body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header(
                "Authorization",
                "Basic " + b64(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private long register(String idNumber, String phone, int expected) throws Exception {
    HttpResponse<String> r =
        call(
            "/api/v1/customers",
            Map.of("name", "Index Person", "idNumber", idNumber, "phone", phone));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(expected);
    return JSON.readTree(r.body()).get("id").asLong();
  }

  private boolean listed(String phone) {
    return !lists
        .liveEntries(List.of(ListKey.of(KeyType.PHONE, phone).orElseThrow()), Instant.now())
        .isEmpty();
  }

  @Test
  void theIndexKeyRotatesWhileLookupsKeepFindingTheBook() throws Exception {
    String idNumber = "32010119880808123X";
    String phone = "13711112222";
    long id = register(idNumber, phone, 201);
    lists.add(
        ListType.BLACK,
        ListKey.of(KeyType.PHONE, phone).orElseThrow(),
        "fraud",
        null,
        "test",
        Instant.now().minusSeconds(60));
    // the book as it was indexed before the server got index key 2
    jdbc.sql("update customer set id_number_idx = ?, phone_idx = ? where id = ?")
        .params(
            oldKey.index(PersonalField.ID_NUMBER, idNumber),
            oldKey.index(PersonalField.PHONE, phone),
            id)
        .update();
    jdbc.sql("update list_entry set key_value = ? where key_type = 'PHONE'")
        .param(oldKey.index(PersonalField.PHONE, phone))
        .update();

    // during: found under the old key
    assertThat(register(idNumber, phone, 200)).as("the same person again").isEqualTo(id);
    assertThat(listed(phone)).as("the black-listed phone still hits").isTrue();

    HttpResponse<String> rotated = call("/api/v1/personal-data/rotate-index", Map.of());
    assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
    JsonNode answer = JSON.readTree(rotated.body());
    assertThat(answer.get("indexKey").asInt()).isEqualTo(2);
    assertThat(answer.get("customers").asLong()).isEqualTo(1);
    assertThat(answer.get("listEntries").asLong()).isEqualTo(1);
    JsonNode again = JSON.readTree(call("/api/v1/personal-data/rotate-index", Map.of()).body());
    assertThat(again.get("customers").asLong()).as("nothing left to rotate").isZero();
    assertThat(again.get("listEntries").asLong()).isZero();

    // after: the stored values are the new key's, none of the old key's is left
    assertThat(
            jdbc.sql("select id_number_idx from customer where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo(newKey.index(PersonalField.ID_NUMBER, idNumber));
    assertThat(
            jdbc.sql("select count(*) from customer where id_number_idx = ? or phone_idx = ?")
                .params(
                    oldKey.index(PersonalField.ID_NUMBER, idNumber),
                    oldKey.index(PersonalField.PHONE, phone))
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("select key_value from list_entry where key_type = 'PHONE'")
                .query(String.class)
                .list())
        .containsExactly(newKey.index(PersonalField.PHONE, phone));
    assertThat(register(idNumber, phone, 200)).isEqualTo(id);
    assertThat(listed(phone)).isTrue();
    assertThat(listed("13799998888")).as("a phone never listed").isFalse();

    assertThat(
            jdbc.sql(
                    "select count(*) from audit_record where action = 'POST /api/v1/personal-data/rotate-index' and status = 200")
                .query(Long.class)
                .single())
        .as("each rotation audited")
        .isEqualTo(2);
  }
}
