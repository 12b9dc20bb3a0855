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
    if (args.length > 1 && args[0].equals("bench") && args[1].equals("close")) {
      benchClose(Arrays.copyOfRange(args, 2, args.length));
      return;
    }
    SpringApplication.run(CreditloopApplication.class, args);
  }

  private static void benchClose(String[] args) {
    int loans = 1_000_000;
    int days = 1;
    java.util.List<String> springArgs = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--loans" -> loans = Integer.parseInt(args[++i]);
        case "--days" -> days = Integer.parseInt(args[++i]);
        default -> springArgs.add(args[i]);
      }
    }
    springArgs.add("--spring.main.web-application-type=none");
    springArgs.add("--creditloop.demo.enabled=false");
    var context = SpringApplication.run(CreditloopApplication.class, springArgs.toArray(String[]::new));
    context.getBean(dev.creditloop.app.bench.CloseBenchmark.class).run(loans, days);
    System.exit(SpringApplication.exit(context));
  }
}
