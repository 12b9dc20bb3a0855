package dev.creditloop.app.decisioning.web;

import dev.creditloop.app.decisioning.persistence.JdbcListEntries;
import dev.creditloop.app.servicing.BusinessClock;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Fields;
import dev.creditloop.decisioning.list.KeyType;
import dev.creditloop.decisioning.list.ListKey;
import dev.creditloop.decisioning.list.ListType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
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
@Tag(name = "Lists", description = "Black, white and grey lists by ID number, phone or device, with reason and expiry")
class ListController {

  private final JdbcListEntries lists;
  private final BusinessClock clock;

  ListController(JdbcListEntries lists, BusinessClock clock) {
    this.lists = lists;
    this.clock = clock;
  }

  record NewEntry(String list, String keyType, String value, String reason, Instant expiresAt, String actor) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add an entry; live from now (the book's time) until expiresAt, or for ever")
  JdbcListEntries.StoredEntry add(@RequestBody NewEntry body) {
    Fields f = Fields.check();
    ListType list = f.enumValue("list", body.list(), ListType.class);
    KeyType type = f.enumValue("keyType", body.keyType(), KeyType.class);
    f.required("value", body.value());
    f.required("reason", body.reason());
    f.orThrow();
    ListKey key = ListKey.of(type, body.value())
        .orElseThrow(() -> ApiProblem.badField("invalid-field", "value", "nothing left after normalising"));
    Instant now = clock.now();
    if (body.expiresAt() != null && !body.expiresAt().isAfter(now)) {
      throw ApiProblem.badField("invalid-field", "expiresAt", "must be in the future");
    }
    return lists.add(list, key, body.reason(), body.expiresAt(), body.actor() == null ? "api" : body.actor(), now.minusSeconds(1));
  }

  @GetMapping
  @Operation(summary = "Entries, newest first")
  List<JdbcListEntries.StoredEntry> all(@RequestParam(defaultValue = "100") int limit) {
    return lists.all(Math.max(1, Math.min(limit, 1000)));
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
