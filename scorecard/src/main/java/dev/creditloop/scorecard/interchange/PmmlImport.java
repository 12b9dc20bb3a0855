package dev.creditloop.scorecard.interchange;

import dev.creditloop.scorecard.card.Attribute;
import dev.creditloop.scorecard.card.Characteristic;
import dev.creditloop.scorecard.card.Condition;
import dev.creditloop.scorecard.card.ScoreScaling;
import dev.creditloop.scorecard.card.Scorecard;
import dev.creditloop.scorecard.data.ColumnType;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a PMML (4.x) {@code Scorecard} model: characteristics with {@code partialScore} attributes
 * over SimplePredicate, CompoundPredicate (and/or), SimpleSetPredicate, True and False. Baseline
 * scores come from the characteristic, else the model; without either, the best points of the
 * characteristic. {@code ComplexPartialScore} and other model types are refused with a message.
 * DOCTYPEs are refused, so no external entity is ever fetched.
 */
public final class PmmlImport {

  private PmmlImport() {}

  public static Scorecard read(String xml) {
    Document doc = parse(xml);
    Element root = doc.getDocumentElement();
    if (!"PMML".equals(root.getLocalName())) {
      throw new IllegalArgumentException("not PMML: the root element is " + root.getLocalName());
    }
    Element model = child(root, "Scorecard");
    if (model == null) {
      throw new IllegalArgumentException("the PMML document holds no Scorecard model");
    }
    Map<String, ColumnType> types = new HashMap<>();
    Element dictionary = child(root, "DataDictionary");
    if (dictionary != null) {
      for (Element f : children(dictionary, "DataField")) {
        boolean numeric =
            "continuous".equals(f.getAttribute("optype"))
                || List.of("double", "float", "integer").contains(f.getAttribute("dataType"));
        types.put(f.getAttribute("name"), numeric ? ColumnType.NUMERIC : ColumnType.CATEGORICAL);
      }
    }
    List<Scorecard.Field> fields = new ArrayList<>();
    Element schema = child(model, "MiningSchema");
    if (schema != null) {
      for (Element m : children(schema, "MiningField")) {
        String usage = m.hasAttribute("usageType") ? m.getAttribute("usageType") : "active";
        if ("active".equals(usage)) {
          String name = m.getAttribute("name");
          fields.add(new Scorecard.Field(name, types.getOrDefault(name, ColumnType.CATEGORICAL)));
        }
      }
    }
    Double modelBaseline = number(model, "baselineScore", null);
    Element characteristicsElement = child(model, "Characteristics");
    if (characteristicsElement == null) {
      throw new IllegalArgumentException("the Scorecard has no Characteristics");
    }
    List<Characteristic> characteristics = new ArrayList<>();
    for (Element c : children(characteristicsElement, "Characteristic")) {
      characteristics.add(characteristic(c, modelBaseline));
    }
    String name = model.hasAttribute("modelName") ? model.getAttribute("modelName") : "scorecard";
    return new Scorecard(
        name, number(model, "initialScore", 0.0), fields, characteristics, scaling(model));
  }

  private static Characteristic characteristic(Element c, Double modelBaseline) {
    String name = c.getAttribute("name");
    List<Attribute> attributes = new ArrayList<>();
    String field = null;
    for (Element a : children(c, "Attribute")) {
      if (child(a, "ComplexPartialScore") != null) {
        throw new IllegalArgumentException(
            "characteristic '" + name + "': ComplexPartialScore is not supported");
      }
      Double points = number(a, "partialScore", null);
      if (points == null) {
        throw new IllegalArgumentException(
            "characteristic '" + name + "': an Attribute has no partialScore");
      }
      Element predicate = predicateOf(a, name);
      Condition condition = condition(predicate);
      if (field == null) {
        field = firstField(predicate);
      }
      String label = extension(a, "creditloop.label");
      attributes.add(new Attribute(label != null ? label : describe(predicate), condition, points));
    }
    if (attributes.isEmpty()) {
      throw new IllegalArgumentException("characteristic '" + name + "' has no Attribute");
    }
    Double baseline = number(c, "baselineScore", modelBaseline);
    String reasonCode = c.hasAttribute("reasonCode") ? c.getAttribute("reasonCode") : name;
    return new Characteristic(
        name,
        field == null ? name : field,
        reasonCode,
        baseline != null ? baseline : Characteristic.bestPoints(attributes),
        attributes);
  }

