package dev.creditloop.app.audit;

import dev.creditloop.app.security.Role;
import dev.creditloop.app.security.StaffPrincipal;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an API write becomes its audit record, in one place: which entity it acts on and its key, the
 * customer it concerns, the request and the answer masked, and for staff commands the entity's rows
 * before and after. {@link AuditFilter} records every write through it; a hot lane that answers a
 * machine client's write ahead of the filter records it through {@link #machineWrite}, and so
 * writes the same record.
 */
@Component
public class AuditWrites {

  private static final Logger log = LoggerFactory.getLogger(AuditWrites.class);

  private final AuditTrail trail;
  private final RowSnapshots snapshots;
  private final JsonMapper json;
  private final Clock clock;

  AuditWrites(AuditTrail trail, RowSnapshots snapshots, JsonMapper json, Clock clock) {
    this.trail = trail;
    this.snapshots = snapshots;
    this.json = json;
    this.clock = clock;
  }

  /**
   * A machine client: a caller holding the integration role only, whose high-volume writes are
   * recorded without the before and after rows (the ledger's own history holds them).
   */
  public static boolean machine(StaffPrincipal principal) {
    return principal.roles().equals(Set.of(Role.INTEGRATION));
  }

  /** A write under way: what is known of it before it is handled. */
  final class Write {
    private final StaffPrincipal principal;
    private final String remoteAddr;
    private final String method;
    private final String path;
    private final String requestText;
    private final AuditedSubjects.Subject subject;
    private final boolean staff;
    private final String before;
    private String key;

    private Write(
        StaffPrincipal principal,
        String remoteAddr,
        String method,
        String path,
        String requestText) {
      this.principal = principal;
      this.remoteAddr = remoteAddr;
      this.method = method;
      this.path = path;
      this.requestText = requestText;
      var match = AuditedSubjects.match(method, path);
      this.subject = match == null ? null : match.getKey();
      Map<String, String> vars = match == null ? Map.of() : match.getValue();
      this.staff = !machine(principal);
      this.key =
          subject == null
              ? null
              : switch (subject.from()) {
                case PATH -> vars.get(subject.key());
                case REQUEST -> field(requestText, subject.key());
                case CONSTANT -> subject.key();
                case ACTOR -> principal.username();
                case RESPONSE, NONE -> null;
              };
      this.before =
          staff && subject != null && key != null
              ? snapshots.snapshot(subject.entityType(), key)
              : null;
    }

    /** Records the write with its outcome; a failure to record is logged loudly, not thrown. */
    void done(int status, String answer) {
      done(status, answer, null);
    }

    /**
     * As {@link #done(int, String)}; {@code answersCustomer}, when the caller knows it, is the
     * customer the answer names at its top level (else it is read from the answer).
     */
    void done(int status, String answer, Long answersCustomer) {
      if (subject != null && subject.from() == AuditedSubjects.KeyFrom.RESPONSE && status < 300) {
        key = field(answer, subject.key());
      }
      String after =
          staff && subject != null && key != null && status < 300
              ? snapshots.snapshot(subject.entityType(), key)
              : null;
      // a customer's own row names it by id, not customer_id
      Long customer =
          subject != null
                  && subject.entityType().equals("customer")
                  && key != null
                  && key.matches("\\d{1,18}")
              ? Long.valueOf(key)
              : after == null && before == null && answersCustomer != null
                  ? answersCustomer
                  : customerOf(after, before, answer);
      try {
        trail.append(
            new AuditRecord.Entry(
                AuditTrail.truncate(clock.instant()),
                principal.username(),
                roles(principal),
                remoteAddr,
                method + " " + path,
                subject == null ? null : subject.entityType(),
                key,
                customer,
                status,
                Redaction.apply(requestText),
                before,
                after == null && status < 300 ? Redaction.apply(answer) : after));
      } catch (RuntimeException e) {
        // The command has committed; its answer still goes out, and the failure is loud.
        log.error(
            "AUDIT RECORD NOT WRITTEN for {} {} by {} (status {})",
            method,
            path,
            principal.username(),
            status,
            e);
      }
    }
  }

