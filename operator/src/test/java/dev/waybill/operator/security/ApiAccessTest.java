package dev.waybill.operator.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiAccessTest {

    /** method | path | what it needs ("open", or the roles any of which will do). */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GET  | /q/health/ready                          | open
            GET  | /q/metrics                               | open
            GET  | /q/openapi                               | open
            POST | /api/v1/sources/web-us/orders            | open
            POST | /api/v1/webhooks/acme-3pl                | open
            POST | /api/v1/webhooks/shop/acme-3pl           | open
            POST | /api/v1/orders                           | intake
            GET  | /api/v1/orders/abc                       | read intake
            GET  | /api/v1/orders/abc/events                | read intake
            POST | /api/v1/orders/abc/cancel                | operations
            POST | /api/v1/routing/preview                  | read intake
            PUT  | /api/v1/nodes/acme-newark/inventory      | operations
            GET  | /api/v1/exceptions                       | read
            GET  | /api/v1/exceptions/x1                    | read
            POST | /api/v1/exceptions/x1/retry              | operations
            POST | /api/v1/exceptions/x1/reassign           | operations
            DELETE | /api/v1/orders/abc                     | operations
            GET  | /api/v1/anything-new                     | operations
            POST | /api/v1/webhooks/a/b/c                   | operations
            """)
    void eachCallNeedsItsRole(String method, String path, String needs) {
        ApiAccess.Decision decision = ApiAccess.decide(method, path);
        if (needs.equals("open")) {
            assertThat(decision).isInstanceOf(ApiAccess.Decision.Open.class);
        } else {
            assertThat(((ApiAccess.Decision.Needs) decision).anyOf()).containsExactlyInAnyOrderElementsOf(
                    Arrays.stream(needs.split(" ")).map(ApiRole::valueOf).toList());
        }
    }

    @Test
    void operationsIncludesReadAndNobodyIsAllowedWithoutAToken() {
        ApiAccess.Decision read = ApiAccess.decide("GET", "/api/v1/exceptions");
        ApiPrincipal ops = new ApiPrincipal("line-1", EnumSet.of(ApiRole.operations), Set.of());
        ApiPrincipal intake = new ApiPrincipal("line-2", EnumSet.of(ApiRole.intake), Set.of("web-us"));

        assertThat(ApiAccess.allows(read, Optional.of(ops))).isTrue();
        assertThat(ApiAccess.allows(read, Optional.of(intake))).isFalse();
        assertThat(ApiAccess.allows(read, Optional.empty())).isFalse();
        assertThat(intake.coversChannel("web-us")).isTrue();
        assertThat(intake.coversChannel("marketplace")).isFalse();
        assertThat(ops.coversChannel("marketplace")).isTrue();
    }

    @Test
    void tokensAreReadWithTheirRolesAndChannelsAndBadLinesNamed() {
        ApiTokens tokens = ApiTokens.parse("tokens", List.of("# comment", "", "abcdefghijklmnop1 intake,read",
                "abcdefghijklmnop2 intake channel=web-us,app"));

        assertThat(tokens.holder("abcdefghijklmnop1")).get().satisfies(p -> assertThat(p.roles())
                .containsExactlyInAnyOrder(ApiRole.intake, ApiRole.read));
        assertThat(tokens.holder("abcdefghijklmnop2")).get().satisfies(p -> assertThat(p.channels())
                .containsExactlyInAnyOrder("web-us", "app"));
        assertThat(tokens.holder("abcdefghijklmnop3")).isEmpty();
        assertThat(tokens.holder("abcdefghijklmnop1").orElseThrow().toString()).doesNotContain("abcdefghijklmnop1");
        assertThatThrownBy(() -> ApiTokens.parse("tokens", List.of("abcdefghijklmnop1 admin")))
                .hasMessageContaining("line 1").hasMessageContaining("admin").hasMessageNotContaining("abcdefghij");
        assertThatThrownBy(() -> ApiTokens.parse("tokens", List.of("short read")))
                .hasMessageContaining("16 characters");
        assertThatThrownBy(() -> ApiTokens.parse("tokens", List.of("abcdefghijklmnop1 read",
                "abcdefghijklmnop1 intake"))).hasMessageContaining("line 2");
    }
}
