package dev.creditloop.app.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds problem documents with creditloop's stable type URIs. */
public final class Problems {

  public static final String TYPE_BASE = "https://creditloop.dev/problems/";

  private Problems() {}

  public static ProblemDetail of(
      HttpStatusCode status, String code, String detail, List<ApiProblem.FieldIssue> issues) {
    // a refusal may quote what it refused (Jackson does): never an ID number or a phone in full
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, PersonalData.maskIn(detail));
    List<ApiProblem.FieldIssue> fields =
        issues.stream()
            .map(i -> new ApiProblem.FieldIssue(i.field(), PersonalData.maskIn(i.reason())))
            .toList();
    problem.setType(URI.create(TYPE_BASE + code));
    problem.setTitle(titleOf(code));
    problem.setProperty("code", code);
    if (!fields.isEmpty()) {
      problem.setProperty("errors", fields);
      problem.setProperty("field", fields.get(0).field());
    }
    return problem;
  }

  /** The problem as an answer: its status, {@code application/problem+json}. */
  public static ResponseEntity<ProblemDetail> answer(
      HttpStatusCode status, String code, String detail, List<ApiProblem.FieldIssue> issues) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(of(status, code, detail, issues));
  }

  private static String titleOf(String code) {
    String words = code.replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
