package tdlab.render.frame;

import java.awt.Graphics2D;
import java.util.List;
import tdlab.sim.Frame;

/** One panel of a run drawn offscreen into part of an exported frame: the state at frames[index], curves up to it. */
interface Quarter {
    void draw(Graphics2D g, List<Frame> frames, int index, Area area);
}
