package dev.creditloop.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The server: HTTP API, console, jobs. The runnable jar and its command line (serve, demo,
 * simulate, bench, scorecard, score, backtest) are the {@code tools} module's; this main starts the
 * bare server from the module's own class path (an IDE, {@code spring-boot:run}).
 */
@SpringBootApplication
public class CreditloopApplication {

  public static void main(String[] args) {
    SpringApplication.run(CreditloopApplication.class, args);
  }
}
