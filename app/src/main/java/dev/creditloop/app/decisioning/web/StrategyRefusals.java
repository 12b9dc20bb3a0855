package dev.creditloop.app.decisioning.web;

import dev.creditloop.app.decisioning.StrategyException;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The strategy registry's refusals as problems, wherever they surface (saving, publishing,
 * activating, scoring or backtesting with a version): what was named does not exist (404), a
 * version that exists or is retired (409), a document or card that does not compile (422).
 */
// ahead of app.web's ProblemHandler, whose handler of any exception would answer first
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class StrategyRefusals {

  @ExceptionHandler(StrategyException.class)
  ResponseEntity<ProblemDetail> refused(StrategyException e) {
    HttpStatus status =
        switch (e.refusal()) {
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case VERSION_EXISTS, RETIRED -> HttpStatus.CONFLICT;
          case INVALID, SCORECARD_INVALID, STEP_UNKNOWN -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    return Problems.answer(
        status,
        e.code(),
        e.getMessage(),
        e.issues().stream().map(i -> new ApiProblem.FieldIssue(i.field(), i.reason())).toList());
  }
}
