package dev.creditloop.app.decisioning.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.creditloop.app.decisioning.persistence.JdbcListEntries;
import dev.creditloop.app.servicing.BusinessClock;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Fields;
import dev.creditloop.app.web.Page;
import dev.creditloop.app.web.PersonalData;
import dev.creditloop.decisioning.list.KeyType;
import dev.creditloop.decisioning.list.ListKey;
import dev.creditloop.decisioning.list.ListType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/lists/entries")
@Tag(
    name = "Lists",
    description =
        "Black, white and grey lists by ID number, phone or device, with reason and expiry")
class ListController {

  private final JdbcListEntries lists;
  private final BusinessClock clock;

  ListController(JdbcListEntries lists, BusinessClock clock) {
    this.lists = lists;
    this.clock = clock;
  }

  record NewEntry(
      @Schema(
              requiredMode = REQUIRED,
              example = "BLACK",
              description = "the list: BLACK, WHITE or GREY")
          String list,
      @Schema(
              requiredMode = REQUIRED,
              example = "PHONE",
              description = "what the value is: ID_NUMBER, PHONE or DEVICE")
          String keyType,
      @Schema(
              requiredMode = REQUIRED,
              example = "13812345678",
              maxLength = 128,
              description =
                  "the ID number, phone or device id; normalised (spaces and dashes dropped, upper case) before it is stored")
          String value,
      @Schema(
              requiredMode = REQUIRED,
              example = "confirmed fraud report 2026-11",
              maxLength = 256,
              description = "why it is listed")
          String reason,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "2027-12-31T16:00:00Z",
              description =
                  "when the entry stops counting (an instant in the future); absent: never expires")
          Instant expiresAt,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "analyst.wang",
              maxLength = 64,
              description = "who adds it; default `api`")
          String actor) {}

  /**
   * An entry as answered: ID numbers and phones masked as everywhere else (device ids are shown).
   */
  record EntryView(
      long id,
      String list,
      String keyType,
      String keyValue,
      String reason,
      Instant expiresAt,
      String createdBy,
      Instant createdAt) {
    static EntryView of(JdbcListEntries.StoredEntry e) {
      String shown =
          switch (KeyType.valueOf(e.keyType())) {
            case ID_NUMBER -> PersonalData.maskIdNumber(e.keyValue());
            case PHONE -> PersonalData.maskPhone(e.keyValue());
            default -> e.keyValue();
          };
      return new EntryView(
          e.id(),
          e.list(),
          e.keyType(),
          shown,
          e.reason(),
          e.expiresAt(),
          e.createdBy(),
          e.createdAt());
    }
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add an entry; live from now (the book's time) until expiresAt, or for ever")
  EntryView add(@RequestBody NewEntry body) {
    Fields f = Fields.check();
    ListType list = f.enumValue("list", body.list(), ListType.class);
    KeyType type = f.enumValue("keyType", body.keyType(), KeyType.class);
    f.required("value", body.value());
    f.required("reason", body.reason());
    f.orThrow();
    ListKey key =
        ListKey.of(type, body.value())
            .orElseThrow(
                () ->
                    ApiProblem.badField(
                        "invalid-field", "value", "nothing left after normalising"));
    Instant now = clock.now();
    if (body.expiresAt() != null && !body.expiresAt().isAfter(now)) {
      throw ApiProblem.badField("invalid-field", "expiresAt", "must be in the future");
    }
    return EntryView.of(
        lists.add(
            list,
            key,
            body.reason(),
            body.expiresAt(),
            body.actor() == null ? "api" : body.actor(),
            now.minusSeconds(1)));
  }

  @GetMapping
  @Operation(
      summary =
          "Entries, newest first, a page at a time (cursor and limit); ID numbers and phones masked")
  Page<EntryView> all(
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    Page.Request page = Page.Request.of(cursor, limit);
    return page.page(
        lists.page(page.afterId(), page.fetch()).stream().map(EntryView::of).toList(),
        EntryView::id);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove an entry")
  void remove(@PathVariable long id) {
    if (!lists.remove(id)) {
      throw ApiProblem.notFound("list entry", id);
    }
  }
}
