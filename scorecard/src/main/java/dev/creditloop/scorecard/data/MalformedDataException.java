package dev.creditloop.scorecard.data;

/** A data file that cannot be read as a dataset; the message names the line and the problem. */
public final class MalformedDataException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public MalformedDataException(String message) {
    super(message);
  }

  static MalformedDataException at(String source, int line, String problem) {
    return new MalformedDataException(source + ":" + line + ": " + problem);
  }
}
