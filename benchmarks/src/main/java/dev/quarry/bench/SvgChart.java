package dev.quarry.bench;

import dev.quarry.bench.contender.ContenderKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Draws the ratios to hand-written JDBC as a grouped horizontal bar chart in plain SVG: one group
 * per scenario, one bar per contender, on a logarithmic axis (powers of two) so that 1.1× stays
 * visible next to 20×, with a dashed line at 1×.
 */
public final class SvgChart {
    private static final String[] COLORS = {"#7f7f7f", "#d62728", "#9467bd", "#1f77b4", "#2ca02c", "#ff7f0e"};
    private static final int WIDTH = 960;
    private static final int LABEL_WIDTH = 290;
    private static final int PLOT_WIDTH = 560;
    private static final int BAR = 13;
    private static final int GROUP_GAP = 16;
    private static final int TOP = 70;

    private SvgChart() {
    }

    /** The chart as an SVG document. */
    public static String render(Results results) {
        List<ContenderKind> kinds = results.contenders();
        double max = 2;
        double min = 0.5;
        for (Scenario scenario : results.scenarios()) {
            for (ContenderKind kind : kinds) {
                Optional<Double> ratio = results.ratio(scenario, kind);
                if (ratio.isPresent()) {
                    max = Math.max(max, ratio.get());
                    min = Math.min(min, ratio.get());
                }
            }
        }
        Axis axis = new Axis(Math.pow(2, Math.floor(log2(min))), Math.pow(2, Math.ceil(log2(max))));
        int groupHeight = kinds.size() * BAR + GROUP_GAP;
        int height = TOP + results.scenarios().size() * groupHeight + 40;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">%n",
                WIDTH, height, WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, height));
        svg.append("<text x=\"10\" y=\"22\" font-size=\"16\" font-weight=\"bold\">Time relative to hand-written JDBC"
                + " (lower is better; logarithmic scale)</text>\n");
        svg.append("<text x=\"10\" y=\"40\" fill=\"#555\">").append(escape(results.machine().date() + " · "
                + results.machine().jdk() + " · " + results.machine().cores() + " cores · " + results.machine().database()))
                .append("</text>\n");
        int legendX = 10;
        for (int i = 0; i < kinds.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"50\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"59\">%s</text>%n", legendX, color(kinds.get(i)), legendX + 14,
                    escape(kinds.get(i).label())));
            legendX += 30 + kinds.get(i).label().length() * 7;
        }
        int plotBottom = TOP + results.scenarios().size() * groupHeight;
        for (double value = axis.min(); value <= axis.max() * 1.0001; value *= 2) {
            double x = axis.x(value);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e0e0e0\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s</text>%n",
                    x, TOP - 4, x, plotBottom, x, plotBottom + 16, trim(value) + "×"));
        }
        double one = axis.x(1);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\""
                + " stroke-dasharray=\"4 3\"/>%n", one, TOP - 4, one, plotBottom));
        int y = TOP;
        for (Scenario scenario : results.scenarios()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                    LABEL_WIDTH - 8, y + kinds.size() * BAR / 2 + 4, escape(scenario.title())));
            for (ContenderKind kind : kinds) {
                Optional<Double> ratio = results.ratio(scenario, kind);
                if (ratio.isPresent()) {
                    double width = Math.max(1, axis.x(ratio.get()) - LABEL_WIDTH);
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                                    + "<title>%s: %s</title></rect>"
                                    + "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"#333\">%s</text>%n",
                            LABEL_WIDTH, y, width, BAR - 2, color(kind), escape(kind.label()),
                            MarkdownReport.ratio(ratio.get()), LABEL_WIDTH + width + 4, y + BAR - 3,
                            MarkdownReport.ratio(ratio.get())));
                } else {
                    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#999\">%s:"
                            + " not measured</text>%n", LABEL_WIDTH + 4, y + BAR - 3, escape(kind.label())));
                }
                y += BAR;
            }
            y += GROUP_GAP;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String color(ContenderKind kind) {
        return COLORS[kind.ordinal() % COLORS.length];
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }

    /** A logarithmic axis from {@code min} (the left edge of the plot) to {@code max}. */
    private record Axis(double min, double max) {
        double x(double value) {
            return LABEL_WIDTH + PLOT_WIDTH * (log2(value) - log2(min)) / (log2(max) - log2(min));
        }
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.3f", value)
                .replaceAll("0+$", "");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
