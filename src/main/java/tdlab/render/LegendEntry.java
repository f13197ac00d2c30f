package tdlab.render;

/**
 * One line of a picture's key: the mark as the picture draws it (its shape and colour, alpha included) and what
 * it means, its colour named in words. The pictures list their own entries next to the code that draws them, so
 * a key cannot drift from the drawing; views only lay the entries out.
 *
 * @param mark the shape drawn
 * @param argb its colour, as drawn (a translucent tint keeps its alpha)
 * @param text the colour or shape named, then its meaning: "blue: basin of the global minimum"
 */
public record LegendEntry(Mark mark, int argb, String text) {
    /** The shapes the keyed pictures draw. */
    public enum Mark {
        /** A translucent shading laid over the heights. */
        TINT,
        /** A filled cell. */
        FILL,
        /** A cell's outline. */
        OUTLINE,
        /** A thin solid line. */
        LINE,
        /** A bold solid line. */
        BOLD_LINE,
        /** A dashed line. */
        DASHED_LINE,
        /** An × marker. */
        CROSS,
        /** A filled dot. */
        DOT,
        /** A filled triangle with a dark rim. */
        TRIANGLE
    }

    static LegendEntry of(Mark mark, java.awt.Color c, String text) {
        return new LegendEntry(mark, c.getRGB(), text);
    }
}
