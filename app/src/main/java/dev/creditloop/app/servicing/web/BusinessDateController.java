package dev.creditloop.app.servicing.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

import dev.creditloop.app.servicing.DailyClose;
import dev.creditloop.app.servicing.persistence.BusinessCalendar;
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
@Tag(name = "Business date and daily close", description = "The book's date, separate from the wall clock, and the close (日终)")
class BusinessDateController {

  private final BusinessCalendar calendar;
  private final DailyClose close;

  BusinessDateController(BusinessCalendar calendar, DailyClose close) {
    this.calendar = calendar;
    this.close = close;
  }

  record BusinessDate(LocalDate businessDate) {}

  record CloseRequest(
      @Schema(requiredMode = NOT_REQUIRED, example = "2026-12-06",
          description = "close every open day up to and including this one; default: the current business date") LocalDate until) {}

  record CloseResult(LocalDate businessDate, List<DailyClose.ClosedDay> closed) {}

  @GetMapping
  @Operation(summary = "The current business date (the open day)")
  BusinessDate get() {
    return new BusinessDate(calendar.today());
  }

  @PostMapping("/close")
  @Operation(summary = "Close business days up to and including `until` (default: the current one); the date moves to the next day. "
      + "Idempotent per date and resumable after a crash.")
  CloseResult close(@RequestBody(required = false) CloseRequest body) {
    List<DailyClose.ClosedDay> closed = close.closeThrough(body == null ? null : body.until());
    return new CloseResult(calendar.today(), closed);
  }
}
