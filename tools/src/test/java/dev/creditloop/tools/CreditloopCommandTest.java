package dev.creditloop.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line's shape: its commands, help and version, and what is a usage error. */
class CreditloopCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine line = CreditloopCommand.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return line.execute(CreditloopCommand.withDefault(args));
  }

  @Test
  void helpListsEveryCommand() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains("serve", "demo", "simulate", "bench", "scorecard", "score", "backtest");
  }

  @Test
  void everyCommandHasHelpAndTheVersion() {
    for (String[] command :
        new String[][] {
          {"serve"},
          {"demo"},
          {"simulate"},
          {"bench"},
          {"bench", "close"},
          {"bench", "decisions-setup"},
          {"scorecard"},
          {"scorecard", "bcard"},
          {"scorecard", "publish"},
          {"score"},
          {"backtest"}
        }) {
      String[] args = java.util.Arrays.copyOf(command, command.length + 1);
      args[command.length] = "--help";
      out.getBuffer().setLength(0);
      assertThat(run(args)).as(String.join(" ", args)).isZero();
      assertThat(out.toString()).as(String.join(" ", args)).contains("Usage: creditloop");
    }
    out.getBuffer().setLength(0);
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("creditloop ");
  }

  @Test
  void noCommandOrSpringSettingsFirstMeanServe() {
    assertThat(CreditloopCommand.withDefault(new String[0])).containsExactly("serve");
    assertThat(CreditloopCommand.withDefault(new String[] {"--server.port=9090"}))
        .containsExactly("serve", "--server.port=9090");
    assertThat(CreditloopCommand.withDefault(new String[] {"--demo"}))
        .containsExactly("serve", "--demo");
    assertThat(CreditloopCommand.withDefault(new String[] {"simulate", "--seed", "1"}))
        .containsExactly("simulate", "--seed", "1");
  }

  @Test
  void aMisspeltOptionIsAUsageErrorBeforeAnythingStarts() {
    assertThat(
            run(
                "simulate",
                "--customers",
                "10",
                "--months",
                "1",
                "--seed",
                "1",
                "--shock-mnth",
                "2"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--shock-mnth").contains("--name=value");
  }

  @Test
  void aMissingRequiredOptionIsAUsageError() {
    assertThat(run("backtest", "--strategy", "drawdown-default", "--version", "1")).isEqualTo(2);
    assertThat(err.toString()).contains("--from").contains("--to");
  }

  @Test
  void springSettingsAreNamesWithValues() {
    var spec = CreditloopCommand.commandLine().getCommandSpec();
    assertThat(
            SpringSettings.of(
                spec,
                java.util.List.of("--spring.datasource.url=jdbc:h2:mem:x;MODE=PostgreSQL", "--a=")))
        .hasSize(2);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SpringSettings.of(spec, java.util.List.of("--spring.datasource.url")))
        .isInstanceOf(CommandLine.ParameterException.class);
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertThat(run("simulat")).isEqualTo(2);
    assertThat(err.toString()).contains("simulat");
  }
}
