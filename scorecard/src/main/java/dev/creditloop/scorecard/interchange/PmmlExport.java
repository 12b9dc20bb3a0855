package dev.creditloop.scorecard.interchange;

import dev.creditloop.scorecard.card.Attribute;
import dev.creditloop.scorecard.card.Characteristic;
import dev.creditloop.scorecard.card.Condition;
import dev.creditloop.scorecard.card.Scorecard;
import dev.creditloop.scorecard.data.ColumnType;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes a scorecard as a PMML 4.4 {@code Scorecard} model: points as {@code partialScore}, reason
 * codes ranked "pointsBelow" the characteristic's {@code baselineScore} (its best points),
 * attributes in evaluation order with {@code isMissing}, {@code SimplePredicate}, {@code
 * CompoundPredicate}, {@code SimpleSetPredicate} and {@code True} predicates. Bin labels and the
 * scaling travel in {@code Extension} elements, which other consumers ignore.
 */
public final class PmmlExport {

  public static final String NAMESPACE = "http://www.dmg.org/PMML-4_4";
  static final String SCORE_FIELD = "score";

  private PmmlExport() {}

  public static String write(Scorecard card) {
    try {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
      Element pmml = element(doc, doc, "PMML");
      pmml.setAttribute("version", "4.4");
      Element header = element(doc, pmml, "Header");
      header.setAttribute("description", "Scorecard built by the creditloop scorecard workbench");
      Element application = element(doc, header, "Application");
      application.setAttribute("name", "creditloop scorecard");
      application.setAttribute("version", "0.1.0");

      Element dictionary = element(doc, pmml, "DataDictionary");
      dictionary.setAttribute("numberOfFields", Integer.toString(card.fields().size() + 1));
      for (Scorecard.Field f : card.fields()) {
        Element field = element(doc, dictionary, "DataField");
        field.setAttribute("name", f.name());
        boolean numeric = f.type() == ColumnType.NUMERIC;
        field.setAttribute("optype", numeric ? "continuous" : "categorical");
        field.setAttribute("dataType", numeric ? "double" : "string");
      }
      Element scoreField = element(doc, dictionary, "DataField");
      scoreField.setAttribute("name", SCORE_FIELD);
      scoreField.setAttribute("optype", "continuous");
      scoreField.setAttribute("dataType", "double");

      Element model = element(doc, pmml, "Scorecard");
      model.setAttribute("modelName", card.name());
      model.setAttribute("functionName", "regression");
      model.setAttribute("useReasonCodes", "true");
      model.setAttribute("reasonCodeAlgorithm", "pointsBelow");
      model.setAttribute("baselineMethod", "max");
      model.setAttribute("initialScore", Double.toString(card.initialScore()));
      if (card.scaling() != null) {
        extension(doc, model, "creditloop.baseScore", Double.toString(card.scaling().baseScore()));
        extension(doc, model, "creditloop.baseOdds", Double.toString(card.scaling().baseOdds()));
        extension(doc, model, "creditloop.pdo", Double.toString(card.scaling().pdo()));
      }
      Element schema = element(doc, model, "MiningSchema");
      for (Scorecard.Field f : card.fields()) {
        Element mining = element(doc, schema, "MiningField");
        mining.setAttribute("name", f.name());
        mining.setAttribute("usageType", "active");
      }
      Element target = element(doc, schema, "MiningField");
      target.setAttribute("name", SCORE_FIELD);
      target.setAttribute("usageType", "target");

      Element output = element(doc, model, "Output");
      Element finalScore = element(doc, output, "OutputField");
      finalScore.setAttribute("name", "FinalScore");
      finalScore.setAttribute("feature", "predictedValue");
      finalScore.setAttribute("dataType", "double");
      finalScore.setAttribute("optype", "continuous");
      for (int rank = 1; rank <= Scorecard.DEFAULT_REASONS; rank++) {
        Element reason = element(doc, output, "OutputField");
        reason.setAttribute("name", "ReasonCode" + rank);
        reason.setAttribute("rank", Integer.toString(rank));
        reason.setAttribute("feature", "reasonCode");
        reason.setAttribute("dataType", "string");
        reason.setAttribute("optype", "categorical");
      }

      Element characteristics = element(doc, model, "Characteristics");
      for (Characteristic c : card.characteristics()) {
        Element ch = element(doc, characteristics, "Characteristic");
        ch.setAttribute("name", c.name());
        ch.setAttribute("reasonCode", c.reasonCode());
        ch.setAttribute("baselineScore", Double.toString(c.baselineScore()));
        for (Attribute a : c.attributes()) {
          Element attribute = element(doc, ch, "Attribute");
          attribute.setAttribute("partialScore", Double.toString(a.points()));
          extension(doc, attribute, "creditloop.label", a.label());
          predicate(doc, attribute, a.condition());
        }
      }
      return serialise(doc);
    } catch (ParserConfigurationException | TransformerException e) {
      throw new IllegalStateException("the JDK's XML support failed", e);
    }
  }

  private static void predicate(Document doc, Element parent, Condition condition) {
    if (condition instanceof Condition.IsMissing m) {
      simple(doc, parent, m.field(), "isMissing", null);
    } else if (condition instanceof Condition.IsNotMissing m) {
      simple(doc, parent, m.field(), "isNotMissing", null);
    } else if (condition instanceof Condition.Compare c) {
      simple(doc, parent, c.field(), c.operator().pmml(), c.value());
    } else if (condition instanceof Condition.InSet s) {
      Element set = element(doc, parent, "SimpleSetPredicate");
      set.setAttribute("field", s.field());
      set.setAttribute("booleanOperator", s.negated() ? "isNotIn" : "isIn");
      Element array = element(doc, set, "Array");
      array.setAttribute("n", Integer.toString(s.values().size()));
      array.setAttribute("type", "string");
      array.setTextContent(PmmlArray.format(new ArrayList<>(s.values())));
    } else if (condition instanceof Condition.And and) {
      compound(doc, parent, "and", and.parts());
    } else if (condition instanceof Condition.Or or) {
      compound(doc, parent, "or", or.parts());
    } else if (condition instanceof Condition.Always) {
      element(doc, parent, "True");
    } else if (condition instanceof Condition.Never) {
      element(doc, parent, "False");
    }
  }

  private static void compound(
      Document doc, Element parent, String operator, List<Condition> parts) {
    Element compound = element(doc, parent, "CompoundPredicate");
    compound.setAttribute("booleanOperator", operator);
    parts.forEach(p -> predicate(doc, compound, p));
  }

  private static void simple(
      Document doc, Element parent, String field, String operator, String value) {
    Element simple = element(doc, parent, "SimplePredicate");
    simple.setAttribute("field", field);
    simple.setAttribute("operator", operator);
    if (value != null) {
      simple.setAttribute("value", value);
    }
  }

  private static void extension(Document doc, Element parent, String name, String value) {
    Element extension = element(doc, parent, "Extension");
    extension.setAttribute("name", name);
    extension.setAttribute("value", value);
  }

  private static Element element(Document doc, Node parent, String name) {
    Element e = doc.createElementNS(NAMESPACE, name);
    parent.appendChild(e);
    return e;
  }

  private static String serialise(Document doc) throws TransformerException {
    TransformerFactory factory = TransformerFactory.newInstance();
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    Transformer transformer = factory.newTransformer();
    transformer.setOutputProperty(OutputKeys.INDENT, "yes");
    transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
    StringWriter out = new StringWriter();
    transformer.transform(new DOMSource(doc), new StreamResult(out));
    return out.toString();
  }
}
