package dev.waybill.adapter.model;

/** Where an order ships to; latitude and longitude, when given, drive distance scoring. */
public record Address(String name, String line1, String line2, String city, String region, String postalCode,
                      String country, Double latitude, Double longitude) {
}
