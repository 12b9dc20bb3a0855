package dev.creditloop.app.personal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Personal data", description = "Keys of the encrypted ID numbers and phones")
class PersonalDataController {

  private final Reseal reseal;

  PersonalDataController(Reseal reseal) {
    this.reseal = reseal;
  }

  @PostMapping("/api/v1/personal-data/rotate")
  @Operation(
      summary =
          "Re-seal every ID number and phone still sealed under an older key under the current key "
              + "(creditloop.personal-data.current-key); answers how many customers and list entries changed. Safe to repeat.")
  Reseal.Resealed rotate() {
    return reseal.underCurrentKey();
  }
}
