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
@TestPropertySource(properties = "creditloop.four-eyes.commands=write-off,limit-increase,product-change,strategy-activation,user-change")
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

  @Test
  void eachRoleSignsInAndSeesItsOwnMenu() {
    ensureUser("b-collector", Role.COLLECTOR);
    browser.signIn("b-collector", TEST_PASSWORD);
    String menu = browser.find("nav.side").getText();
    browser.open("/console?lang=en");
    menu = browser.find("nav.side").getText();
    assertThat(menu).contains("Customers and lines", "Loans").doesNotContain("Users and roles", "Strategies", "Audit trail");
    browser.open("/console/users");
    assertThat(browser.pageText()).doesNotContain("New user");
    browser.signOut();

    ensureUser("b-admin", Role.ADMIN);
    browser.signIn("b-admin", TEST_PASSWORD);
    browser.open("/console?lang=en");
    assertThat(browser.find("nav.side").getText()).contains("Users and roles", "Audit trail", "Approvals");
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