  /** Starts the record of a write before it is handled (reading the staff's "before" rows). */
  Write begin(
      StaffPrincipal principal, String remoteAddr, String method, String path, String requestText) {
    return new Write(principal, remoteAddr, method, path, requestText);
  }

  /**
   * Records a machine client's write that has been handled: exactly the record {@link AuditFilter}
   * would write for it.
   */
  public void machineWrite(
      StaffPrincipal principal,
      String remoteAddr,
      String method,
      String path,
      String requestText,
      int status,
      String answer) {
    machineWrite(principal, remoteAddr, method, path, requestText, status, answer, null);
  }

  /**
   * As {@link #machineWrite(StaffPrincipal, String, String, String, String, int, String)}, given
   * the customer the answer names at its top level ({@code customerId}) when the caller knows it (a
   * disbursed loan's): the record is the same, without reading the answer for it.
   */
  public void machineWrite(
      StaffPrincipal principal,
      String remoteAddr,
      String method,
      String path,
      String requestText,
      int status,
      String answer,
      Long answersCustomer) {
    if (!machine(principal)) {
      throw new IllegalArgumentException(principal.username() + " is not a machine client");
    }
    begin(principal, remoteAddr, method, path, requestText).done(status, answer, answersCustomer);
  }

  static String roles(StaffPrincipal principal) {
    return principal.roles().stream()
        .map(Enum::name)
        .sorted()
        .reduce((a, b) -> a + "," + b)
        .orElse("");
  }

  /**
   * The first text's top-level {@code customer_id} (else {@code customerId}) that is a number
   * fitting a long: read token by token, without building the text's tree (a drawdown's answer is
   * its whole schedule). Texts that are not a JSON object, or do not read as one to the end, give
   * none.
   */
  Long customerOf(String... texts) {
    for (String text : texts) {
      Long id = topLevelCustomerId(text);
      if (id != null) {
        return id;
      }
    }
    return null;
  }

  private Long topLevelCustomerId(String text) {
    if (text == null || text.isBlank() || text.charAt(0) != '{') {
      return null;
    }
    Long snake = null;
    Long camel = null;
    try (JsonParser p = json.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("customer_id")) {
          snake = asLong(p, value); // as in a tree, the last of duplicate names counts
        } else if (name.equals("customerId")) {
          camel = asLong(p, value);
        } else if (value.isStructStart()) {
          p.skipChildren();
        }
      }
      if (t != JsonToken.END_OBJECT
          || (json.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              && p.nextToken() != null)) {
        return null;
      }
    } catch (JacksonException e) {
      return null;
    }
    return snake != null ? snake : camel;
  }

  /** The value as a tree's {@code canConvertToLong} and {@code asLong} would take it, or null. */
  private static Long asLong(JsonParser p, JsonToken value) {
    if (value == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        java.math.BigInteger big = p.getBigIntegerValue();
        return big.bitLength() < 64 ? big.longValue() : null;
      }
      return p.getLongValue();
    }
    if (value == JsonToken.VALUE_NUMBER_FLOAT) {
      double d = p.getDoubleValue();
      return d == Math.rint(d) && d >= Long.MIN_VALUE && d <= Long.MAX_VALUE ? (long) d : null;
    }
    if (value != null && value.isStructStart()) {
      p.skipChildren();
    }
    return null;
  }

  private String field(String text, String name) {
    JsonNode node = parse(text);
    JsonNode v = node == null ? null : node.get(name);
    return v == null || v.isNull() || v.isContainer() ? null : v.asString();
  }

  private JsonNode parse(String text) {
    if (text == null || text.isBlank() || text.charAt(0) != '{') {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
