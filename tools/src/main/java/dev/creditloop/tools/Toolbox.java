package dev.creditloop.tools;

import dev.creditloop.app.CreditloopApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server's Spring context with the toolbox's beans beside it (simulator writer, demo book,
 * benchmark loaders): what every command of {@link CreditloopCommand} starts, with or without the
 * web server.
 */
@SpringBootApplication(scanBasePackageClasses = {CreditloopApplication.class, Toolbox.class})
public class Toolbox {

  /** The server, with the web server, as {@code serve} and {@code demo} start it. */
  static ConfigurableApplicationContext serve(List<String> springArgs) {
    return SpringApplication.run(Toolbox.class, springArgs.toArray(String[]::new));
  }

  /** A Spring context without the web server or the demo book, for commands. */
  public static ConfigurableApplicationContext commandContext(List<String> springArgs) {
    return commandContext(springArgs, false);
  }

  /**
   * As {@link #commandContext(List)}, with the live feature state rebuilt from stored events when
   * asked.
   */
  public static ConfigurableApplicationContext commandContext(
      List<String> springArgs, boolean rebuildFeatures) {
    List<String> all = new ArrayList<>(springArgs);
    all.add("--spring.main.web-application-type=none");
    all.add("--creditloop.demo.enabled=false");
    all.add("--creditloop.features.rebuild-on-start=" + rebuildFeatures);
    return SpringApplication.run(Toolbox.class, all.toArray(String[]::new));
  }
}
