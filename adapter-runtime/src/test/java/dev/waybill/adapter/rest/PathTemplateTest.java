package dev.waybill.adapter.rest;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PathTemplateTest {

    @Test
    void fillsAndEncodesPlaceholders() throws MappingFailure {
        assertThat(PathTemplate.fill("/uploads/{poNumber}", Map.of("poNumber", "PO 1/2")))
                .isEqualTo("/uploads/PO%201%2F2");
        assertThat(PathTemplate.fill("/a?ref={ref}&n={n}", Map.of("ref", "x&y=z", "n", 42.0)))
                .isEqualTo("/a?ref=x%26y%3Dz&n=42");
        assertThat(PathTemplate.fill("/plain", Map.of())).isEqualTo("/plain");
    }

    @Test
    void aMissingOrNonScalarValueNamesThePlaceholder() {
        assertThatThrownBy(() -> PathTemplate.fill("/orders/{vendorReference}", Map.of()))
                .isInstanceOf(MappingFailure.class).hasMessageContaining("{vendorReference}");
        assertThatThrownBy(() -> PathTemplate.fill("/orders/{ref}", Map.of("ref", List.of("a"))))
                .isInstanceOf(MappingFailure.class);
        assertThatThrownBy(() -> PathTemplate.fill("/orders/{ref}", Map.of("ref", " ")))
                .isInstanceOf(MappingFailure.class);
        assertThatThrownBy(() -> PathTemplate.fill("/orders/{ref}", List.of()))
                .isInstanceOf(MappingFailure.class);
    }
}
