package dev.creditloop.decisioning.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BehaviourCatalogueTest {

  private static final Pattern CEL_SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  private static final Set<String> THEMES =
      Set.of(
          "volume",
          "trend",
          "concentration",
          "dispersion",
          "abnormal",
          "repayment",
          "limit_usage",
          "tenure",
          "request");

  private final BehaviourCatalogue catalogue = BehaviourCatalogue.standard();

  @Test
  void hasAtLeastAHundredFeaturesWithUniqueSnakeCaseNames() {
    List<FeatureSpec> features = catalogue.features();
    Set<String> names = new HashSet<>();

    assertThat(features).hasSizeGreaterThanOrEqualTo(100);
    for (FeatureSpec f : features) {
      assertThat(names.add(f.name())).as("unique %s", f.name()).isTrue();
      assertThat(f.name()).matches(CEL_SNAKE_CASE);
      assertThat(THEMES).as(f.name()).contains(f.theme());
      assertThat(f.description()).as(f.name()).isNotBlank();
      assertThat(f.type()).isNotNull();
    }
  }

  @Test
  void everyThemeHasFeatures() {
    Set<String> themes = new HashSet<>();
    catalogue.features().forEach(f -> themes.add(f.theme()));

    assertThat(themes).isEqualTo(THEMES);
  }

  @Test
  void slotsFollowTheListOrder() {
    for (int i = 0; i < catalogue.size(); i++) {
      assertThat(catalogue.slotOf(catalogue.features().get(i).name())).hasValue(i);
    }
    assertThat(catalogue.slotOf("no_such_feature")).isEmpty();
  }

  @Test
  void callerSuppliesTheRequestAmountTermAndCurrentDpd() {
    assertThat(catalogue.requestInputs())
        .containsExactly(
            BehaviourCatalogue.REQUEST_AMOUNT,
            BehaviourCatalogue.REQUEST_TERM_MONTHS,
            BehaviourCatalogue.CURRENT_DPD);
  }

  @Test
  void unknownRequestInputIsRefused() {
    FeatureStates states = FeatureStates.inHeap(catalogue);

    assertThatThrownBy(
            () ->
                states.features(
                    EntityKeys.customer(1),
                    Scenario.at("2025-01-01T00:00"),
                    RequestInputs.none().with("request_amout", 100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("request_amout");
  }

  @Test
  void builderRefusesBadNamesDuplicatesAndForwardReferences() {
    CatalogueBuilder b = new CatalogueBuilder(10);
    b.number("drawdown_count_24h", Theme.VOLUME, "x")
        .count(StandardSources.DRAWDOWNS, Window.hours(24));

    assertThatThrownBy(
            () ->
                b.number("drawdown_count_24h", Theme.VOLUME, "x")
                    .count(StandardSources.DRAWDOWNS, Window.hours(24)))
        .hasMessageContaining("twice");
    assertThatThrownBy(
            () ->
                b.number("DrawdownCount", Theme.VOLUME, "x")
                    .count(StandardSources.DRAWDOWNS, Window.hours(24)))
        .hasMessageContaining("identifier");
    assertThatThrownBy(() -> b.number("in", Theme.VOLUME, "x").requestInput())
        .hasMessageContaining("identifier");
    assertThatThrownBy(() -> b.number("ratio", Theme.VOLUME, "x").derived("later", Derived.IS_ZERO))
        .hasMessageContaining("later");
    assertThatThrownBy(
            () ->
                b.number("median_ever", Theme.VOLUME, "x")
                    .aggregate(StandardSources.DRAWDOWNS, Aggregate.MEDIAN, Window.allTime()))
        .hasMessageContaining("needs a window");
  }

  @Test
  void newFeatureArrayIsAllMissing() {
    assertThat(catalogue.newFeatureArray()).hasSize(catalogue.size()).containsOnly(Double.NaN);
  }
}
