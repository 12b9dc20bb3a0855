package dev.creditloop.app.personal.web;

import dev.creditloop.app.personal.persistence.Reindex;
import dev.creditloop.app.personal.persistence.Reseal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Personal data", description = "Keys of the encrypted ID numbers and phones")
class PersonalDataController {

  private final Reseal reseal;
  private final Reindex reindex;

  PersonalDataController(Reseal reseal, Reindex reindex) {
    this.reseal = reseal;
    this.reindex = reindex;
  }

  @PostMapping("/api/v1/personal-data/rotate")
  @Operation(
      summary =
          "Re-seal every ID number and phone still sealed under an older key under the current key "
              + "(creditloop.personal-data.current-key); answers how many customers and list entries changed. Safe to repeat.")
  Reseal.Resealed rotate() {
    return reseal.underCurrentKey();
  }

  @PostMapping("/api/v1/personal-data/rotate-index")
  @Operation(
      summary =
          "Recompute every blind index (customers' ID numbers and phones, ID-number and phone list entries) "
              + "under the current index key (creditloop.personal-data.current-index-key); answers how many "
              + "customers and list entries changed. Lookups keep working meanwhile. Safe to repeat.")
  Reindex.Reindexed rotateIndex() {
    return reindex.underCurrentKey();
  }
}
