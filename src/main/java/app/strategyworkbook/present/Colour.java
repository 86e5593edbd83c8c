package app.strategyworkbook.present;

/** A colour as red, green and blue, the same in every output: the screen, the PDF, the pictures and the PowerPoint. */
public record Colour(int rgb) {
    public static Colour of(String hex) {
        return new Colour(Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16));
    }

    public int red() {
        return (rgb >> 16) & 0xff;
    }

    public int green() {
        return (rgb >> 8) & 0xff;
    }

    public int blue() {
        return rgb & 0xff;
    }

    /** "#1F2328". */
    public String hex() {
        return String.format("#%06X", rgb);
    }
}
