package dev.creditloop.app.web;

import dev.creditloop.lending.LendingException;
import dev.creditloop.servicing.ServicingException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every refusal into RFC 9457 problem+json with a stable type and the offending field. An
 * unexpected exception is logged and answered 500 without internals.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  /** Jackson's words for a key given twice (STRICT_DUPLICATE_DETECTION, see {@link JsonRules}). */
  private static final Pattern DUPLICATE_KEY =
      Pattern.compile("Duplicate Object property \"(.*)\"");

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
    return respond(e.status(), Problems.of(e.status(), e.code(), e.getMessage(), e.fields()));
  }

  /**
   * The ledger's refusals: malformed input is 400, a valid request the book cannot honour is 422.
   */
  @ExceptionHandler(ServicingException.class)
  ResponseEntity<ProblemDetail> servicing(ServicingException e) {
    HttpStatus status =
        switch (e.problem()) {
          case INVALID_PRODUCT,
              INVALID_TERMS,
              INVALID_AMOUNT,
              INVALID_LIMIT,
              TERM_NOT_ALLOWED,
              CLOSE_TOO_FAR_AHEAD,
              TOO_MANY_DAYS_TO_CLOSE,
              RECOVERY_EXCEEDED ->
              HttpStatus.BAD_REQUEST;
          case DATE_ALREADY_CLOSED, TRANSITION_NOT_ALLOWED -> HttpStatus.CONFLICT;
          default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    return respond(
        status,
        Problems.of(
            status,
            e.code(),
            e.getMessage(),
            List.of(new ApiProblem.FieldIssue(e.field(), e.reason()))));
  }

  /**
   * The lending use cases' refusals: what was named does not exist (404), or is decided (409); a
   * grant the book cannot take (422), on the field at fault.
   */
  @ExceptionHandler(LendingException.class)
  ResponseEntity<ProblemDetail> lending(LendingException e) {
    HttpStatus status =
        switch (e.refusal()) {
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case REVIEW_ALREADY_DECIDED -> HttpStatus.CONFLICT;
          case UNKNOWN_CUSTOMER, UNKNOWN_PRODUCT, INVALID_EXPIRY ->
              HttpStatus.UNPROCESSABLE_CONTENT;
        };
    String field = e.refusal().field();
    List<ApiProblem.FieldIssue> fields =
        field == null ? List.of() : List.of(new ApiProblem.FieldIssue(field, e.getMessage()));
    return respond(status, Problems.of(status, e.code(), e.getMessage(), fields));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> pathOrQueryType(MethodArgumentTypeMismatchException e) {
    String reason =
        "not a valid "
            + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName());
    return respond(
        HttpStatus.BAD_REQUEST,
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "invalid-field",
            e.getName() + ": " + reason,
            List.of(new ApiProblem.FieldIssue(e.getName(), reason))));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("unexpected failure", e);
    return respond(
        HttpStatus.INTERNAL_SERVER_ERROR,
        Problems.of(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal-error",
            "unexpected failure; see the server log",
            List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Throwable cause = e.getMostSpecificCause();
    ProblemDetail problem;
    Matcher duplicate =
        cause instanceof JacksonException j && j.getOriginalMessage() != null
            ? DUPLICATE_KEY.matcher(j.getOriginalMessage())
            : null;
    if (duplicate != null && duplicate.find()) {
      String parent = path((JacksonException) cause);
      String field =
          parent.isEmpty() || parent.endsWith(duplicate.group(1))
              ? duplicate.group(1)
              : parent + "." + duplicate.group(1);
      problem =
          Problems.of(
              HttpStatus.BAD_REQUEST,
              "duplicate-field",
              field + ": given more than once",
              List.of(new ApiProblem.FieldIssue(field, "given more than once")));
    } else if (cause instanceof JsonRules.RefusedValue r) {
      String field = path(r);
      problem =
          Problems.of(
              HttpStatus.BAD_REQUEST,
              "invalid-field",
              field + ": " + r.getOriginalMessage(),
              List.of(new ApiProblem.FieldIssue(field, r.getOriginalMessage())));
    } else if (cause instanceof UnrecognizedPropertyException u) {
      String field = path(u);
      problem =
          Problems.of(
              HttpStatus.BAD_REQUEST,
              "unknown-field",
              field + ": not a known field",
              List.of(new ApiProblem.FieldIssue(field, "not a known field")));
    } else if (cause instanceof InvalidFormatException f) {
      String field = path(f);
      String reason = "not a valid " + f.getTargetType().getSimpleName() + ": " + f.getValue();
      problem =
          Problems.of(
              HttpStatus.BAD_REQUEST,
              "invalid-field",
              field + ": " + reason,
              List.of(new ApiProblem.FieldIssue(field, reason)));
    } else if (cause instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
      String field = path(m);
      String reason =
          "wrong type"
              + (m.getTargetType() == null
                  ? ""
                  : ", expected " + m.getTargetType().getSimpleName());
      problem =
          Problems.of(
              HttpStatus.BAD_REQUEST,
              "invalid-field",
              field + ": " + reason,
              List.of(new ApiProblem.FieldIssue(field, reason)));
    } else if (cause instanceof JacksonException j && !j.getPath().isEmpty()) {
      String field = path(j);
      problem =
          Problems.of(
              HttpStatus.BAD_REQUEST,
              "invalid-field",
              field + ": " + j.getOriginalMessage(),
              List.of(new ApiProblem.FieldIssue(field, j.getOriginalMessage())));
    } else if (withPath(e) != null) {
      // A value Jackson handed to a parser of its own (a date, a time) that refused it.
      JacksonException j = withPath(e);
      String field = path(j);
      String reason =
          cause instanceof java.time.format.DateTimeParseException
              ? "not a valid date or time: "
                  + ((java.time.format.DateTimeParseException) cause).getParsedString()
              : "not a valid value: " + cause.getMessage();
      problem =
          Problems.of(
              HttpStatus.BAD_REQUEST,
              "invalid-field",
              field + ": " + reason,
              List.of(new ApiProblem.FieldIssue(field, reason)));
    } else {
      String what =
          cause instanceof JacksonException j
              ? j.getOriginalMessage()
              : "request body is missing or not JSON";
      problem =
          Problems.of(
              HttpStatus.BAD_REQUEST,
              "malformed-json",
              what,
              List.of(new ApiProblem.FieldIssue("body", what)));
    }
    return respondObject(HttpStatus.BAD_REQUEST, problem);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    // Spring's own MVC refusals (404, 405, 415, missing header...) keep their status, gain our
    // type.
    String code =
        switch (status.value()) {
          case 404 -> "not-found";
          case 405 -> "method-not-allowed";
          case 406 -> "not-acceptable";
          case 415 -> "unsupported-media-type";
          default -> status.is4xxClientError() ? "bad-request" : "internal-error";
        };
    List<ApiProblem.FieldIssue> fields = List.of();
    String detail =
        body instanceof ProblemDetail pd && pd.getDetail() != null
            ? pd.getDetail()
            : e.getMessage();
    if (e instanceof MissingRequestHeaderException h) {
      code = "missing-header";
      fields = List.of(new ApiProblem.FieldIssue(h.getHeaderName(), "header is required"));
    }
    return respondObject(status, Problems.of(status, code, detail, fields));
  }

  /**
   * The outermost Jackson exception in the chain that knows which field it was reading, or null.
   */
  private static JacksonException withPath(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
        return j;
      }
    }
    return null;
  }

  private static String path(JacksonException e) {
    return e.getPath().stream()
        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static ResponseEntity<ProblemDetail> respond(
      HttpStatusCode status, ProblemDetail problem) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static ResponseEntity<Object> respondObject(
      HttpStatusCode status, ProblemDetail problem) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
