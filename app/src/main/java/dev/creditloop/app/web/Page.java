package dev.creditloop.app.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpStatus;

/**
 * One page of a list answer: {@code {items, nextCursor}}. Every list endpoint pages the same way:
 * an opaque {@code cursor} (the {@code nextCursor} of the page before, absent for the first page)
 * and a {@code limit} (default 50, at most 500). Pages follow a stable key (the id, newest first),
 * so rows added while a client pages never make it see a row twice or skip one it had not reached.
 */
public record Page<T>(
    @Schema(description = "this page's items, in the endpoint's order") List<T> items,
    @Schema(description = "pass as `cursor` for the next page; null on the last page")
        String nextCursor) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  /**
   * A validated page request: the key to continue after (null: from the start) and the page size.
   */
  public record Request(String after, int limit) {

    /** Validates {@code limit} and decodes {@code cursor}, refusing either with a 400 naming it. */
    public static Request of(String cursor, Integer limit) {
      int size = limit == null ? DEFAULT_LIMIT : limit;
      if (size < 1 || size > MAX_LIMIT) {
        throw ApiProblem.badField("invalid-field", "limit", "must be between 1 and " + MAX_LIMIT);
      }
      return new Request(cursor == null || cursor.isEmpty() ? null : decode(cursor), size);
    }

    /** The key to continue after as a number (for id-ordered lists), or null on the first page. */
    public Long afterId() {
      if (after == null) {
        return null;
      }
      try {
        return Long.parseLong(after);
      } catch (NumberFormatException e) {
        throw badCursor();
      }
    }

    /** How many rows to read: one more than the page, to know whether another page follows. */
    public int fetch() {
      return limit + 1;
    }

    /**
     * The page from {@code fetched} rows read after the cursor (at most {@link #fetch()} of them).
     */
    public <T> Page<T> page(List<T> fetched, Function<T, ?> key) {
      if (fetched.size() <= limit) {
        return new Page<>(List.copyOf(fetched), null);
      }
      List<T> items = List.copyOf(fetched.subList(0, limit));
      return new Page<>(items, encode(String.valueOf(key.apply(items.get(limit - 1)))));
    }

    /**
     * Pages a short list held in memory (catalogues, one loan's journal) in the order of {@code
     * key}.
     */
    public <T, K extends Comparable<K>> Page<T> pageOf(
        List<T> all, Function<T, K> key, Function<String, K> parse, boolean descending) {
      Comparator<K> order =
          descending ? Comparator.<K>reverseOrder() : Comparator.<K>naturalOrder();
      K from;
      try {
        from = after == null ? null : parse.apply(after);
      } catch (RuntimeException e) {
        throw badCursor();
      }
      List<T> rows = new ArrayList<>();
      for (T t : all.stream().sorted(Comparator.comparing(key, order)).toList()) {
        if (from == null || order.compare(key.apply(t), from) > 0) {
          rows.add(t);
          if (rows.size() == fetch()) {
            break;
          }
        }
      }
      return page(rows, key::apply);
    }
  }

  private static String encode(String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("k:" + key).getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith("k:")) {
        throw badCursor();
      }
      return text.substring(2);
    } catch (IllegalArgumentException e) {
      throw badCursor();
    }
  }

  private static ApiProblem badCursor() {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST,
        "invalid-field",
        "cursor: not a cursor this API gave",
        List.of(new ApiProblem.FieldIssue("cursor", "not a cursor this API gave")));
  }
}
