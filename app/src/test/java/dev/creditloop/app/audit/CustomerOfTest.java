package dev.creditloop.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit record's customer, read token by token from the answer, is the one reading its whole
 * tree found (the reference below is the former code).
 */
class CustomerOfTest {

  private final JsonMapper json = JsonMapper.builder().build();
  private final AuditWrites writes = new AuditWrites(null, null, json, null);

  private Long byTree(String... texts) {
    for (String text : texts) {
      JsonNode node = null;
      if (text != null && !text.isBlank() && text.charAt(0) == '{') {
        try {
          node = json.readTree(text);
        } catch (RuntimeException e) {
          node = null;
        }
      }
      if (node != null && node.isObject()) {
        for (String name : new String[] {"customer_id", "customerId"}) {
          JsonNode v = node.get(name);
          if (v != null && v.canConvertToLong()) {
            return v.asLong();
          }
        }
      }
    }
    return null;
  }

  @Test
  void everyShapeGivesTheTreesAnswer() {
    List<String> texts =
        List.of(
            "{\"id\":5,\"customerId\":42,\"installments\":[{\"customerId\":7}]}",
            "{\"nested\":{\"customer_id\":9},\"customerId\":3}",
            "{\"customer_id\":1,\"customerId\":2}",
            "{\"customerId\":2,\"customer_id\":1}",
            "{\"customer_id\":\"12\",\"customerId\":8}",
            "{\"customer_id\":null,\"customerId\":8}",
            "{\"customerId\":12.75}",
            "{\"customerId\":1e30}",
            "{\"customerId\":123456789012345678901234}",
            "{\"customerId\":-5}",
            "{\"customerId\":[1,2]}",
            "{\"customerId\":{\"id\":1}}",
            "{\"customerId\":4,\"customerId\":6}",
            "{\"customerId\":4} trailing",
            "{\"customerId\":4",
            "{\"customerId\":4,}",
            "[{\"customerId\":4}]",
            "  {\"customerId\":4}",
            "",
            "{}",
            "not json");
    for (String text : texts) {
      assertThat(writes.customerOf(text)).as(text).isEqualTo(byTree(text));
    }
    assertThat(writes.customerOf(null, "{\"x\":1}", "{\"customer_id\":77}")).isEqualTo(77L);
    assertThat(writes.customerOf(null, "{\"x\":1}", "{\"customer_id\":77}"))
        .isEqualTo(byTree(null, "{\"x\":1}", "{\"customer_id\":77}"));
  }
}
