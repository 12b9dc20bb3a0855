package dev.creditloop.app;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The server, and the command line behind the same jar: {@code java -jar creditloop.jar} serves the
 * API; {@code java -jar creditloop.jar scorecard train ...} builds a scorecard without a server.
 */
@SpringBootApplication
public class CreditloopApplication {

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("scorecard")) {
      System.exit(ScorecardCli.run(Arrays.copyOfRange(args, 1, args.length)));
    }
    SpringApplication.run(CreditloopApplication.class, args);
  }
}
