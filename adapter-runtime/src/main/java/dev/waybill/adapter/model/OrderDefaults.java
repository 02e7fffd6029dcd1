package dev.waybill.adapter.model;

import dev.waybill.api.v1alpha1.source.SourceDefaults;

/**
 * Values an {@link OrderReader} fills in when an order leaves them out, taken from the receiving OrderSource's
 * {@code spec.defaults}: a channel's own payloads rarely repeat the channel name or a currency they never vary.
 * Either may be {@code null} (no default). Values present in the order always win.
 */
public record OrderDefaults(String channel, String currency) {

    private static final OrderDefaults NONE = new OrderDefaults(null, null);

    /**
     * @throws IllegalArgumentException when a default breaks the canonical rules: defaults are configuration, and a
     *                                  bad one must fail where it is set, not be blamed on every client's order
     */
    public OrderDefaults {
        require(channel, V1Rules.CHANNEL, "channel");
        require(currency, V1Rules.CURRENCY, "currency");
        if (currency != null && !V1Rules.CURRENCIES.contains(currency)) {
            throw new IllegalArgumentException("default currency " + currency + " is not an ISO 4217 code");
        }
    }

    /** No defaults: channel stays absent and currency is required in every order. */
    public static OrderDefaults none() {
        return NONE;
    }

    /** The defaults of an OrderSource; {@code null} means none. */
    public static OrderDefaults from(SourceDefaults defaults) {
        return defaults == null ? NONE : new OrderDefaults(defaults.channel, defaults.currency);
    }

    private static void require(String value, TextRule rule, String what) {
        if (value != null && !rule.pattern().matcher(value).matches()) {
            throw new IllegalArgumentException("default " + what + " must be " + rule.format() + ": " + value);
        }
    }
}
