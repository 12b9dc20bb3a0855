package dev.creditloop.decisioning.list;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.decisioning.expr.DefinitionProblem;
import dev.creditloop.decisioning.expr.Problems;
import dev.creditloop.decisioning.rule.Action;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListScreenTest {

  static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");
  static final Instant NOW = Instant.parse("2025-06-10T12:00:00Z");

  static ListKey key(KeyType type, String raw) {
    return ListKey.of(type, raw).orElseThrow();
  }

  static CompiledListScreen screen() {
    Problems problems = new Problems();
    CompiledListScreen s =
        CompiledListScreen.compile(
            new ListScreenDefinition(
                "lists",
                List.of(
                    new ListCheckDefinition(
                        ListType.BLACK, null, Action.REJECT, "BLACK", null, null),
                    new ListCheckDefinition(
                        ListType.GREY, List.of(KeyType.DEVICE), Action.REVIEW, "GREY", null, null),
                    new ListCheckDefinition(
                        ListType.WHITE,
                        List.of(KeyType.ID_NUMBER),
                        Action.PASS,
                        null,
                        null,
                        List.of("soft")))),
            problems);
    assertThat(problems.list()).isEmpty();
    return s;
  }

  @Test
  void keysAreNormalisedSoTheSamePersonTypedTwoWaysMatches() {
    assertThat(key(KeyType.ID_NUMBER, " 11010519491231002x ").value())
        .isEqualTo("11010519491231002X");
    assertThat(key(KeyType.PHONE, "+86 138-0013-8000"))
        .isEqualTo(key(KeyType.PHONE, "13800138000"));
    assertThat(key(KeyType.PHONE, "0086 13800138000"))
        .isEqualTo(key(KeyType.PHONE, "138 0013 8000"));
    assertThat(key(KeyType.DEVICE, " ABC-123 ").value()).isEqualTo("abc-123");
    assertThat(ListKey.of(KeyType.PHONE, " - ")).isEmpty();
    assertThat(key(KeyType.PHONE, "13800138000").masked()).isEqualTo("*******8000");
    assertThat(key(KeyType.PHONE, "13800138000").digest())
        .isEqualTo(key(KeyType.PHONE, "+8613800138000").digest())
        .hasSize(64);
  }

  @Test
  void aBlacklistedPhoneRejectsWithTheChecksReasonAndTheEntrysWhy() {
    InMemoryListEntries entries =
        new InMemoryListEntries()
            .add(
                new ListEntry(
                    ListType.BLACK, key(KeyType.PHONE, "13800138000"), "fraud ring", T0, null));
    ListScreenResult r = screen().screen("110105", "+86 138 0013 8000", "dev-1", NOW, entries);
    assertThat(r.action()).isEqualTo(Action.REJECT);
    assertThat(r.hits())
        .containsExactly(
            new ListHit(
                0,
                ListType.BLACK,
                KeyType.PHONE,
                "*******8000",
                "fraud ring",
                Action.REJECT,
                "BLACK",
                "fraud ring"));
  }

  @Test
  void greyCheckOnlyLooksAtTheKeysItNames() {
    InMemoryListEntries entries =
        new InMemoryListEntries()
            .add(new ListEntry(ListType.GREY, key(KeyType.PHONE, "13800138000"), "x", T0, null));
    assertThat(screen().screen(null, "13800138000", "dev-1", NOW, entries).action())
        .isEqualTo(Action.PASS);
    entries.add(
        new ListEntry(ListType.GREY, key(KeyType.DEVICE, "DEV-1"), "shared device", T0, null));
    assertThat(screen().screen(null, "13800138000", "dev-1", NOW, entries).action())
        .isEqualTo(Action.REVIEW);
  }

  @Test
  void expiredAndFutureEntriesDoNotApply() {
    InMemoryListEntries entries =
        new InMemoryListEntries()
            .add(new ListEntry(ListType.BLACK, key(KeyType.ID_NUMBER, "A1"), "old", T0, NOW))
            .add(
                new ListEntry(
                    ListType.BLACK,
                    key(KeyType.ID_NUMBER, "A2"),
                    "later",
                    NOW.plusSeconds(1),
                    null));
    assertThat(screen().screen("A1", null, null, NOW, entries).hits()).isEmpty();
    assertThat(screen().screen("A1", null, null, NOW.minusSeconds(1), entries).action())
        .isEqualTo(Action.REJECT);
    assertThat(screen().screen("A2", null, null, NOW, entries).hits()).isEmpty();
  }

  @Test
  void whiteListHitPassesAndNamesTheStepsToSkip() {
    InMemoryListEntries entries =
        new InMemoryListEntries()
            .add(new ListEntry(ListType.WHITE, key(KeyType.ID_NUMBER, "A1"), "vip", T0, null));
    ListScreenResult r = screen().screen("a1", null, null, NOW, entries);
    assertThat(r.action()).isEqualTo(Action.PASS);
    assertThat(r.hits()).extracting(ListHit::check).containsExactly(2);
    assertThat(screen().skip(2)).containsExactly("soft");
  }

  @Test
  void blackAndGreyTogetherGiveTheWorst() {
    InMemoryListEntries entries =
        new InMemoryListEntries()
            .add(new ListEntry(ListType.GREY, key(KeyType.DEVICE, "d"), "g", T0, null))
            .add(new ListEntry(ListType.BLACK, key(KeyType.ID_NUMBER, "A1"), "b", T0, null));
    ListScreenResult r = screen().screen("A1", null, "d", NOW, entries);
    assertThat(r.action()).isEqualTo(Action.REJECT);
    assertThat(r.hits()).hasSize(2);
  }

  @Test
  void checksNeedAListAnActionAndAReason() {
    Problems problems = new Problems();
    CompiledListScreen.compile(
        new ListScreenDefinition(
            "lists", List.of(new ListCheckDefinition(null, null, Action.REVIEW, null, null, null))),
        problems);
    assertThat(problems.list())
        .extracting(DefinitionProblem::toString)
        .containsExactly(
            "checks[0].list: is required", "checks[0].reason: a REVIEW check needs a reason code");
  }
}
