package dev.creditloop.scorecard.cli;

/** The arguments or the files they name are wrong: exit code 2, message for the user. */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
