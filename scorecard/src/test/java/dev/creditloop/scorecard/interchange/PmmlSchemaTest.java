package dev.creditloop.scorecard.interchange;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.scorecard.GermanCredit;
import dev.creditloop.scorecard.card.Scorecard;
import dev.creditloop.scorecard.training.TrainScorecard;
import dev.creditloop.scorecard.training.TrainingSettings;
import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/**
 * The export is checked against the PMML 4.4 schema itself, not against our reading of it: the
 * round trip through {@link PmmlImport} would accept a document that other consumers refuse. The
 * schema is the DMG's {@code pmml-4-4.xsd} as JPMML ships it in {@code pmml-model} (test scope
 * only; JPMML adds optional {@code x-} vendor extensions and changes nothing we emit).
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
    Scorecard card =
        new TrainScorecard(TrainingSettings.defaults()).train(GermanCredit.labelled()).scorecard();
    assertThatCode(() -> validate(PmmlExport.write(card))).doesNotThrowAnyException();
  }

  @Test
  void aCardWithSpecialValuesMissingBinsAndNoScalingIsValidPmml44() {
    Scorecard card = SpecialValuesSample.train(SpecialValuesSample.data()).scorecard();
    assertThatCode(() -> validate(PmmlExport.write(card))).doesNotThrowAnyException();
    Scorecard unscaled =
        new Scorecard(
            card.name(), card.initialScore(), card.fields(), card.characteristics(), null);
    assertThatCode(() -> validate(PmmlExport.write(unscaled))).doesNotThrowAnyException();
  }

  @Test
  void theSchemaRefusesAMisnamedElementOrAMissingRequiredAttribute() {
    Scorecard card =
        new TrainScorecard(TrainingSettings.defaults()).train(GermanCredit.labelled()).scorecard();
    String pmml = PmmlExport.write(card);
    assertThatThrownBy(
            () ->
                validate(
                    pmml.replace("<Characteristics>", "<Characteristicz>")
                        .replace("</Characteristics>", "</Characteristicz>")))
        .isInstanceOf(SAXParseException.class);
    assertThatThrownBy(() -> validate(pmml.replace(" functionName=\"regression\"", "")))
        .isInstanceOf(SAXParseException.class);
    assertThatThrownBy(() -> validate(pmml.replace("operator=\"lessThan\"", "operator=\"below\"")))
        .isInstanceOf(SAXParseException.class);
  }
}
