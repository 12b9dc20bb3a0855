package dev.creditloop.app.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal the API answers with an RFC 9457 problem: a stable {@code code} (the last segment of
 * the problem {@code type}), the HTTP status, and the offending fields.
 */
public class ApiProblem extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final List<FieldIssue> fields;

  public ApiProblem(HttpStatus status, String code, String detail, List<FieldIssue> fields) {
    super(detail);
    this.status = status;
    this.code = code;
    this.fields = List.copyOf(fields);
  }

  public static ApiProblem badField(String code, String field, String reason) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST,
        code,
        field + ": " + reason,
        List.of(new FieldIssue(field, reason)));
  }

  public static ApiProblem unprocessable(String code, String field, String reason) {
    return new ApiProblem(
        HttpStatus.UNPROCESSABLE_CONTENT,
        code,
        reason,
        field == null ? List.of() : List.of(new FieldIssue(field, reason)));
  }

  public static ApiProblem notFound(String what, Object id) {
    return new ApiProblem(
        HttpStatus.NOT_FOUND, "not-found", what + " " + id + " does not exist", List.of());
  }

  public static ApiProblem conflict(String code, String detail) {
    return new ApiProblem(HttpStatus.CONFLICT, code, detail, List.of());
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public List<FieldIssue> fields() {
    return fields;
  }

  /** One offending input: a JSON path such as {@code amount} or {@code installments[2].dueDate}. */
  public record FieldIssue(String field, String reason) {}
}
