package nl.planbord.planning;

/**
 * The colour of each theme, the same on the screen's timeline and in the Excel export: plain
 * 0xRRGGBB values, so neither JavaFX nor POI is needed to read them. Dark enough for white bold
 * text (contrast at least 4.3:1); none is red (a delayed bar and an overloaded quarter are red)
 * nor the slate of the timeline header. One per theme, repeating after eight.
 */
public final class ThemePalette {

    private static final int[] COLOURS = {
        0x2E75B6, // blue
        0x548235, // green
        0x7030A0, // purple
        0xC55A11, // orange
        0x1F7A7A, // teal
        0x8A6A00, // dark gold
        0xA23B72, // magenta
        0x3B5BA5, // indigo
    };

    private ThemePalette() {
    }

    /** How many colours there are before they repeat. */
    public static int size() {
        return COLOURS.length;
    }

    /** The colour of the theme at this position in the programme (0 for the first), as 0xRRGGBB. */
    public static int colour(int position) {
        return COLOURS[Math.floorMod(position, COLOURS.length)];
    }

    /** The same colour as six hex digits, upper case ("2E75B6"), as spreadsheets write it. */
    public static String hex(int position) {
        return String.format("%06X", colour(position));
    }

    /**
     * The colour with its saturation and brightness scaled (clamped to 0..1), hue kept: the
     * lighter fill of an estimated bar or of a goal's summary bar.
     */
    public static int derive(int rgb, double saturationFactor, double brightnessFactor) {
        double r = (rgb >> 16 & 0xff) / 255.0;
        double g = (rgb >> 8 & 0xff) / 255.0;
        double b = (rgb & 0xff) / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double hue = 0;
        if (max > min) {
            double d = max - min;
            if (max == r) {
                hue = ((g - b) / d) % 6;
            } else if (max == g) {
                hue = (b - r) / d + 2;
            } else {
                hue = (r - g) / d + 4;
            }
            hue = (hue * 60 + 360) % 360;
        }
        double saturation = max == 0 ? 0 : (max - min) / max;
        saturation = clamp(saturation * saturationFactor);
        double brightness = clamp(max * brightnessFactor);
        return fromHsb(hue, saturation, brightness);
    }

    private static int fromHsb(double hue, double saturation, double brightness) {
        double c = brightness * saturation;
        double x = c * (1 - Math.abs(hue / 60 % 2 - 1));
        double m = brightness - c;
        double r;
        double g;
        double b;
        int sector = (int) (hue / 60) % 6;
        switch (sector) {
            case 0 -> { r = c; g = x; b = 0; }
            case 1 -> { r = x; g = c; b = 0; }
            case 2 -> { r = 0; g = c; b = x; }
            case 3 -> { r = 0; g = x; b = c; }
            case 4 -> { r = x; g = 0; b = c; }
            default -> { r = c; g = 0; b = x; }
        }
        return channel(r + m) << 16 | channel(g + m) << 8 | channel(b + m);
    }

    private static int channel(double v) {
        return (int) Math.round(clamp(v) * 255);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
