package dev.creditloop.scorecard.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static Dataset parse(String text) {
    return CsvReader.parse(text, "test.csv", CsvOptions.defaults());
  }

  @Test
  void detectsNumericAndCategoricalColumns() {
    Dataset d = parse("age,city,income\n30,Shanghai,1.5e3\n41,Beijing,-20\n");
    assertThat(d.column("age").type()).isEqualTo(ColumnType.NUMERIC);
    assertThat(d.column("city").type()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(((NumericColumn) d.column("income")).get(0)).isEqualTo(1500.0);
    assertThat(((NumericColumn) d.column("income")).get(1)).isEqualTo(-20.0);
    assertThat(d.rowCount()).isEqualTo(2);
  }

  @Test
  void emptyAndNaAreMissingInBothKindsOfColumn() {
    Dataset d = parse("x,y\n1,a\n,NA\nNA,\n4,b\n");
    assertThat(d.column("x").type()).isEqualTo(ColumnType.NUMERIC);
    assertThat(d.column("x").missingCount()).isEqualTo(2);
    assertThat(d.column("y").missingCount()).isEqualTo(2);
    assertThat(d.column("x").value(1)).isEqualTo(Value.MISSING);
  }

  @Test
  void quotedFieldsKeepDelimitersQuotesAndLineBreaks() {
    Dataset d = parse("id,note\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n");
    CategoricalColumn note = (CategoricalColumn) d.column("note");
    assertThat(note.get(0)).isEqualTo("a, b");
    assertThat(note.get(1)).isEqualTo("say \"hi\"");
    assertThat(note.get(2)).isEqualTo("two\nlines");
    assertThat(d.rowCount()).isEqualTo(3);
  }

  @Test
  void crlfLineEndsByteOrderMarkAndBlankLinesAreHandled() {
    Dataset d = parse("\uFEFFa,b\r\n1,x\r\n\r\n2,y\r\n");
    assertThat(d.columnNames()).containsExactly("a", "b");
    assertThat(d.rowCount()).isEqualTo(2);
  }

  @Test
  void javaOnlyNumberSpellingsMakeAColumnCategorical() {
    // Double.parseDouble accepts all of these; a data file should not
    assertThat(parse("x\n1d\n").column("x").type()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(parse("x\nNaN\n").column("x").type()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(parse("x\nInfinity\n").column("x").type()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(parse("x\n0x1F\n").column("x").type()).isEqualTo(ColumnType.CATEGORICAL);
  }

  @Test
  void typeOverrideReadsNumericCodesAsCategories() {
    Dataset d =
        CsvReader.parse(
            "branch,y\n101,a\n102,b\n",
            "t.csv",
            CsvOptions.defaults().withType("branch", ColumnType.CATEGORICAL));
    assertThat(d.column("branch").type()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(((CategoricalColumn) d.column("branch")).get(0)).isEqualTo("101");
  }

  @Test
  void forcingNumericOnTextNamesTheLine() {
    assertThatThrownBy(
            () ->
                CsvReader.parse(
                    "x\n1\nabc\n",
                    "t.csv",
                    CsvOptions.defaults().withType("x", ColumnType.NUMERIC)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("t.csv:3")
        .hasMessageContaining("abc");
  }

  @Test
  void aRowWithTheWrongFieldCountIsRejectedWithItsLine() {
    assertThatThrownBy(() -> parse("a,b\n1,2\n3\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("test.csv:3")
        .hasMessageContaining("1 fields but the header has 2");
  }

  @Test
  void duplicateOrEmptyHeadersAndUnclosedQuotesAreRejected() {
    assertThatThrownBy(() -> parse("a,a\n1,2\n")).hasMessageContaining("duplicate column 'a'");
    assertThatThrownBy(() -> parse("a,\n1,2\n")).hasMessageContaining("column 2 has no name");
    assertThatThrownBy(() -> parse("a\n\"open\n")).hasMessageContaining("not closed");
    assertThatThrownBy(() -> parse("")).hasMessageContaining("no header");
  }

  @Test
  void otherDelimiters() {
    Dataset d = CsvReader.parse("a;b\n1,5;x\n", "t.csv", CsvOptions.defaults().withDelimiter(';'));
    assertThat(((CategoricalColumn) d.column("a")).get(0)).isEqualTo("1,5");
  }

  @Test
  void headerOnlyGivesAnEmptyDataset() {
    Dataset d = parse("a,b\n");
    assertThat(d.rowCount()).isZero();
    assertThat(d.columnNames()).containsExactly("a", "b");
  }

  @Test
  void aQuotedFieldHoldsACommaAndALineBreakTogether() {
    Dataset d = parse("id,note,amount\n1,\"Pudong, Shanghai\nRoom 5\",10\n2,plain,20\n");
    CategoricalColumn note = (CategoricalColumn) d.column("note");
    assertThat(note.get(0)).isEqualTo("Pudong, Shanghai\nRoom 5");
    assertThat(note.get(1)).isEqualTo("plain");
    assertThat(d.column("amount").type()).isEqualTo(ColumnType.NUMERIC);
    assertThat(d.rowCount()).isEqualTo(2);
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstName() {
    Dataset d = parse("\uFEFFage,y\n30,a\n");
    assertThat(d.columnNames()).containsExactly("age", "y");
    assertThat(d.column("age").type()).isEqualTo(ColumnType.NUMERIC);
  }

  @Test
  void aRowAfterAMultiLineFieldIsNamedByTheLineItStartsOn() {
    assertThatThrownBy(() -> parse("a,b\n1,\"x\ny\"\n3\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("test.csv:4");
  }

  @Test
  void textAfterAClosingQuoteIsRejectedWithItsLine() {
    assertThatThrownBy(() -> parse("a,b\n1,\"x\"y\n"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageContaining("test.csv:2");
  }
}
