package dev.waybill.operator.routing;

/**
 * Great-circle distance on a sphere of the Earth's mean radius. Points are held as unit vectors, computed once
 * per node and order, so a distance costs one square root and one arcsine: d = 2R·asin(|a − b| / 2), which is
 * the haversine formula rewritten over the chord, and as precise at short range.
 */
final class GreatCircle {

    static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    /** The unit vector {x, y, z} of a point in degrees. */
    static double[] unitVector(double latitude, double longitude) {
        double lat = Math.toRadians(latitude);
        double lon = Math.toRadians(longitude);
        return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
    }

    /** Kilometres between two points given as unit vectors. */
    static double km(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        double dz = a[2] - b[2];
        double halfChord = Math.sqrt(dx * dx + dy * dy + dz * dz) / 2;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, halfChord));
    }

    /** Kilometres between two points given in degrees. */
    static double kmDegrees(double lat1, double lon1, double lat2, double lon2) {
        return km(unitVector(lat1, lon1), unitVector(lat2, lon2));
    }
}
