package dev.creditloop.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.approval.SensitiveCommand;
import dev.creditloop.app.security.Role;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Both languages are complete: the same keys, and every key a page uses (literal or built from a
 * value) is in both.
 */
class ConsoleMessagesTest {

  private static final Path I18N = Path.of("src/main/resources/i18n");
  private static final Path TEMPLATES = Path.of("src/main/resources/templates");

  @Test
  void chineseAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(keys("messages_zh_CN.properties")).isEqualTo(keys("messages_en.properties"));
  }

  @Test
  void everyKeyThePagesUseIsInBothLanguages() throws IOException {
    Set<String> used = new TreeSet<>();
    Pattern literal = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9.]*)}");
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        Matcher m = literal.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    for (Role r : Role.values()) {
      used.add("role." + r.name());
    }
    for (SensitiveCommand c : SensitiveCommand.values()) {
      used.add("approvals.kind." + c.key());
    }
    for (String s :
        new String[] {"PENDING", "EXECUTING", "APPROVED", "FAILED", "REJECTED", "CANCELLED"}) {
      used.add("approvals.status." + s);
    }
    for (String s : new String[] {"PENDING", "APPROVED", "REJECTED", "ALL"}) {
      used.add("reviews.status." + s);
    }
    ConsoleNavigation.ITEMS.forEach(i -> used.add(i.label()));
    assertThat(keys("messages_en.properties")).containsAll(used);
    assertThat(keys("messages_zh_CN.properties")).containsAll(used);
  }

  @Test
  void chineseTextsAreChinese() throws IOException {
    Properties zh = load("messages_zh_CN.properties");
    Properties en = load("messages_en.properties");
    long same =
        zh.stringPropertyNames().stream()
            .filter(
                k ->
                    zh.getProperty(k).equals(en.getProperty(k))
                        && zh.getProperty(k).matches(".*[a-z]{4,}.*"))
            .count();
    assertThat(same).as("English words left untranslated in the Chinese bundle").isZero();
  }

  private static Set<String> keys(String file) throws IOException {
    return new TreeSet<>(load(file).stringPropertyNames());
  }

  private static Properties load(String file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(I18N.resolve(file), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
