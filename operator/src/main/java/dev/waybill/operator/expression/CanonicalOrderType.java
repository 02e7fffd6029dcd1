package dev.waybill.operator.expression;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableMap;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.NullableType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;

import java.util.Optional;

/**
 * The CEL type of the canonical order (schemaVersion "1"), so that a RoutingPolicy's {@code spec.match} is
 * type-checked when the policy is applied: a misspelt field ({@code order.shipTo.countyr}) or a comparison of a
 * string with a number is refused then, not discovered on the first order.
 *
 * <p>Values stay Jackson maps at run time; CEL selects a struct field on a map by key, so the struct types exist
 * only for the checker. Money is a decimal string, timestamps are RFC 3339 strings ({@code timestamp(...)} turns
 * them into CEL timestamps). Fields that may be JSON null are declared nullable so {@code x == null} type-checks.
 */
final class CanonicalOrderType {

    private static final CelType STRING = SimpleType.STRING;
    private static final CelType OPTIONAL_STRING = NullableType.create(SimpleType.STRING);
    private static final CelType OPTIONAL_DOUBLE = NullableType.create(SimpleType.DOUBLE);

    static final StructType CUSTOMER = struct("waybill.Customer", ImmutableMap.of(
            "id", STRING,
            "email", OPTIONAL_STRING,
            "phone", OPTIONAL_STRING));

    static final StructType ADDRESS = struct("waybill.Address", ImmutableMap.<String, CelType>builder()
            .put("name", STRING)
            .put("line1", STRING)
            .put("line2", OPTIONAL_STRING)
            .put("city", STRING)
            .put("region", OPTIONAL_STRING)
            .put("postalCode", STRING)
            .put("country", STRING)
            .put("latitude", OPTIONAL_DOUBLE)
            .put("longitude", OPTIONAL_DOUBLE)
            .buildOrThrow());

    static final StructType LINE = struct("waybill.OrderLine", ImmutableMap.of(
            "lineId", STRING,
            "sku", STRING,
            "quantity", SimpleType.INT,
            "uom", STRING,
            "unitPrice", STRING,
            "weightKg", OPTIONAL_DOUBLE));

    static final StructType PAYMENT = struct("waybill.Payment", ImmutableMap.of(
            "authorizationId", STRING,
            "amount", STRING));

    static final StructType ORDER = struct("waybill.Order", ImmutableMap.<String, CelType>builder()
            .put("schemaVersion", STRING)
            .put("orderId", STRING)
            .put("channel", STRING)
            .put("placedAt", STRING)
            .put("currency", STRING)
            .put("customer", CUSTOMER)
            .put("shipTo", ADDRESS)
            .put("shippingMethod", STRING)
            .put("promisedBy", OPTIONAL_STRING)
            .put("lines", ListType.create(LINE))
            .put("payment", PAYMENT)
            .buildOrThrow());

    /** The checker looks struct types up by name, e.g. when it resolves a field's type. */
    static final CelTypeProvider PROVIDER = new Provider(ImmutableMap.of(
            ORDER.name(), ORDER,
            CUSTOMER.name(), CUSTOMER,
            ADDRESS.name(), ADDRESS,
            LINE.name(), LINE,
            PAYMENT.name(), PAYMENT));

    private CanonicalOrderType() {
    }

    private static StructType struct(String name, ImmutableMap<String, CelType> fields) {
        return StructType.create(name, fields.keySet(), field -> Optional.ofNullable(fields.get(field)));
    }

    private record Provider(ImmutableMap<String, CelType> byName) implements CelTypeProvider {

        @Override
        public ImmutableCollection<CelType> types() {
            return byName.values();
        }

        @Override
        public Optional<CelType> findType(String typeName) {
            return Optional.ofNullable(byName.get(typeName));
        }
    }
}
