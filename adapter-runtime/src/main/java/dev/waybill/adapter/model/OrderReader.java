package dev.waybill.adapter.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.waybill.api.v1alpha1.meta.ShippingMethod;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import static dev.waybill.adapter.model.JsonFields.Presence.OPTIONAL;
import static dev.waybill.adapter.model.JsonFields.Presence.REQUIRED;

/**
 * Turns a request body into a validated, normalised {@link CanonicalOrder} (schemaVersion "1"), or into the complete
 * list of {@link FieldError}s: it never throws for bad input, and it checks everything rather than stopping at the
 * first problem, so a channel can fix its payload in one round trip.
 *
 * <p>Unknown members are refused ({@link FieldError#UNKNOWN_FIELD}) at every level, not ignored: a typo such as
 * {@code promisedby} would otherwise silently drop a delivery promise. An unknown {@code schemaVersion} is refused
 * on its own ({@link FieldError#UNSUPPORTED_SCHEMA_VERSION}): the v1 rules say nothing about another version.
 *
 * <p>Normalisation: channel and currency fall back to the {@link OrderDefaults}; SKUs are trimmed and upper-cased;
 * country codes upper-cased; units of measure mapped to EA, KG or BOX (default EA); instants converted to UTC.
 *
 * <p>Size limits are the caller's (413 above 256 KiB); this reader bounds nesting depth and number length while
 * parsing and never recurses into input, so deep or huge documents cannot exhaust the stack. Instances are
 * immutable and thread-safe.
 */
public final class OrderReader {

    /** Far deeper than the order's own three levels, far shallower than what could hurt. */
    static final int MAX_NESTING_DEPTH = 32;
    private static final int MAX_NUMBER_LENGTH = 100;
    private static final int MAX_MESSAGE_LENGTH = 200;
    /** Where Jackson quotes the input: the token it did not recognise (the rest names characters, not words). */
    private static final Pattern QUOTED_TOKEN = Pattern.compile("(?<=Unrecognized token) '.*'(?=: was expecting)");

