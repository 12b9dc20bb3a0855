package dev.creditloop.app.servicing.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

import dev.creditloop.app.servicing.DailyClose;
import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.lending.close.CloseOutcome;
import dev.creditloop.lending.close.CloseProgress;
import dev.creditloop.lending.close.ClosedDay;
import dev.creditloop.servicing.ServicingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/business-date")
@Tag(
    name = "Business date and daily close",
    description = "The book's date, separate from the wall clock, and the close (日终)")
class BusinessDateController {

  private final BusinessCalendar calendar;
  private final DailyClose close;

  BusinessDateController(BusinessCalendar calendar, DailyClose close) {
    this.calendar = calendar;
    this.close = close;
  }

  record BusinessDate(LocalDate businessDate) {}

  record CloseRequest(
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "2026-12-06",
              description =
                  "close every open day up to and including this one; default: the current business date")
          LocalDate until) {}

  record CloseResult(LocalDate businessDate, List<ClosedDay> closed, boolean stopped) {}

  record StopResult(boolean stopRequested, CloseProgress progress) {}

  @GetMapping
  @Operation(summary = "The current business date (the open day)")
  BusinessDate get() {
    return new BusinessDate(calendar.today());
  }

  @PostMapping("/close")
  @Operation(
      summary =
          "Close business days up to and including `until` (default: the current one); the date moves to the next day. "
              + "Idempotent per date and resumable after a crash. `until` may not pass the wall-clock date plus "
              + "creditloop.close.max-days-ahead (default 0), nor span more than creditloop.close.max-days-per-call days (default 31). "
              + "`stopped` is true when the close was stopped before `until`.")
  CloseResult close(@RequestBody(required = false) CloseRequest body) {
    CloseOutcome outcome = close.closeThrough(body == null ? null : body.until()).outcome();
    if (outcome instanceof CloseOutcome.Refused refused) {
      throw new ServicingException(refused.problem(), refused.field(), refused.reason());
    }
    return new CloseResult(
        calendar.today(), outcome.closed(), outcome instanceof CloseOutcome.Stopped);
  }

  @GetMapping("/close")
  @Operation(
      summary =
          "The running close, if any: the days asked for, the day it is on, days done, whether a stop was asked")
  CloseProgress progress() {
    return close.progress();
  }

  @PostMapping("/close/stop")
  @Operation(
      summary =
          "Ask the running close to stop after the day it is on; the business date stays consistent. "
              + "`stopRequested` is false when no close was running.")
  StopResult stop() {
    boolean asked = close.requestStop();
    return new StopResult(asked, close.progress());
  }
}
