package dev.creditloop.scorecard.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.scorecard.GermanCredit;
import org.junit.jupiter.api.Test;

class ArffReaderTest {

  private static final String SAMPLE =
      """
      % a comment before the header
      @RELATION 'loans 2024'

      @attribute 'credit amount' numeric
      @attribute purpose { 'new car', radio/tv, "other" }
      @ATTRIBUTE age INTEGER
      @attribute note string
      @attribute class {good,bad}
      % a comment inside
      @data
      1169, 'new car', 67, 'it\\'s fine', good
      ?, radio/tv, ?, '?', bad
      5951,other,22,"say \\"hi\\"",good
      """;

  @Test
  void readsNumericNominalAndStringAttributesWithQuotesAndMissing() {
    Dataset d = ArffReader.parse(SAMPLE, "sample.arff");
    assertThat(d.columnNames()).containsExactly("credit amount", "purpose", "age", "note", "class");
    assertThat(d.column("credit amount").type()).isEqualTo(ColumnType.NUMERIC);
    assertThat(d.column("age").type()).isEqualTo(ColumnType.NUMERIC);
    assertThat(d.column("purpose").type()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(((NumericColumn) d.column("credit amount")).get(0)).isEqualTo(1169.0);
    assertThat(d.column("credit amount").isMissing(1)).isTrue();
    assertThat(d.column("age").isMissing(1)).isTrue();
    CategoricalColumn purpose = (CategoricalColumn) d.column("purpose");
    assertThat(purpose.get(0)).isEqualTo("new car");
    assertThat(purpose.get(2)).isEqualTo("other");
    assertThat(purpose.levels()).containsExactly("new car", "radio/tv", "other");
  }

  @Test
  void aQuotedQuestionMarkIsTextNotMissing() {
    CategoricalColumn note = (CategoricalColumn) ArffReader.parse(SAMPLE, "s.arff").column("note");
    assertThat(note.get(0)).isEqualTo("it's fine");
    assertThat(note.get(1)).isEqualTo("?");
    assertThat(note.get(2)).isEqualTo("say \"hi\"");
  }

  @Test
  void aValueOutsideTheNominalListNamesLineAndValue() {
    String text = "@relation r\n@attribute c {a,b}\n@data\na\nz\n";
    assertThatThrownBy(() -> ArffReader.parse(text, "r.arff"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("r.arff:5")
        .hasMessageContaining("'z' is not a declared value of 'c'");
  }

  @Test
  void sparseRowsDatesAndMissingDataSectionAreRefused() {
    assertThatThrownBy(() -> ArffReader.parse("@attribute a numeric\n@data\n{0 1}\n", "s.arff"))
        .hasMessageContaining("sparse");
    assertThatThrownBy(
            () -> ArffReader.parse("@attribute d date \"yyyy-MM-dd\"\n@data\n", "s.arff"))
        .hasMessageContaining("unsupported type");
    assertThatThrownBy(() -> ArffReader.parse("@attribute a numeric\n", "s.arff"))
        .hasMessageContaining("no @data");
    assertThatThrownBy(
            () ->
                ArffReader.parse(
                    "@attribute a numeric\n@attribute b numeric\n@data\n1\n", "s.arff"))
        .hasMessageContaining("1 values but 2 attributes");
  }

  @Test
  void germanCreditHasTheDocumentedShape() {
    Dataset d = GermanCredit.dataset();
    assertThat(d.rowCount()).isEqualTo(1000);
    assertThat(d.columnNames()).hasSize(21);
    long numeric = d.columns().stream().filter(c -> c.type() == ColumnType.NUMERIC).count();
    assertThat(numeric).isEqualTo(7);
    LabelledData labelled = GermanCredit.labelled();
    assertThat(labelled.bads()).isEqualTo(300);
    assertThat(labelled.goods()).isEqualTo(700);
    assertThat(((CategoricalColumn) d.column("checking_status")).get(0)).isEqualTo("<0");
  }
}