    private static final ObjectMapper PARSER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH).build())
                    // Parsers disagree on which of two equal keys wins; a body that differs by reader is refused.
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            // Exact decimals: 1e309 must stay a huge number to be refused, not become Infinity.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final OrderDefaults defaults;

    /** A reader that fills in {@code defaults} (see {@link OrderDefaults#from}). */
    public OrderReader(OrderDefaults defaults) {
        this.defaults = Objects.requireNonNull(defaults, "defaults");
    }

    /** A reader without defaults: currency is then required in every order. */
    public OrderReader() {
        this(OrderDefaults.none());
    }

    /** Parses and reads a JSON body (UTF-8, or UTF-16/32 as JSON allows); unparseable JSON is an error at "body". */
    public ReadResult read(byte[] body) {
        if (body == null || body.length == 0) {
            return invalid(FieldError.BODY, FieldError.REQUIRED, "the request body is empty");
        }
        JsonNode tree;
        try {
            tree = PARSER.readTree(body);
        } catch (JsonProcessingException e) {
            return invalid(FieldError.BODY, FieldError.INVALID_FORMAT, "is not valid JSON: " + describe(e));
        } catch (IOException | RuntimeException e) {
            // Jackson reports some number overflows unchecked; bad input must still be an answer, not a 500.
            return invalid(FieldError.BODY, FieldError.INVALID_FORMAT, "is not valid JSON");
        }
        return read(tree);
    }

    /** Reads an already parsed document, such as the output of a channel's mapping. */
    public ReadResult read(JsonNode document) {
        if (document == null || document.isMissingNode() || document.isNull()) {
            return invalid(FieldError.BODY, FieldError.REQUIRED, "the request body is empty");
        }
        if (!document.isObject()) {
            return invalid(FieldError.BODY, FieldError.INVALID_TYPE, "must be a JSON object, not "
                    + document.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        List<FieldError> errors = new ArrayList<>();
        JsonFields fields = new JsonFields(document, "", errors);
        String version = schemaVersion(fields);
        if (version != null && !CanonicalOrder.SCHEMA_VERSION.equals(version)) {
            return new ReadResult.Invalid(errors);
        }
        fields.rejectUnknown(V1Rules.ORDER_FIELDS);
        CanonicalOrder order = order(fields, errors);
        return errors.isEmpty() ? new ReadResult.Valid(order) : new ReadResult.Invalid(errors);
    }

    private static String schemaVersion(JsonFields fields) {
        String version = fields.text("schemaVersion", REQUIRED, TextRule.free(16));
        if (version != null && !CanonicalOrder.SCHEMA_VERSION.equals(version)) {
            fields.error("schemaVersion", FieldError.UNSUPPORTED_SCHEMA_VERSION, "must be \""
                    + CanonicalOrder.SCHEMA_VERSION + "\"; this release reads no other version");
        }
        return version;
    }

    private CanonicalOrder order(JsonFields fields, List<FieldError> errors) {
        String orderId = fields.text("orderId", REQUIRED, V1Rules.IDENTIFIER);
        String channel = fields.text("channel", OPTIONAL, V1Rules.CHANNEL);
        Instant placedAt = EncodedScalars.instant(fields, "placedAt", REQUIRED);
        String currency = currency(fields);
        Customer customer = PartyReader.customer(fields);
        Address shipTo = PartyReader.shipTo(fields);
        ShippingMethod shippingMethod = shippingMethod(fields);
        Instant promisedBy = EncodedScalars.instant(fields, "promisedBy", OPTIONAL);
        if (placedAt != null && promisedBy != null && promisedBy.isBefore(placedAt)) {
            fields.error("promisedBy", FieldError.INVALID_VALUE, "must not be before placedAt");
        }
        List<OrderLine> lines = LineReader.lines(fields, errors);
        Payment payment = PartyReader.payment(fields);
        return new CanonicalOrder(CanonicalOrder.SCHEMA_VERSION, orderId,
                channel != null || fields.has("channel") ? channel : defaults.channel(),
                placedAt, currency, customer, shipTo, shippingMethod, promisedBy, lines, payment);
    }

    private String currency(JsonFields fields) {
        String currency = fields.text("currency", defaults.currency() == null ? REQUIRED : OPTIONAL, V1Rules.CURRENCY);
        if (currency != null && !V1Rules.CURRENCIES.contains(currency)) {
            fields.error("currency", FieldError.INVALID_VALUE, "is not an ISO 4217 currency code");
        }
        return currency != null || fields.has("currency") ? currency : defaults.currency();
    }

    private static ShippingMethod shippingMethod(JsonFields fields) {
        String name = fields.text("shippingMethod", REQUIRED, TextRule.free(32));
        ShippingMethod method = name == null ? null : V1Rules.SHIPPING_METHODS.get(name);
        if (name != null && method == null) {
            fields.error("shippingMethod", FieldError.INVALID_VALUE, "must be one of "
                    + String.join(", ", V1Rules.SHIPPING_METHODS.keySet()));
        }
        return method;
    }

    // Jackson's message without the source excerpt and location noise, bounded so a hostile body cannot inflate it,
    // and without the input it quotes ("Unrecognized token 'Ada'"): a body is full of personal data, and this
    // message goes back in the answer and may be logged by whoever reads it.
    private static String describe(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("")
                .replaceAll(", from `[^`]*`", "").replaceAll("\\p{Cntrl}", "?");
        message = QUOTED_TOKEN.matcher(message).replaceAll("");
        if (message.length() > MAX_MESSAGE_LENGTH) {
            message = message.substring(0, MAX_MESSAGE_LENGTH) + "...";
        }
        var location = e.getLocation();
        return location == null ? message : message + " (line " + location.getLineNr() + ", column "
                + location.getColumnNr() + ")";
    }

    private static ReadResult invalid(String field, String code, String message) {
        return new ReadResult.Invalid(List.of(new FieldError(field, message, code)));
    }
}
