package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.security.Role;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Data scope over the real API: a user with an agency sees and acts on only the customers of that
 * agency and their lines, loans, reviews and decisions; anything else answers 404 as if it did not
 * exist and lists leave it out. In-house users see everything. Every customer-bearing endpoint is
 * walked against a customer of agency "east", one of "west" and an unassigned one.
 */
class DataScopeIT extends BookFixture {

  private static final String EAST = "east";
  private static final String WEST = "west";

  /** A customer with a line, a loan, a parked drawdown and a decision. */
  record Case(
      long customer,
      String idNumber,
      String phone,
      String name,
      long line,
      long loan,
      long review,
      long decision) {}

  private Case east;
  private Case west;
  private Case unassigned;

  @BeforeEach
  void book() {
    ensureUser("scope-agent-east", EAST, Role.AGENT);
    ensureUser("scope-collector-east", EAST, Role.COLLECTOR);
    ensureUser("scope-east-all-roles", EAST, Role.values());
    ensureUser("scope-operations", Role.OPERATIONS);
    product("SCOPE12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    signInAs("scope-agent-east");
    east = register();
    west = register();
    signInAs("scope-operations");
    Response assigned =
        post(
            "/api/v1/customers/" + west.customer() + "/agency",
            Map.of("agency", WEST, "reason", "west book"));
    assertThat(assigned.status()).as(assigned.raw()).isEqualTo(200);
    signInAs(ALL_ROLES_USER);
    unassigned = register();
  }

  /** Registers a customer as the signed-in user, then builds its case as an in-house user. */
  private Case register() {
    String name = "Scope " + uniquePhone();
    String idNumber = uniqueIdNumber();
    String phone = uniquePhone();
    Response r =
        post("/api/v1/customers", Map.of("name", name, "idNumber", idNumber, "phone", phone));
    assertThat(r.status()).as(r.raw()).isEqualTo(201);
    long customer = r.body().get("id").asLong();
    signInAs(ALL_ROLES_USER);
    long line = line(customer, "SCOPE12", "20000.00");
    long loan = draw(line, "1000.00", 6).get("id").asLong();
    // grey-listed, the next drawdown waits for a reviewer
    Response listed =
        post(
            "/api/v1/lists/entries",
            Map.of(
                "list", "GREY", "keyType", "ID_NUMBER", "value", idNumber, "reason", "scope test"));
    assertThat(listed.status()).as(listed.raw()).isEqualTo(201);
    Response parked =
        post(
            "/api/v1/credit-lines/" + line + "/drawdowns",
            Map.of("amount", "1000.00", "termMonths", 6));
    assertThat(parked.status()).as(parked.raw()).isEqualTo(202);
    long review = parked.body().get("reviewId").asLong();
    long decision =
        get("/api/v1/decisions?customerId=" + customer)
            .body()
            .get("items")
            .get(0)
            .get("id")
            .asLong();
    return new Case(customer, idNumber, phone, name, line, loan, review, decision);
  }

  /** Every read and write that names the case, with what an allowed caller in scope gets. */
  private Map<String, Response> walk(Case c) {
    Map<String, Response> answers = new LinkedHashMap<>();
    answers.put("GET customer", get("/api/v1/customers/" + c.customer()));
    answers.put("GET scores", get("/api/v1/customers/" + c.customer() + "/scores"));
    answers.put("GET line", get("/api/v1/credit-lines/" + c.line()));
    answers.put(
        "POST limit-changes",
        post(
            "/api/v1/credit-lines/" + c.line() + "/limit-changes",
            Map.of("newLimit", "21000.00", "reason", "scope test")));
    answers.put(
        "POST freeze",
        post("/api/v1/credit-lines/" + c.line() + "/freeze", Map.of("reason", "scope test")));
    answers.put(
        "POST unfreeze",
        post("/api/v1/credit-lines/" + c.line() + "/unfreeze", Map.of("reason", "scope test")));
    answers.put(
        "POST drawdown-decisions",
        post(
            "/api/v1/credit-lines/" + c.line() + "/drawdown-decisions",
            Map.of("amount", "100.00", "termMonths", 6)));
    answers.put(
        "POST drawdowns",
        post(
            "/api/v1/credit-lines/" + c.line() + "/drawdowns",
            Map.of("amount", "100.00", "termMonths", 6)));
    answers.put("GET loan", get("/api/v1/loans/" + c.loan()));
    answers.put("GET journal", get("/api/v1/loans/" + c.loan() + "/journal"));
    answers.put(
        "POST repayments",
        post("/api/v1/loans/" + c.loan() + "/repayments", Map.of("amount", "10.00")));
    answers.put("GET review", get("/api/v1/drawdown-reviews/" + c.review()));
    answers.put(
        "POST reject",
        post("/api/v1/drawdown-reviews/" + c.review() + "/reject", Map.of("note", "scope test")));
    answers.put("GET decision", get("/api/v1/decisions/" + c.decision()));
    answers.put(
        "POST write-off",
        post("/api/v1/loans/" + c.loan() + "/write-off", Map.of("reason", "scope test")));
    answers.put(
        "POST approve",
        post("/api/v1/drawdown-reviews/" + c.review() + "/approve", Map.of("note", "scope test")));
    return answers;
  }

  @Test
  void everyEndpointNamingAnotherAgencysOrAnUnassignedCustomerAnswersNotFound() {
    signInAs("scope-east-all-roles");
    for (Case other : List.of(west, unassigned)) {
      walk(other)
          .forEach(
              (call, r) -> {
                assertThat(r.status()).as(call + " " + r.raw()).isEqualTo(404);
                assertThat(r.body().get("code").asString()).as(call).isEqualTo("not-found");
                assertThat(r.body().get("detail").asString())
                    .as(call)
                    .matches("(customer|credit line|loan|review|decision) \\d+ does not exist");
              });
      Response grant =
          post(
              "/api/v1/credit-lines",
              Map.of(
                  "customerId",
                  other.customer(),
                  "productCode",
                  "SCOPE12",
                  "limit",
                  "1000.00",
                  "expiresOn",
                  today().plusYears(1).toString()));
      assertThat(grant.status()).as(grant.raw()).isEqualTo(422);
      assertThat(grant.body().get("code").asString()).isEqualTo("unknown-customer");
    }
    // nothing was done to them: an in-house user sees them untouched
    signInAs(ALL_ROLES_USER);
    for (Case other : List.of(west, unassigned)) {
      assertThat(lineView(other.line()).get("status").asString()).isEqualTo("ACTIVE");
      assertThat(lineView(other.line()).get("limit").asString()).isEqualTo("20000.00");
      assertThat(loan(other.loan()).get("status").asString()).isEqualTo("NORMAL");
      assertThat(get("/api/v1/drawdown-reviews/" + other.review()).body().get("status").asString())
          .isEqualTo("PENDING");
    }
  }

  @Test
  void everyEndpointNamingTheAgencysOwnCustomerAnswersAsUsual() {
    signInAs("scope-east-all-roles");
    Map<String, Response> answers = walk(east);
    answers.forEach(
        (call, r) -> {
          if (call.equals("POST approve")) {
            assertThat(r.status())
                .as(call + " " + r.raw())
                .isEqualTo(409); // rejected just before: decided, but found
          } else if (call.equals("POST drawdowns")) {
            assertThat(r.status()).as(call + " " + r.raw()).isIn(201, 202, 422);
          } else {
            assertThat(r.status()).as(call + " " + r.raw()).isIn(200, 201);
          }
        });
    Response grant =
        post(
            "/api/v1/credit-lines",
            Map.of(
                "customerId",
                east.customer(),
                "productCode",
                "SCOPE12",
                "limit",
                "1000.00",
                "expiresOn",
                today().plusYears(1).toString()));
    assertThat(grant.status()).as(grant.raw()).isEqualTo(201);
  }

  @Test
  void listsShowOnlyTheAgencysCustomers() {
    for (String user :
        List.of("scope-east-all-roles", "scope-agent-east", "scope-collector-east")) {
      signInAs(user);
      List<Long> loans = ids(getAll("/api/v1/loans"));
      assertThat(loans)
          .as(user)
          .contains(east.loan())
          .doesNotContain(west.loan(), unassigned.loan());
      assertThat(getAll("/api/v1/loans?customerId=" + west.customer())).as(user).isEmpty();
      assertThat(get("/api/v1/credit-lines?customerId=" + east.customer()).body())
          .as(user)
          .hasSize(1);
      assertThat(get("/api/v1/credit-lines?customerId=" + west.customer()).body())
          .as(user)
          .isEmpty();
      assertThat(get("/api/v1/credit-lines?customerId=" + unassigned.customer()).body())
          .as(user)
          .isEmpty();
      signInAs(ALL_ROLES_USER);
      for (long loan : loans) {
        long customer = loan(loan).get("customerId").asLong();
        assertThat(get("/api/v1/customers/" + customer).body().get("agency").asString())
            .as("loan " + loan)
            .isEqualTo(EAST);
      }
    }
    signInAs("scope-east-all-roles");
    assertThat(ids(getAll("/api/v1/drawdown-reviews?status=ALL")))
        .contains(east.review())
        .doesNotContain(west.review(), unassigned.review());
    assertThat(ids(getAll("/api/v1/decisions")))
        .contains(east.decision())
        .doesNotContain(west.decision(), unassigned.decision());
    assertThat(getAll("/api/v1/decisions?customerId=" + west.customer())).isEmpty();
    // the overview is narrowed to the agency's book (PortfolioScopeIT checks its figures)
    assertThat(get("/api/v1/portfolio/overview").status()).isEqualTo(200);
  }

  @Test
  void anAgentAndAnOutsourcedCollectorReachOnlyTheirAgencysCases() {
    for (String user : List.of("scope-agent-east", "scope-collector-east")) {
      signInAs(user);
      for (String path :
          List.of("/api/v1/customers/%d", "/api/v1/credit-lines/%d", "/api/v1/loans/%d")) {
        assertThat(get(path.formatted(idFor(path, east))).status())
            .as(user + " " + path)
            .isEqualTo(200);
        assertThat(get(path.formatted(idFor(path, west))).status())
            .as(user + " " + path)
            .isEqualTo(404);
        assertThat(get(path.formatted(idFor(path, unassigned))).status())
            .as(user + " " + path)
            .isEqualTo(404);
      }
    }
    signInAs("scope-collector-east");
    assertThat(
            post("/api/v1/credit-lines/" + west.line() + "/freeze", Map.of("reason", "arrears"))
                .status())
        .isEqualTo(404);
    assertThat(
            post("/api/v1/credit-lines/" + east.line() + "/freeze", Map.of("reason", "arrears"))
                .status())
        .isEqualTo(200);
  }

  @Test
  void inHouseStaffSeeEveryone() {
    signInAs(ALL_ROLES_USER);
    for (Case c : List.of(east, west, unassigned)) {
      assertThat(get("/api/v1/customers/" + c.customer()).status()).isEqualTo(200);
      assertThat(get("/api/v1/loans/" + c.loan()).status()).isEqualTo(200);
      assertThat(get("/api/v1/drawdown-reviews/" + c.review()).status()).isEqualTo(200);
      assertThat(get("/api/v1/decisions/" + c.decision()).status()).isEqualTo(200);
    }
    assertThat(ids(getAll("/api/v1/drawdown-reviews")))
        .contains(east.review(), west.review(), unassigned.review());
  }

  @Test
  void anAgentsRegistrationIsAssignedItsAgencyAndAnotherAgencysCustomerIsNotRevealed() {
    signInAs(ALL_ROLES_USER);
    assertThat(get("/api/v1/customers/" + east.customer()).body().get("agency").asString())
        .isEqualTo(EAST);
    assertThat(get("/api/v1/customers/" + west.customer()).body().get("agency").asString())
        .isEqualTo(WEST);
    assertThat(get("/api/v1/customers/" + unassigned.customer()).body().get("agency").isNull())
        .isTrue();
    signInAs("scope-agent-east");
    // the same person registered again: its own customer is answered, another's refused as any
    // clash is
    Response again =
        post(
            "/api/v1/customers",
            Map.of("name", east.name(), "idNumber", east.idNumber(), "phone", east.phone()));
    assertThat(again.status()).as(again.raw()).isEqualTo(200);
    Response theirs =
        post(
            "/api/v1/customers",
            Map.of("name", west.name(), "idNumber", west.idNumber(), "phone", west.phone()));
    assertThat(theirs.status()).as(theirs.raw()).isEqualTo(422);
    assertThat(theirs.body().get("code").asString()).isEqualTo("registration-refused");
  }

  @Test
  void assigningACustomerChangesWhatTheAgentSeesAtOnceAndIsAudited() {
    signInAs("scope-agent-east");
    assertThat(get("/api/v1/loans/" + west.loan()).status()).isEqualTo(404);
    signInAs("scope-operations");
    Response moved =
        post(
            "/api/v1/customers/" + west.customer() + "/agency",
            Map.of("agency", EAST, "reason", "west closed"));
    assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
    assertThat(moved.body().get("agency").asString()).isEqualTo(EAST);
    signInAs("scope-agent-east");
    assertThat(get("/api/v1/customers/" + west.customer()).status()).isEqualTo(200);
    assertThat(ids(getAll("/api/v1/loans"))).contains(west.loan());
    signInAs("scope-operations");
    Map<String, Object> none = new LinkedHashMap<>();
    none.put("agency", null);
    none.put("reason", "back in-house");
    assertThat(post("/api/v1/customers/" + west.customer() + "/agency", none).status())
        .isEqualTo(200);
    signInAs("scope-agent-east");
    assertThat(get("/api/v1/customers/" + west.customer()).status()).isEqualTo(404);

    // a reason is required; an agency user may not reassign, even its own customers
    signInAs("scope-operations");
    assertThat(
            post("/api/v1/customers/" + east.customer() + "/agency", Map.of("agency", WEST))
                .status())
        .isEqualTo(400);
    signInAs("scope-east-all-roles");
    assertThat(
            post(
                    "/api/v1/customers/" + east.customer() + "/agency",
                    Map.of("agency", EAST, "reason", "x"))
                .status())
        .isEqualTo(403);
    assertThat(
            post(
                    "/api/v1/customers/" + unassigned.customer() + "/agency",
                    Map.of("agency", EAST, "reason", "x"))
                .status())
        .isEqualTo(404);

    signInAs(ALL_ROLES_USER);
    JsonNode audit =
        get("/api/v1/audit?entityType=customer&entityId=" + west.customer()).body().get("items");
    JsonNode change = null;
    for (JsonNode r : audit) {
      if (r.get("request").asString().contains("west closed")) {
        change = r;
      }
    }
    assertThat(change).as(audit.toString()).isNotNull();
    assertThat(change.get("customerId").asLong()).isEqualTo(west.customer());
    assertThat(change.get("before").asString()).contains("\"agency\":\"west\"");
    assertThat(change.get("after").asString()).contains("\"agency\":\"east\"");
  }

  @Test
  void theConsolePageOfAnOutOfScopeCustomerIsTheProblemPage() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String login =
        browser
            .send(
                HttpRequest.newBuilder(console("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login);
    assertThat(csrf.find()).as(login).isTrue();
    String form =
        "username=scope-agent-east&password="
            + URLEncoder.encode(TEST_PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(console("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

    HttpResponse<String> own =
        browser.send(
            HttpRequest.newBuilder(console("/console/customers/" + east.customer())).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(own.body()).contains("id=\"customer-agency\"").contains(EAST);
    for (Case other : List.of(west, unassigned)) {
      HttpResponse<String> page =
          browser.send(
              HttpRequest.newBuilder(console("/console/customers/" + other.customer()))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).as(page.body()).isEqualTo(404);
      assertThat(page.body())
          .contains("not-found")
          .doesNotContain("id=\"customer-agency\"")
          .doesNotContain(other.name());
    }
  }

  private URI console(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static long idFor(String path, Case c) {
    return path.contains("customers")
        ? c.customer()
        : path.contains("credit-lines") ? c.line() : c.loan();
  }

  private static List<Long> ids(List<JsonNode> items) {
    List<Long> ids = new ArrayList<>();
    items.forEach(i -> ids.add(i.get("id").asLong()));
    return ids;
  }
}
