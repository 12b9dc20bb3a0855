package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * ID numbers and phones leave the API masked, in list entries as in customers (issue 9, defect 6).
 */
class PersonalDataIT extends BookFixture {

  @Test
  void listEntriesShowIdNumbersAndPhonesMaskedLikeCustomers() {
    String idNumber = "11010119900307" + String.format("%04d", (int) (System.nanoTime() % 10_000));
    String phone = uniquePhone();
    Response byId =
        post(
            "/api/v1/lists/entries",
            Map.of(
                "list",
                "GREY",
                "keyType",
                "ID_NUMBER",
                "value",
                idNumber,
                "reason",
                "income unverified"));
    Response byPhone =
        post(
            "/api/v1/lists/entries",
            Map.of(
                "list", "BLACK", "keyType", "PHONE", "value", phone, "reason", "stolen identity"));
    Response byDevice =
        post(
            "/api/v1/lists/entries",
            Map.of(
                "list",
                "BLACK",
                "keyType",
                "DEVICE",
                "value",
                "DEV-PD-1",
                "reason",
                "emulator farm"));
    assertThat(byId.status()).as(byId.raw()).isEqualTo(201);
    assertThat(byId.body().get("keyValue").asString())
        .isEqualTo("110***********" + idNumber.substring(14));
    assertThat(byPhone.body().get("keyValue").asString())
        .isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
    assertThat(byDevice.body().get("keyValue").asString()).isEqualTo("dev-pd-1");

    String listed = getAll("/api/v1/lists/entries").toString();
    assertThat(listed)
        .doesNotContain(idNumber)
        .doesNotContain(phone)
        .contains("110***********" + idNumber.substring(14))
        .contains(phone.substring(0, 3) + "****" + phone.substring(7));

    // the same masking as a customer's answer
    Response customer =
        post(
            "/api/v1/customers",
            Map.of("name", "Masked", "idNumber", uniqueIdNumber(), "phone", phone));
    JsonNode shown = customer.body();
    assertThat(listed).contains(shown.get("phone").asString());
  }

  @Test
  void aRefusedRequestNeverQuotesAnIdNumberOrAPhoneInFull() {
    String idNumber = uniqueIdNumber();
    String phone = uniquePhone();
    // a value Jackson refuses is quoted back in the problem ("not a valid date or time: ..."):
    // masked
    Response r =
        post(
            "/api/v1/lists/entries",
            Map.of(
                "list",
                "BLACK",
                "keyType",
                "PHONE",
                "value",
                phone,
                "reason",
                "x",
                "expiresAt",
                "id " + idNumber));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.raw())
        .contains("expiresAt")
        .contains(idNumber.substring(0, 3) + "***********")
        .doesNotContain(idNumber);
    Response p =
        post(
            "/api/v1/lists/entries",
            Map.of(
                "list",
                "BLACK",
                "keyType",
                "PHONE",
                "value",
                phone,
                "reason",
                "x",
                "expiresAt",
                "tel " + phone));
    assertThat(p.raw())
        .contains(phone.substring(0, 3) + "****" + phone.substring(7))
        .doesNotContain(phone);
  }
}
