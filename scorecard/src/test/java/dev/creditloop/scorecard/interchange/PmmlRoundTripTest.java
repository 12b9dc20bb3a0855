package dev.creditloop.scorecard.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.scorecard.GermanCredit;
import dev.creditloop.scorecard.card.Scorecard;
import dev.creditloop.scorecard.card.ScoredRow;
import dev.creditloop.scorecard.data.Dataset;
import dev.creditloop.scorecard.data.LabelledData;
import dev.creditloop.scorecard.data.Row;
import dev.creditloop.scorecard.training.ScorecardModel;
import dev.creditloop.scorecard.training.TrainScorecard;
import dev.creditloop.scorecard.training.TrainingSettings;
import org.junit.jupiter.api.Test;

class PmmlRoundTripTest {

  @Test
  void exportThenImportGivesTheSameScoresAndReasonsOnEveryRow() {
    LabelledData data = GermanCredit.labelled();
    Scorecard card = new TrainScorecard(TrainingSettings.defaults()).train(data).scorecard();
    String pmml = PmmlExport.write(card);
    Scorecard imported = PmmlImport.read(pmml);
    assertThat(imported.characteristics()).hasSameSizeAs(card.characteristics());
    assertThat(imported.scaling()).isEqualTo(card.scaling());
    Dataset rows = data.features();
    for (int i = 0; i < rows.rowCount(); i++) {
      ScoredRow expected = card.score(rows.row(i));
      ScoredRow actual = imported.score(rows.row(i));
      assertThat(actual.score()).isEqualTo(expected.score());
      assertThat(actual.reasons()).isEqualTo(expected.reasons());
    }
    // values the sample never had still score the same after the trip
    Row odd = Row.builder().text("checking_status", "brand new").number("duration", -5).build();
    assertThat(imported.score(odd).score()).isEqualTo(card.score(odd).score());
  }

  @Test
  void theDocumentIsAPmml44ScorecardWithTheExpectedPredicates() {
    Scorecard card =
        new TrainScorecard(TrainingSettings.defaults()).train(GermanCredit.labelled()).scorecard();
    String pmml = PmmlExport.write(card);
    assertThat(pmml)
        .contains(
            "xmlns=\"http://www.dmg.org/PMML-4_4\"",
            "version=\"4.4\"",
            "<Scorecard ",
            "useReasonCodes=\"true\"",
            "reasonCodeAlgorithm=\"pointsBelow\"",
            "baselineScore=",
            "operator=\"isMissing\"",
            "<CompoundPredicate booleanOperator=\"and\">",
            "<SimpleSetPredicate",
            "booleanOperator=\"isIn\"",
            "<Array n=\"1\" type=\"string\">\"no checking\"</Array>",
            "<True/>",
            "operator=\"greaterOrEqual\"",
            "operator=\"lessThan\"");
  }

  @Test
  void specialValuesAndMissingBinsSurviveTheTrip() {
    LabelledData data = SpecialValuesSample.data();
    ScorecardModel model = SpecialValuesSample.train(data);
    assertThat(model.binning("months").bins())
        .anySatisfy(b -> assertThat(b.label()).isEqualTo("special -1"));
    Scorecard card = model.scorecard();
    Scorecard imported = PmmlImport.read(PmmlExport.write(card));
    for (int i = 0; i < data.size(); i++) {
      assertThat(imported.score(data.features().row(i)).score())
          .isEqualTo(card.score(data.features().row(i)).score());
    }
    assertThat(PmmlExport.write(card)).contains("operator=\"equal\" value=\"-1\"");
  }

  @Test
  void importsAHandWrittenScorecardWithOtherPredicates() {
    String pmml =
        """
        <?xml version="1.0"?>
        <PMML xmlns="http://www.dmg.org/PMML-4_3" version="4.3">
          <DataDictionary>
            <DataField name="age" optype="continuous" dataType="double"/>
            <DataField name="city" optype="categorical" dataType="string"/>
          </DataDictionary>
          <Scorecard functionName="regression" initialScore="100" useReasonCodes="true" baselineScore="30">
            <MiningSchema>
              <MiningField name="age"/>
              <MiningField name="city"/>
              <MiningField name="score" usageType="predicted"/>
            </MiningSchema>
            <Characteristics>
              <Characteristic name="ageScore" reasonCode="RC1" baselineScore="20">
                <Attribute partialScore="5"><SimplePredicate field="age" operator="lessOrEqual" value="25"/></Attribute>
                <Attribute partialScore="15"><CompoundPredicate booleanOperator="or">
                    <SimplePredicate field="age" operator="greaterThan" value="60"/>
                    <SimplePredicate field="age" operator="isMissing"/>
                  </CompoundPredicate></Attribute>
                <Attribute partialScore="20"><True/></Attribute>
              </Characteristic>
              <Characteristic name="cityScore" reasonCode="RC2">
                <Attribute partialScore="-10"><SimpleSetPredicate field="city" booleanOperator="isNotIn">
                    <Array n="2" type="string">"Shanghai" "New \\"Town\\""</Array></SimpleSetPredicate></Attribute>
                <Attribute partialScore="10"><True/></Attribute>
              </Characteristic>
            </Characteristics>
          </Scorecard>
        </PMML>
        """;
    Scorecard card = PmmlImport.read(pmml);
    assertThat(card.initialScore()).isEqualTo(100);
    assertThat(card.scaling()).isNull();
    assertThat(card.fields()).extracting(Scorecard.Field::name).containsExactly("age", "city");
    ScoredRow young = card.score(Row.builder().number("age", 22).text("city", "Wuhan").build());
    assertThat(young.score()).isEqualTo(100 + 5 - 10);
    // losses: age 20-5 = 15, city 30-(-10) = 40 (model-level baseline): city first
    assertThat(young.reasons()).extracting(r -> r.code()).containsExactly("RC2", "RC1");
    assertThat(card.score(Row.builder().text("city", "New \"Town\"").build()).score())
        .isEqualTo(100 + 15 + 10);
    assertThat(card.score(Row.builder().number("age", 40).text("city", "Shanghai").build()).score())
        .isEqualTo(130);
  }

  @Test
  void refusesWhatItCannotReadSafely() {
    assertThatThrownBy(
            () ->
                PmmlImport.read(
                    "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><PMML>&e;</PMML>"))
        .hasMessageContaining("not well-formed PMML");
    assertThatThrownBy(
            () ->
                PmmlImport.read("<PMML xmlns=\"http://www.dmg.org/PMML-4_4\"><TreeModel/></PMML>"))
        .hasMessageContaining("no Scorecard");
    assertThatThrownBy(
            () ->
                PmmlImport.read(
                    """
        <PMML xmlns="http://www.dmg.org/PMML-4_4"><Scorecard><Characteristics><Characteristic name="c">
        <Attribute><ComplexPartialScore/><True/></Attribute></Characteristic></Characteristics></Scorecard></PMML>"""))
        .hasMessageContaining("ComplexPartialScore is not supported");
  }
}
