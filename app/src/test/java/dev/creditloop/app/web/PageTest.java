package dev.creditloop.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void aFullPageReadOneRowAheadGivesACursorToTheRest() {
    Page.Request first = Page.Request.of(null, 2);
    Page<Long> page = first.page(List.of(9L, 8L, 7L), Long::longValue);
    assertThat(page.items()).containsExactly(9L, 8L);
    assertThat(Page.Request.of(page.nextCursor(), 2).afterId()).isEqualTo(8L);
    assertThat(first.page(List.of(9L, 8L), Long::longValue).nextCursor()).isNull();
  }

  @Test
  void pagingAListInMemoryVisitsEveryItemOnceInOrder() {
    List<String> codes = IntStream.range(0, 7).mapToObj(i -> "P" + i).toList();
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      Page<String> page = Page.Request.of(cursor, 3).pageOf(reversed(codes), c -> c, c -> c, false);
      seen.addAll(page.items());
      cursor = page.nextCursor();
    } while (cursor != null);
    assertThat(seen).containsExactlyElementsOf(codes);
  }

  @Test
  void limitsOutsideOneToFiveHundredAndForeignCursorsAreRefusedByName() {
    assertThat(Page.Request.of(null, null).limit()).isEqualTo(50);
    assertThatThrownBy(() -> Page.Request.of(null, 501))
        .isInstanceOfSatisfying(
            ApiProblem.class, p -> assertThat(p.fields().get(0).field()).isEqualTo("limit"));
    assertThatThrownBy(() -> Page.Request.of(null, 0)).isInstanceOf(ApiProblem.class);
    assertThatThrownBy(() -> Page.Request.of("%%%", 10))
        .isInstanceOfSatisfying(
            ApiProblem.class, p -> assertThat(p.fields().get(0).field()).isEqualTo("cursor"));
    assertThatThrownBy(() -> Page.Request.of("bm90LWEtY3Vyc29y", 10))
        .isInstanceOf(ApiProblem.class);
  }

  private static List<String> reversed(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
