package dev.creditloop.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the integration tests: the real server on a random port over real HTTP, on a database of
 * its own. H2 in memory by default; with {@code CREDITLOOP_IT_DB_URL} set (CI), a fresh PostgreSQL
 * schema per test JVM, dropped at exit. The book's clock reads 11:00 on the business date.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Business instants at a fixed daytime hour, so night-time rules never depend on when CI runs. The
// tests close days months past the wall clock, some of them over a year in one call.
@org.springframework.test.context.TestPropertySource(
    properties = {
      "creditloop.business-clock.time-of-day=11:00",
      "creditloop.close.max-days-ahead=36500",
      "creditloop.close.max-days-per-call=366",
      // Several test contexts share one database: small pools keep them under PostgreSQL's
      // connection limit.
      "spring.datasource.hikari.maximum-pool-size=10",
      "creditloop.security.bootstrap-admin-password=" + ApiIT.ADMIN_PASSWORD,
      // Four-eyes holds nothing in the tests whose meaning is not about it (FourEyesIT turns it
      // on).
      "creditloop.four-eyes.commands="
    })
public abstract class ApiIT {

  protected static final JsonMapper JSON = JsonMapper.builder().build();

  /** The bootstrap administrator's password in tests. */
  protected static final String ADMIN_PASSWORD = "it-admin-password";

  /**
   * A user holding every role: the default caller of the tests, whose meaning is not about access.
   */
  protected static final String ALL_ROLES_USER = "it-all";

  protected static final String TEST_PASSWORD = "it-password-123";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String PG_URL = System.getenv("CREDITLOOP_IT_DB_URL");

  /**
   * One database (H2) or schema (PostgreSQL) per test JVM; contexts cached across classes share it.
   */
  private static final String NAME =
      "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

  static {
    if (PG_URL != null && !PG_URL.isBlank()) {
      Runtime.getRuntime().addShutdownHook(new Thread(ApiIT::dropSchema));
    }
  }

  @LocalServerPort protected int port;

  @org.springframework.beans.factory.annotation.Autowired
  private dev.creditloop.app.security.UserAdministration userAdministration;

  @org.springframework.beans.factory.annotation.Autowired
  private dev.creditloop.app.security.StaffUsers staffUsers;

  /** The Authorization header every call sends; null sends none. */
  private String authorization = basic(ALL_ROLES_USER, TEST_PASSWORD);

  @org.junit.jupiter.api.BeforeEach
  void signInAsAllRoles() {
    ensureUser(ALL_ROLES_USER, dev.creditloop.app.security.Role.values());
    authorization = basic(ALL_ROLES_USER, TEST_PASSWORD);
  }

  /** Creates the user with {@link #TEST_PASSWORD} and these roles unless it exists. */
  protected void ensureUser(String username, dev.creditloop.app.security.Role... roles) {
    ensureUser(username, null, roles);
  }

  /** As {@link #ensureUser(String, dev.creditloop.app.security.Role...)}, scoped to an agency. */
  protected void ensureUser(
      String username, String agency, dev.creditloop.app.security.Role... roles) {
    if (!staffUsers.exists(username)) {
      userAdministration.create(
          username, TEST_PASSWORD, java.util.List.of(roles), agency, null, "test");
    }
  }

  /** Later calls of this test go as that user (password {@link #TEST_PASSWORD} unless given). */
  protected void signInAs(String username) {
    signInAs(username, TEST_PASSWORD);
  }

  protected void signInAs(String username, String password) {
    authorization = basic(username, password);
  }

  /** Later calls of this test send this personal API token ({@code Authorization: Bearer ...}). */
  protected void signInWithToken(String token) {
    authorization = "Bearer " + token;
  }

  /** Later calls of this test send no credentials. */
  protected void signOut() {
    authorization = null;
  }

  protected static String basic(String username, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("creditloop.demo.enabled", () -> "false");
    if (PG_URL == null || PG_URL.isBlank()) {
      registry.add(
          "spring.datasource.url",
          () ->
              "jdbc:h2:mem:"
                  + NAME
                  + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
      return;
    }
    registry.add(
        "spring.datasource.url",
        () -> PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + NAME);
    registry.add("spring.flyway.schemas", () -> NAME);
    registry.add("spring.flyway.default-schema", () -> NAME);
  }

  /** The schema (PostgreSQL) or database name (H2) the shared test database uses. */
  protected static String sharedName() {
    return NAME;
  }

  private static void dropSchema() {
    try (Connection c = DriverManager.getConnection(PG_URL);
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + NAME + " cascade");
    } catch (SQLException e) {
      System.err.println("could not drop test schema " + NAME + ": " + e.getMessage());
    }
  }

  protected record Response(int status, String contentType, JsonNode body, String raw) {}

  protected Response get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), null);
  }

  protected Response post(String path, Object body) {
    return post(path, body, Map.of());
  }

  protected Response post(String path, Object body, Map<String, String> headers) {
    String text = body instanceof String s ? s : JSON.writeValueAsString(body);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(text));
    headers.forEach(b::header);
    return send(b, text);
  }

  /**
   * Every item of a paged list endpoint ({@code {items, nextCursor}}), following the cursors page
   * by page; {@code path} may carry filters.
   */
  protected java.util.List<JsonNode> getAll(String path) {
    java.util.List<JsonNode> all = new java.util.ArrayList<>();
    String cursor = null;
    do {
      String sep = path.contains("?") ? "&" : "?";
      Response page = get(path + sep + "limit=500" + (cursor == null ? "" : "&cursor=" + cursor));
      if (page.status() != 200) {
        throw new AssertionError(path + ": " + page.status() + " " + page.raw());
      }
      page.body().get("items").forEach(all::add);
      JsonNode next = page.body().get("nextCursor");
      cursor = next == null || next.isNull() ? null : next.asString();
    } while (cursor != null);
    return all;
  }

  protected Response delete(String path) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE(), null);
  }

  /** Any method with a raw body of the given content type (null body: none). */
  protected Response call(String method, String path, String body, String contentType) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b, body);
  }

  private Response send(HttpRequest.Builder builder, String ignored) {
    if (authorization != null) {
      builder.setHeader("Authorization", authorization);
    }
    try {
      HttpResponse<String> r =
          HTTP.send(
              builder.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      String ct = r.headers().firstValue("Content-Type").orElse("");
      JsonNode node = r.body().isBlank() || !ct.contains("json") ? null : JSON.readTree(r.body());
      return new Response(r.statusCode(), ct, node, r.body());
    } catch (Exception e) {
      throw new AssertionError("HTTP call failed: " + e, e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
