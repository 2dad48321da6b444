package vn.openprovince.calendar;

/**
 * The two astronomical quantities the lunisolar calendar needs: the instants of new moon and the apparent
 * longitude of the sun. Formulas from J. Meeus, <i>Astronomical Algorithms</i> (2nd ed.), chapters 25 and
 * 49; ΔT from the Espenak–Meeus polynomials. Accurate to about a minute for new moons and 0.01° for the
 * sun (a quarter of an hour) between 1900 and 2200, which decides calendar days except in rare near-midnight
 * cases.
 */
final class Astronomy {

    /** Julian day of 1970-01-01 at noon, to convert epoch days to Julian day numbers. */
    static final long EPOCH_JULIAN_DAY = 2_440_588L;

    static final double MEAN_SYNODIC_MONTH = 29.530588861;

    /** Julian Ephemeris Day of the mean new moon numbered 0 (6 January 2000). */
    private static final double NEW_MOON_ZERO = 2451550.09766;

    private Astronomy() {
    }

    /** The new moon number whose mean instant is nearest to the given Julian day. */
    static long nearestNewMoonNumber(double julianDay) {
        return Math.round((julianDay - NEW_MOON_ZERO) / MEAN_SYNODIC_MONTH);
    }

    /** Julian Day (Universal Time) of the true new moon number {@code k} (Meeus ch. 49). */
    static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = NEW_MOON_ZERO + MEAN_SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3
                + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = radians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = radians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = radians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = radians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        double correction = -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);

        // Perturbations by the planets (Meeus table 49.A, "additional corrections").
        double planetary = 0.000325 * sinDegrees(299.77 + 0.107408 * k - 0.009173 * t2)
                + 0.000165 * sinDegrees(251.88 + 0.016321 * k)
                + 0.000164 * sinDegrees(251.83 + 26.651886 * k)
                + 0.000126 * sinDegrees(349.42 + 36.412478 * k)
                + 0.000110 * sinDegrees(84.66 + 18.206239 * k)
                + 0.000062 * sinDegrees(141.74 + 53.303771 * k)
                + 0.000060 * sinDegrees(207.14 + 2.453732 * k)
                + 0.000056 * sinDegrees(154.84 + 7.306860 * k)
                + 0.000047 * sinDegrees(34.52 + 27.261239 * k)
                + 0.000042 * sinDegrees(207.19 + 0.121824 * k)
                + 0.000040 * sinDegrees(291.34 + 1.844379 * k)
                + 0.000037 * sinDegrees(161.72 + 24.198154 * k)
                + 0.000035 * sinDegrees(239.56 + 25.513099 * k)
                + 0.000023 * sinDegrees(331.55 + 3.592518 * k);

        double ephemeris = jde + correction + planetary;
        return ephemeris - deltaTSeconds(yearOf(ephemeris)) / 86400.0;
    }

    /**
     * Apparent geocentric longitude of the sun in degrees, in [0, 360), at the given Julian Day in
     * Universal Time (Meeus ch. 25, the lower-accuracy method).
     */
    static double sunLongitude(double julianDayUt) {
        double jde = julianDayUt + deltaTSeconds(yearOf(julianDayUt)) / 86400.0;
        double t = (jde - 2451545.0) / 36525.0;
        double t2 = t * t;
        double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
        double meanAnomaly = radians(357.52911 + 35999.05029 * t - 0.0001537 * t2);
        double centre = (1.914602 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly)
                + 0.000289 * Math.sin(3 * meanAnomaly);
        double omega = radians(125.04 - 1934.136 * t);
        // Nutation and aberration turn the true longitude into the apparent one.
        double apparent = meanLongitude + centre - 0.00569 - 0.00478 * Math.sin(omega);
        return normalize(apparent);
    }

    /** ΔT = TT − UT in seconds (Espenak and Meeus, 2006); enough for day-level decisions. */
    static double deltaTSeconds(double year) {
        if (year >= 1860 && year < 1900) {
            double t = year - 1860;
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t
                    - 0.0004473624 * Math.pow(t, 4) + Math.pow(t, 5) / 233174;
        }
        if (year >= 1900 && year < 1920) {
            double t = year - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * Math.pow(t, 4);
        }
        if (year >= 1920 && year < 1941) {
            double t = year - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }
        if (year >= 1941 && year < 1961) {
            double t = year - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (year >= 1961 && year < 1986) {
            double t = year - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (year >= 1986 && year < 2005) {
            double t = year - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * Math.pow(t, 4)
                    + 0.00002373599 * Math.pow(t, 5);
        }
        if (year >= 2005 && year < 2050) {
            double t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820) / 100;
        if (year >= 2050 && year < 2150) {
            return -20 + 32 * u * u - 0.5628 * (2150 - year);
        }
        return -20 + 32 * u * u;
    }

    private static double yearOf(double julianDay) {
        return 2000.0 + (julianDay - 2451545.0) / 365.25;
    }

    private static double normalize(double degrees) {
        double d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }

    private static double radians(double degrees) {
        return Math.toRadians(normalize(degrees));
    }

    private static double sinDegrees(double degrees) {
        return Math.sin(radians(degrees));
    }
}
