package dev.creditloop.app.personal;

/**
 * A stored personal value that cannot be opened: altered, or sealed under a key this server does
 * not hold.
 */
public class PersonalDataException extends RuntimeException {
  PersonalDataException(String message) {
    super(message);
  }
}
