package dev.creditloop.app.bulk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When held writes go to PostgreSQL as one statement ({@code with ... as (...)}) and when one after
 * the other: a statement's parts do not see each other's rows, so an update shares its table with
 * no other held write.
 */
class DeferringConnectionTest {

  private static DeferringConnection.Held insert(String table, int rows) {
    return new DeferringConnection.Held(
        "insert into " + table + " (a, b) values ",
        "(?, ?)",
        new java.util.ArrayList<>(java.util.Collections.nCopies(rows, new Object[] {1, 2})),
        table);
  }

  private static DeferringConnection.Held update(String table) {
    return new DeferringConnection.Held(
        "update " + table + " set a = ? where b = ?",
        null,
        List.<Object[]>of(new Object[] {1, 2}),
        table);
  }

  @Test
  void insertsAndAnUpdateOfAnotherTableGoAsOneStatement() {
    List<DeferringConnection.Held> work =
        List.of(insert("loan", 1), insert("installment", 3), update("line"), insert("journal", 2));
    assertThat(DeferringConnection.oneStatement(work)).isTrue();
    assertThat(DeferringConnection.text(work))
        .isEqualTo(
            "with held_1 as (insert into loan (a, b) values (?, ?)),\n"
                + "held_2 as (insert into installment (a, b) values (?, ?), (?, ?), (?, ?)),\n"
                + "held_3 as (update line set a = ? where b = ?)\n"
                + "insert into journal (a, b) values (?, ?), (?, ?)");
  }

  @Test
  void anUpdateOfATableAnotherHeldWriteTouchesGoesAfterIt() {
    List<DeferringConnection.Held> work = List.of(insert("parent", 2), update("parent"));
    assertThat(DeferringConnection.oneStatement(work)).isFalse();
    assertThat(DeferringConnection.text(work))
        .isEqualTo(
            "insert into parent (a, b) values (?, ?), (?, ?);\n"
                + "update parent set a = ? where b = ?");
    assertThat(DeferringConnection.oneStatement(List.of(update("a"), update("a")))).isFalse();
    assertThat(DeferringConnection.oneStatement(List.of(update("a"), update("b")))).isTrue();
  }

  @Test
  void insertsIntoOneTableMayShareAStatement() {
    assertThat(
            DeferringConnection.oneStatement(
                List.of(insert("a", 1), insert("b", 1), insert("a", 2))))
        .isTrue();
  }

  @Test
  void oneWriteOrAnUnknownTableGoesAsItIs() {
    assertThat(DeferringConnection.oneStatement(List.of(insert("a", 1)))).isFalse();
    assertThat(DeferringConnection.text(List.of(insert("a", 2))))
        .isEqualTo("insert into a (a, b) values (?, ?), (?, ?)");
    DeferringConnection.Held unknown =
        new DeferringConnection.Held(
            "delete from a where b = ?", null, List.<Object[]>of(new Object[] {1}), null);
    assertThat(DeferringConnection.oneStatement(List.of(insert("b", 1), unknown))).isFalse();
  }
}
