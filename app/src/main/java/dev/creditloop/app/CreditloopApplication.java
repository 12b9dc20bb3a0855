package dev.creditloop.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CreditloopApplication {
  public static void main(String[] args) {
    SpringApplication.run(CreditloopApplication.class, args);
  }
}
