package dev.creditloop.app.console;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Debian's chromium and chromium-driver (no browser download). Absent
 * those, {@link #available()} is false and the browser tests skip with a notice.
 */
public final class Browser implements AutoCloseable {

  static final String CHROMIUM = System.getProperty("creditloop.chromium", "/usr/bin/chromium");
  static final String DRIVER =
      System.getProperty("creditloop.chromedriver", "/usr/bin/chromedriver");

  final WebDriver driver;
  private final String base;
  private final Path profile;

  public static boolean available() {
    boolean there = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
    if (!there) {
      System.out.println(
          "NOTICE: browser tests skipped: "
              + CHROMIUM
              + " or "
              + DRIVER
              + " missing (apt-get install chromium chromium-driver; .ci/run does)");
    }
    return there;
  }

  public Browser(int port) throws Exception {
    this.base = "http://127.0.0.1:" + port;
    this.profile = Files.createTempDirectory("creditloop-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    this.driver = new ChromeDriver(service, options);
  }

  public void open(String path) {
    driver.get(base + path);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public WebElement await(String css) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(100))
          .until(
              d -> {
                var found = d.findElements(By.cssSelector(css));
                return found.isEmpty() ? null : found.get(0);
              });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw failed("no " + css, e);
    }
  }

  void awaitText(String css, String text) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(100))
          .until(
              d -> {
                var found = d.findElements(By.cssSelector(css));
                return !found.isEmpty() && found.get(0).getText().contains(text);
              });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw failed("no '" + text + "' in " + css, e);
    }
  }

  /**
   * What the page showed when a wait failed: its address and text, and a screenshot under target/.
   */
  private AssertionError failed(String what, Exception e) {
    String page = driver.getCurrentUrl() + "\n" + driver.findElement(By.tagName("body")).getText();
    try {
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), Path.of("target", "browser-failure-" + System.nanoTime() + ".png"));
    } catch (Exception ignored) {
      // the text above is what matters
    }
    return new AssertionError(what + " on\n" + page, e);
  }

  public void signIn(String user, String password) {
    driver.manage().deleteAllCookies();
    open("/login");
    find("#username").sendKeys(user);
    find("#password").sendKeys(password);
    find("#sign-in").click();
    await("#me");
  }

  void signOut() {
    find("#sign-out").click();
    await("#sign-in");
  }

  String pageText() {
    return find("body").getText();
  }

  /** Saves a screenshot under docs/screenshots when -Dcreditloop.screenshots=true. */
  public void screenshot(String name) throws Exception {
    if (!Boolean.getBoolean("creditloop.screenshots")) {
      return;
    }
    Path dir = Path.of("..", "docs", "screenshots");
    Files.createDirectories(dir);
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(),
        dir.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
