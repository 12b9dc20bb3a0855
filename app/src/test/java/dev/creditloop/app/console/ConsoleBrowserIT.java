package dev.creditloop.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.ApiIT;
import dev.creditloop.app.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

/**
 * The console in headless Chromium: sign in per role, the menu follows the roles, the language
 * switches, the dashboard's charts render, and a user change goes through four-eyes in the browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(
    properties = {
      "creditloop.four-eyes.commands=limit-increase,user-change",
      "creditloop.four-eyes.limit-increase-above=5000.00"
    })
class ConsoleBrowserIT extends ApiIT {

  private Browser browser;

  @BeforeAll
  void start() throws Exception {
    Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are needed");
    browser = new Browser(port);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private static final java.util.concurrent.atomic.AtomicInteger SEQ =
      new java.util.concurrent.atomic.AtomicInteger((int) (System.nanoTime() % 1_000_000));

  /**
   * A customer (optionally grey-listed, so that drawdowns park for review) with a 5,000.00 line;
   * answers the line.
   */
  private long lineForANewCustomer(boolean greyListed) {
    post(
        "/api/v1/products",
        java.util.Map.of(
            "code",
            "BRW12",
            "name",
            "Browser test product",
            "repaymentMethod",
            "ANNUITY",
            "termUnit",
            "MONTHS",
            "allowedTerms",
            java.util.List.of(12),
            "annualRate",
            "0.18",
            "penaltyAnnualRate",
            "0.36",
            "graceDays",
            3,
            "aprCap",
            "0.36"));
    int n = SEQ.incrementAndGet();
    String idNumber = String.format("3101011985%08d", n);
    long customer =
        post(
                "/api/v1/customers",
                java.util.Map.of(
                    "name",
                    "Browser " + n,
                    "idNumber",
                    idNumber,
                    "phone",
                    String.format("137%08d", n)))
            .body()
            .get("id")
            .asLong();
    if (greyListed) {
      post(
          "/api/v1/lists/entries",
          java.util.Map.of(
              "list",
              "GREY",
              "keyType",
              "ID_NUMBER",
              "value",
              idNumber,
              "reason",
              "income unverified"));
    }
    return post(
            "/api/v1/credit-lines",
            java.util.Map.of(
                "customerId",
                customer,
                "productCode",
                "BRW12",
                "limit",
                "5000.00",
                "expiresOn",
                java.time.LocalDate.now().plusYears(2).toString()))
        .body()
        .get("id")
        .asLong();
  }

  @Test
  void aReviewerApprovesAParkedDrawdownInTheQueue() throws Exception {
    long line = lineForANewCustomer(true);
    Response parked =
        post(
            "/api/v1/credit-lines/" + line + "/drawdowns",
            java.util.Map.of("amount", "1200.00", "termMonths", 12));
    assertThat(parked.status()).as(parked.raw()).isEqualTo(202);
    long review = parked.body().get("reviewId").asLong();

    ensureUser("b-reviewer", Role.RISK);
    browser.signIn("b-reviewer", TEST_PASSWORD);
    browser.open("/console/reviews?lang=en");
    browser.screenshot("reviews-en");
    var row = browser.await("#review-" + review);
    row.findElement(By.cssSelector("button.approve")).click();
    browser.await("#review-" + review + " .form-result.ok");
    browser.open("/console/reviews?status=APPROVED&lang=en");
    assertThat(browser.await("#review-" + review).getText()).contains("APPROVED", "b-reviewer");
    browser.signOut();
  }

  @Test
  void aLargeLimitIncreaseMadeInTheConsoleWaitsForASecondPerson() throws Exception {
    long line = lineForANewCustomer(false);
    ensureUser("b-manager", Role.ACCOUNT_MANAGER);
    ensureUser("b-risk-checker", Role.RISK);
    browser.signIn("b-manager", TEST_PASSWORD);
    browser.open("/console/lines/" + line + "?lang=en");
    browser.screenshot("line-en");
    browser.find("#limit-change input[name=newLimit]").sendKeys("20000.00");
    browser.find("#limit-change input[name=reason]").sendKeys("salary doubled");
    browser.find("#limit-change button[type=submit]").click();
    browser.awaitText("#limit-change .form-result", "approval");
    browser.open("/console/lines/" + line + "?lang=en");
    assertThat(browser.find("#line-limit").getText()).isEqualTo("¥5,000.00");
    browser.signOut();

    browser.signIn("b-risk-checker", TEST_PASSWORD);
    browser.open("/console/approvals?lang=zh-CN");
    browser.screenshot("approvals-zh");
    var row = browser.await("#approvals tbody tr");
    assertThat(row.getText())
        .contains("/api/v1/credit-lines/" + line + "/limit-changes", "b-manager");
    row.findElement(By.cssSelector("button.approve")).click();
    browser.await("#approvals .form-result.ok");
    browser.open("/console/lines/" + line + "?lang=en");
    assertThat(browser.find("#line-limit").getText()).isEqualTo("¥20,000.00");
    assertThat(browser.find("#history").getText()).contains("salary doubled", "b-manager");
    browser.signOut();
  }

  @Test
  void aLoanPageShowsTheScheduleAndARepaymentIsPostedFromIt() throws Exception {
    long line = lineForANewCustomer(false);
    long loan =
        post(
                "/api/v1/credit-lines/" + line + "/drawdowns",
                java.util.Map.of("amount", "1000.00", "termMonths", 12))
            .body()
            .get("id")
            .asLong();
    ensureUser("b-finance", Role.FINANCE);
    browser.signIn("b-finance", TEST_PASSWORD);
    browser.open("/console/loans/" + loan + "?lang=zh-CN");
    browser.screenshot("loan-zh");
    assertThat(browser.find("#schedule").getText()).contains("¥");
    browser.find("#repay input[name=amount]").sendKeys("1E+2");
    browser.find("#repay button[type=submit]").click();
    browser.await("#repay input.invalid");
    browser.find("#repay input[name=amount]").clear();
    browser.find("#repay input[name=amount]").sendKeys("100.00");
    browser.find("#repay button[type=submit]").click();
    browser.await("#repay .form-result.ok");
    browser.signOut();
  }

  @Test
  void aStrategyVersionShowsWhatChangedAgainstThePreviousOne() throws Exception {
    String v1 =
        "id: browser-diff\nversion: 1\nsegments:\n  - {name: all, when: \"true\", flow: main}\nflows:\n  main:\n"
            + "    steps:\n      - type: rules\n        id: checks\n        mode: ALL_MATCH\n        rules:\n"
            + "          - {id: velocity, when: \"drawdown_count_24h >= 5\", action: REJECT, reason: VELOCITY}\n";
    String v2 = v1.replace("version: 1", "version: 2").replace(">= 5", ">= 4");
    for (String doc : new String[] {v1, v2}) {
      Response saved = call("POST", "/api/v1/strategies", doc, "application/yaml");
      assertThat(saved.status()).as(saved.raw()).isIn(201, 409);
    }
    ensureUser("b-strategist", Role.RISK);
    browser.signIn("b-strategist", TEST_PASSWORD);
    browser.open("/console/strategies/browser-diff/2?lang=en");
    String diff = browser.await("#diff").getText();
    assertThat(diff).contains("- version: 1", "+ version: 2", ">= 4\"");
    assertThat(browser.find("#diff .removed").getText()).contains("version: 1");
    browser.screenshot("strategy-diff-en");
    browser.signOut();
  }

  @Test
  void aBacktestStartedOnTheStrategyPageShowsItsProgressThenItsResult() throws Exception {
    long line = lineForANewCustomer(false);
    post(
        "/api/v1/credit-lines/" + line + "/drawdowns",
        java.util.Map.of("amount", "500.00", "termMonths", 12));
    String day = get("/api/v1/business-date").body().get("businessDate").asString();
    ensureUser("b-strategist", Role.RISK);
    browser.signIn("b-strategist", TEST_PASSWORD);
    browser.open("/console/strategies/drawdown-default/1?lang=en");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver)
        .executeScript(
            "document.querySelector('#backtest input[name=from]').value = arguments[0];"
                + "document.querySelector('#backtest input[name=to]').value = arguments[0];",
            day);
    browser.find("#backtest button[type=submit]").click();
    // the page moves to the run, which htmx refreshes until it is done
    String requests = browser.await("#backtest-requests").getText();
    assertThat(browser.driver.getCurrentUrl()).contains("?backtest=");
    assertThat(Long.parseLong(requests)).isGreaterThanOrEqualTo(1);
    assertThat(browser.find("#backtest-run").getAttribute("hx-trigger"))
        .as("a finished run is no longer polled")
        .isNull();
    assertThat(browser.find("#backtest-result").getText()).contains("approveRate");
    browser.screenshot("strategy-backtest-en");
    browser.signOut();
  }

  @Test
  void everyPageRendersInBothLanguagesForAUserWithEveryRole() {
    long line = lineForANewCustomer(false);
    Response loan =
        post(
            "/api/v1/credit-lines/" + line + "/drawdowns",
            java.util.Map.of("amount", "500.00", "termMonths", 12));
    assertThat(loan.status()).as(loan.raw()).isEqualTo(201);
    long customer = loan.body().get("customerId").asLong();
    long decision =
        get("/api/v1/decisions?customerId=" + customer)
            .body()
            .get("items")
            .get(0)
            .get("id")
            .asLong();
    java.util.List<String> pages = new java.util.ArrayList<>();
    ConsoleNavigation.ITEMS.forEach(i -> pages.add(i.path()));
    pages.addAll(
        java.util.List.of(
            "/console/customers/" + customer,
            "/console/lines/" + line,
            "/console/loans/" + loan.body().get("id").asLong(),
            "/console/decisions/" + decision,
            "/console/strategies/drawdown-default/1",
            "/console/account",
            "/console/users/" + ALL_ROLES_USER + "/tokens"));
    browser.signIn(ALL_ROLES_USER, TEST_PASSWORD);
    // the close page's progress section, which htmx asks for every second
    browser.open("/console/close/progress?lang=en");
    assertThat(browser.pageText()).contains("No close is running");
    browser.open("/console/close?lang=en");
    assertThat(browser.find("#close-progress").getAttribute("hx-trigger")).isEqualTo("every 1s");
    for (String lang : new String[] {"en", "zh-CN"}) {
      for (String page : pages) {
        browser.open(page + "?lang=" + lang);
        String text = browser.pageText();
        assertThat(text)
            .as(page + " in " + lang)
            .doesNotContain("Internal error", "Not available", "无法显示", "Whitelabel");
        assertThat(browser.driver.findElements(org.openqa.selenium.By.cssSelector("main h1")))
            .as(page)
            .isNotEmpty();
      }
    }
    browser.signOut();
  }

  @Test
  void eachRoleSignsInAndSeesItsOwnMenu() {
    ensureUser("b-collector", Role.COLLECTOR);
    browser.signIn("b-collector", TEST_PASSWORD);
    String menu = browser.find("nav.side").getText();
    browser.open("/console?lang=en");
    menu = browser.find("nav.side").getText();
    assertThat(menu)
        .contains("Customers and lines", "Loans")
        .doesNotContain("Users and roles", "Strategies", "Audit trail");
    browser.open("/console/users");
    assertThat(browser.pageText()).doesNotContain("New user").contains("Not available");
    browser.signOut();

    ensureUser("b-admin", Role.ADMIN);
    browser.signIn("b-admin", TEST_PASSWORD);
    browser.open("/console?lang=en");
    assertThat(browser.find("nav.side").getText())
        .contains("Users and roles", "Audit trail", "Approvals");
    browser.signOut();
  }

  @Test
  void aUserCreatesAnApiTokenSeesItOnceAndRevokesIt() throws Exception {
    ensureUser("b-tokens", Role.INTEGRATION);
    browser.signIn("b-tokens", TEST_PASSWORD);
    browser.open("/console/account?lang=en");
    browser.find("#new-token input[name=name]").sendKeys("app-backend");
    browser.find("#new-token button[type=submit]").click();
    browser.awaitText("#new-token .answer", "clt_");
    String answer = browser.find("#new-token .answer").getText();
    String token = answer.replaceAll("(?s).*\"token\"\\s*:\\s*\"(clt_[^\"]+)\".*", "$1");
    assertThat(token).startsWith("clt_").hasSizeGreaterThan(40);
    signInWithToken(token);
    assertThat(get("/api/v1/users/me").status()).isEqualTo(200);

    browser.open("/console/account?lang=en");
    assertThat(browser.find("#tokens").getText()).contains("app-backend").doesNotContain(token);
    browser.screenshot("tokens-en");
    browser.find("#tokens button[type=submit]").click();
    // the page reloads once the API has answered: the token shows its revocation time
    browser.await("#tokens tbody td:nth-child(6):not(:empty)");
    assertThat(get("/api/v1/users/me").status()).as("revoked in the console").isEqualTo(401);
    browser.signOut();
  }

  @Test
  void aWrongPasswordStaysOnTheSignInPage() {
    browser.open("/login?lang=en");
    browser.find("#username").sendKeys("nobody");
    browser.find("#password").sendKeys("wrong-password");
    browser.find("#sign-in").click();
    assertThat(browser.await("#login-error").getText()).contains("Wrong user name or password");
  }

  @Test
  void theLanguageSwitchesBetweenChineseAndEnglish() throws Exception {
    ensureUser("b-risk", Role.RISK, Role.FINANCE);
    browser.signIn("b-risk", TEST_PASSWORD);
    browser.find("#lang-zh").click();
    browser.awaitText("h1", "平台概览");
    browser.screenshot("overview-zh");
    browser.find("#lang-en").click();
    browser.awaitText("h1", "Overview");
    browser.screenshot("overview-en");
    assertThat(browser.find("nav.side").getText()).contains("Drawdown reviews");
    browser.signOut();
  }

  @Test
  void theDashboardChartsRender() {
    ensureUser("b-ops", Role.OPERATIONS);
    browser.signIn("b-ops", TEST_PASSWORD);
    browser.open("/console?lang=en");
    browser.await("#chart-buckets[data-rendered='true'] canvas");
    browser.await("#chart-vintage[data-rendered='true'] canvas");
    assertThat(browser.find("#kpi-outstanding").getText()).startsWith("¥");
    browser.signOut();
  }

  @Test
  void aUserCreatedInTheConsoleWaitsForASecondAdministrator() throws Exception {
    ensureUser("b-admin1", Role.ADMIN);
    ensureUser("b-admin2", Role.ADMIN);
    browser.signIn("b-admin1", TEST_PASSWORD);
    browser.open("/console/users?lang=en");
    browser.find("#new-user input[name=username]").sendKeys("b-x");
    browser.find("#new-user input[name=password]").sendKeys("short");
    new Select(browser.find("#new-user select[name=roles]")).selectByValue("RISK");
    browser.find("#new-user button[type=submit]").click();
    browser.awaitText("#new-user [data-error-for=password]", "10 to 72");
    browser.find("#new-user input[name=password]").clear();
    browser.find("#new-user input[name=password]").sendKeys("b-x-password-1");
    browser.find("#new-user button[type=submit]").click();
    browser.awaitText("#new-user .form-result", "approval");
    browser.signOut();

    browser.signIn("b-admin2", TEST_PASSWORD);
    browser.open("/console/approvals?lang=en");
    browser.screenshot("approvals-en");
    var row = browser.await("#approvals tbody tr");
    assertThat(row.getText()).contains("POST /api/v1/users", "b-admin1");
    row.findElement(By.cssSelector("button.approve")).click();
    browser.await("#approvals .form-result.ok");
    browser.open("/console/users?lang=zh-CN");
    browser.awaitText("#user-b-x", "已启用");
    browser.screenshot("users-zh");
    browser.signOut();
  }
}
