package dev.creditloop.scorecard.interchange;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.scorecard.GermanCredit;
import dev.creditloop.scorecard.binning.BinningSettings;
import dev.creditloop.scorecard.binning.SpecialValues;
import dev.creditloop.scorecard.card.Scorecard;
import dev.creditloop.scorecard.data.CsvOptions;
import dev.creditloop.scorecard.data.CsvReader;
import dev.creditloop.scorecard.data.LabelledData;
import dev.creditloop.scorecard.data.Target;
import dev.creditloop.scorecard.training.TrainScorecard;
import dev.creditloop.scorecard.training.TrainingSettings;
import java.io.StringReader;
import java.net.URL;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/**
 * The export is checked against the PMML 4.4 schema itself, not against our reading of it: the
 * round trip through {@link PmmlImport} would accept a document that other consumers refuse.
 * The schema is the DMG's {@code pmml-4-4.xsd} as JPMML ships it in {@code pmml-model} (test
 * scope only; JPMML adds optional {@code x-} vendor extensions and changes nothing we emit).
 */
class PmmlSchemaTest {

  private static Schema pmml44;

  @BeforeAll
  static void loadSchema() throws Exception {
    URL xsd = PmmlSchemaTest.class.getClassLoader().getResource("pmml.xsd");
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    pmml44 = factory.newSchema(xsd);
  }

  private static void validate(String document) throws Exception {
    pmml44.newValidator().validate(new StreamSource(new StringReader(document)));
  }

  @Test
  void aTrainedCardIsValidPmml44() {
    Scorecard card = new TrainScorecard(TrainingSettings.defaults()).train(GermanCredit.labelled()).scorecard();
    assertThatCode(() -> validate(PmmlExport.write(card))).doesNotThrowAnyException();
  }

  @Test
  void aCardWithSpecialValuesMissingBinsAndNoScalingIsValidPmml44() {
    StringBuilder csv = new StringBuilder("months,limit,y\n");
    for (int i = 0; i < 400; i++) {
      String months = i % 10 == 0 ? "-1" : i % 13 == 0 ? "" : Integer.toString(i % 48);
      csv.append(months).append(',').append(i % 7 == 0 ? "NA" : Integer.toString(1000 + 37 * i % 5000)).append(',')
          .append(i % 10 == 0 || (i % 48) > 36 || i % 5 == 1 ? "bad" : "good").append('\n');
    }
    LabelledData data = new Target("y", "bad").label(CsvReader.parse(csv.toString(), "s.csv", CsvOptions.defaults()));
    TrainingSettings settings = TrainingSettings.defaults()
        .withBinning(BinningSettings.defaults().withSpecialValues(SpecialValues.everywhere(Set.of(-1.0))))
        .withSelection(TrainingSettings.defaults().selection().withIvMin(0));
    Scorecard card = new TrainScorecard(settings).train(data).scorecard();
    assertThatCode(() -> validate(PmmlExport.write(card))).doesNotThrowAnyException();
    Scorecard unscaled = new Scorecard(card.name(), card.initialScore(), card.fields(), card.characteristics(), null);
    assertThatCode(() -> validate(PmmlExport.write(unscaled))).doesNotThrowAnyException();
  }

  @Test
  void theSchemaRefusesAMisnamedElementOrAMissingRequiredAttribute() {
    Scorecard card = new TrainScorecard(TrainingSettings.defaults()).train(GermanCredit.labelled()).scorecard();
    String pmml = PmmlExport.write(card);
    assertThatThrownBy(() -> validate(pmml.replace("<Characteristics>", "<Characteristicz>")
            .replace("</Characteristics>", "</Characteristicz>")))
        .isInstanceOf(SAXParseException.class);
    assertThatThrownBy(() -> validate(pmml.replace(" functionName=\"regression\"", "")))
        .isInstanceOf(SAXParseException.class);
    assertThatThrownBy(() -> validate(pmml.replace("operator=\"lessThan\"", "operator=\"below\"")))
        .isInstanceOf(SAXParseException.class);
  }
}