  private static Condition condition(Element p) {
    switch (p.getLocalName()) {
      case "True":
        return new Condition.Always();
      case "False":
        return new Condition.Never();
      case "SimplePredicate":
        {
          String field = p.getAttribute("field");
          String operator = p.getAttribute("operator");
          if (operator.equals("isMissing")) {
            return new Condition.IsMissing(field);
          }
          if (operator.equals("isNotMissing")) {
            return new Condition.IsNotMissing(field);
          }
          return new Condition.Compare(
              field, Condition.Operator.fromPmml(operator), p.getAttribute("value"));
        }
      case "SimpleSetPredicate":
        {
          Element array = child(p, "Array");
          if (array == null) {
            throw new IllegalArgumentException(
                "SimpleSetPredicate on '" + p.getAttribute("field") + "' has no Array");
          }
          String operator = p.getAttribute("booleanOperator");
          if (!operator.equals("isIn") && !operator.equals("isNotIn")) {
            throw new IllegalArgumentException("unknown set operator '" + operator + "'");
          }
          return new Condition.InSet(
              p.getAttribute("field"),
              new LinkedHashSet<>(PmmlArray.parse(array.getTextContent())),
              operator.equals("isNotIn"));
        }
      case "CompoundPredicate":
        {
          List<Condition> parts = new ArrayList<>();
          for (Element part : elements(p)) {
            if (!part.getLocalName().equals("Extension")) {
              parts.add(condition(part));
            }
          }
          return switch (p.getAttribute("booleanOperator")) {
            case "and" -> new Condition.And(parts);
            case "or" -> new Condition.Or(parts);
            default ->
                throw new IllegalArgumentException(
                    "CompoundPredicate '"
                        + p.getAttribute("booleanOperator")
                        + "' is not supported (and, or are)");
          };
        }
      default:
        throw new IllegalArgumentException("predicate " + p.getLocalName() + " is not supported");
    }
  }

  private static Element predicateOf(Element attribute, String characteristic) {
    for (Element e : elements(attribute)) {
      if (!e.getLocalName().equals("Extension")) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "characteristic '" + characteristic + "': an Attribute has no predicate");
  }

  private static String firstField(Element predicate) {
    if (predicate.hasAttribute("field")) {
      return predicate.getAttribute("field");
    }
    for (Element e : elements(predicate)) {
      String f = firstField(e);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  private static String describe(Element predicate) {
    return switch (predicate.getLocalName()) {
      case "True" -> "other";
      case "SimplePredicate" ->
          predicate.getAttribute("field")
              + " "
              + predicate.getAttribute("operator")
              + (predicate.hasAttribute("value") ? " " + predicate.getAttribute("value") : "");
      default -> predicate.getLocalName();
    };
  }

  private static ScoreScaling scaling(Element model) {
    String base = extension(model, "creditloop.baseScore");
    String odds = extension(model, "creditloop.baseOdds");
    String pdo = extension(model, "creditloop.pdo");
    if (base == null || odds == null || pdo == null) {
      return null;
    }
    return new ScoreScaling(
        Double.parseDouble(base), Double.parseDouble(odds), Double.parseDouble(pdo));
  }

  private static String extension(Element parent, String name) {
    for (Element e : children(parent, "Extension")) {
      if (name.equals(e.getAttribute("name"))) {
        return e.getAttribute("value");
      }
    }
    return null;
  }

  private static Double number(Element e, String attribute, Double otherwise) {
    if (!e.hasAttribute(attribute)) {
      return otherwise;
    }
    try {
      return Double.parseDouble(e.getAttribute(attribute));
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException(
          e.getLocalName() + " " + attribute + " is not a number: " + e.getAttribute(attribute));
    }
  }

  private static Element child(Element parent, String localName) {
    List<Element> found = children(parent, localName);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String localName) {
    return elements(parent).stream().filter(e -> localName.equals(e.getLocalName())).toList();
  }

  private static List<Element> elements(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  private static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // the default handler prints to stderr before throwing; this one only throws
      builder.setErrorHandler(new DefaultHandler());
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML support failed", e);
    } catch (SAXException | IOException e) {
      throw new IllegalArgumentException("not well-formed PMML: " + e.getMessage(), e);
    }
  }
}
