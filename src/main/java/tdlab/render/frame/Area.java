package tdlab.render.frame;

/** A rectangle of the composed picture, in pixels. */
record Area(int x, int y, int w, int h) {
}
