package dev.creditloop.servicing.close;

/**
 * The close stopped between two committed batches because it was asked to. What was committed is
 * whole (each batch with its loans, entries and {@code closedThrough}); the day is finished by
 * closing it again.
 */
public final class CloseStopped extends RuntimeException {

  public CloseStopped(String message) {
    super(message);
  }
}
