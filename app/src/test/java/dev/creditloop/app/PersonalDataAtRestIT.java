package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.decisioning.persistence.JdbcListEntries;
import dev.creditloop.app.personal.PersonalDataCipher;
import dev.creditloop.app.personal.PersonalField;
import dev.creditloop.decisioning.list.KeyType;
import dev.creditloop.decisioning.list.ListKey;
import dev.creditloop.decisioning.list.ListType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
 * ID numbers and phones at rest: on an H2 file database of its own, a customer registered over the
 * API leaves neither value anywhere in the database's files, while the API answers them masked and
 * the reveal in clear. With two keys configured (the second current), values sealed under the first
 * still open and the rotation re-seals them.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "creditloop.demo.enabled=false",
      "creditloop.business-clock.time-of-day=11:00",
      "creditloop.security.bootstrap-admin-password=" + PersonalDataAtRestIT.PASSWORD,
      "creditloop.four-eyes.commands="
    })
class PersonalDataAtRestIT {

  static final String PASSWORD = "at-rest-admin-password";
  private static final byte[] KEY_1 = key(1);
  private static final byte[] INDEX = key(9);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Path DIR;

  static {
    try {
      DIR = Files.createTempDirectory("creditloop-pii");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] key(int b) {
    byte[] k = new byte[32];
    Arrays.fill(k, (byte) b);
    return k;
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.datasource.url",
        () ->
            "jdbc:h2:file:"
                + DIR.resolve("pii")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    registry.add("creditloop.personal-data.keys", () -> "1:" + b64(KEY_1) + ",2:" + b64(key(2)));
    registry.add("creditloop.personal-data.current-key", () -> "2");
    registry.add("creditloop.personal-data.index-key", () -> b64(INDEX));
  }

  @LocalServerPort int port;

  @Autowired JdbcClient jdbc;

  @Autowired JdbcListEntries lists;

  private JsonNode call(String method, String path, Object body, int expected) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header(
                "Authorization",
                "Basic " + b64(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json");
    b =
        method.equals("GET")
            ? b.GET()
            : b.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(expected);
    return JSON.readTree(r.body());
  }

  @Test
  void theDatabaseFilesHoldNeitherTheIdNumberNorThePhone() throws Exception {
    String idNumber = "31010119850202987X";
    String phone = "13987654321";
    long id =
        call(
                "POST",
                "/api/v1/customers",
                Map.of("name", "Secret Person", "idNumber", idNumber, "phone", phone),
                201)
            .get("id")
            .asLong();
    JsonNode shown = call("GET", "/api/v1/customers/" + id, null, 200);
    assertThat(shown.get("idNumber").asString()).isEqualTo("310***********987X");
    assertThat(shown.get("phone").asString()).isEqualTo("139****4321");
    assertThat(
            call(
                    "POST",
                    "/api/v1/customers/" + id + "/reveal",
                    Map.of("field", "idNumber", "reason", "test"),
                    200)
                .get("value")
                .asString())
        .isEqualTo(idNumber);
    assertThat(
            call(
                    "POST",
                    "/api/v1/customers/" + id + "/reveal",
                    Map.of("field", "phone", "reason", "test"),
                    200)
                .get("value")
                .asString())
        .isEqualTo(phone);
    // the same person again is found through the blind index
    assertThat(
            call(
                    "POST",
                    "/api/v1/customers",
                    Map.of("name", "Secret Person", "idNumber", idNumber, "phone", phone),
                    200)
                .get("id")
                .asLong())
        .isEqualTo(id);
    lists.add(
        ListType.GREY,
        ListKey.of(KeyType.PHONE, phone).orElseThrow(),
        "watch",
        null,
        "test",
        Instant.now());

    jdbc.sql("checkpoint sync").update();
    List<Path> files;
    try (Stream<Path> all = Files.walk(DIR)) {
      files = all.filter(Files::isRegularFile).toList();
    }
    assertThat(files).isNotEmpty();
    long bytesRead = 0;
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      bytesRead += bytes.length;
      for (Charset cs :
          List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
        for (String secret : List.of(idNumber, phone)) {
          assertThat(indexOf(bytes, secret.getBytes(cs)))
              .as(secret + " in " + cs + " in " + f)
              .isEqualTo(-1);
        }
      }
      // the test can fail: the masked form the audit trail keeps is there
      if (f.toString().endsWith(".mv.db")) {
        assertThat(indexOf(bytes, "310***********987X".getBytes(StandardCharsets.UTF_8)))
            .isGreaterThanOrEqualTo(0);
      }
    }
    assertThat(bytesRead).isPositive();
  }

  @Test
  void valuesSealedUnderTheOldKeyStillOpenAndTheRotationResealsThem() throws Exception {
    PersonalDataCipher old = new PersonalDataCipher(Map.of(1, KEY_1), 1, INDEX);
    String idNumber = "310101198502021111";
    jdbc.sql(
            "insert into customer (name, id_number_enc, id_number_idx, phone_enc, phone_idx, created_at) values (?, ?, ?, ?, ?, ?)")
        .params(
            "Sealed Before",
            old.encrypt(idNumber),
            old.index(PersonalField.ID_NUMBER, idNumber),
            old.encrypt("13911112222"),
            old.index(PersonalField.PHONE, "13911112222"),
            Timestamp.from(Instant.now()))
        .update();
    long id =
        jdbc.sql("select id from customer where name = 'Sealed Before'").query(Long.class).single();
    assertThat(
            call(
                    "POST",
                    "/api/v1/customers/" + id + "/reveal",
                    Map.of("field", "phone", "reason", "before"),
                    200)
                .get("value")
                .asString())
        .isEqualTo("13911112222");

    JsonNode rotated = call("POST", "/api/v1/personal-data/rotate", Map.of(), 200);
    assertThat(rotated.get("currentKey").asInt()).isEqualTo(2);
    assertThat(rotated.get("customers").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(
            jdbc.sql("select id_number_enc from customer where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .startsWith("v2:");
    assertThat(
            jdbc.sql(
                    "select count(*) from customer where id_number_enc not like 'v2:%' or phone_enc not like 'v2:%'")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            call(
                    "POST",
                    "/api/v1/customers/" + id + "/reveal",
                    Map.of("field", "idNumber", "reason", "after"),
                    200)
                .get("value")
                .asString())
        .isEqualTo(idNumber);
    assertThat(
            call("POST", "/api/v1/personal-data/rotate", Map.of(), 200).get("customers").asLong())
        .isZero();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
