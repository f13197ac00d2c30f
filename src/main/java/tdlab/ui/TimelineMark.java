package tdlab.ui;

/** A moment on the live run's timeline: the step at which something changed (a learning rate) and what. */
public record TimelineMark(long step, String text) {
}
