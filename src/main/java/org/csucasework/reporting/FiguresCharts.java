package org.csucasework.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.csucasework.shared.ui.UkDates;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.springframework.stereotype.Component;

/**
 * The figures' charts, drawn on the server with JFreeChart: as SVG for the screens (sharp at any size, no
 * JavaScript charting library, no frontend build) and as PNG for the PDF pack. Colours have enough contrast on
 * white and the two periods differ in lightness as well as hue.
 */
@Component
public class FiguresCharts {

    static final Color THIS_PERIOD = new Color(0x1A, 0x4F, 0x8B);
    static final Color PREVIOUS_PERIOD = new Color(0x9C, 0xB8, 0xD9);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    /** The totals row per month: how many reports each month of the period brought. */
    public JFreeChart reportsPerMonth(MonthlyTable table) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < table.months().size(); i++) {
            // Axis labels as users read months ("Oct 2026"); the exports keep the sortable "2026-10" in their columns.
            data.addValue(table.totals().months().get(i), "Reports", UkDates.MONTH.format(table.months().get(i)));
        }
        JFreeChart chart = bars(table.title() + ": reports per month", "Month", data, PlotOrientation.VERTICAL, false);
        ((CategoryPlot) chart.getPlot()).getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return chart;
    }

    /** The largest rows' totals beside the previous period's. */
    public JFreeChart comparedWithPrevious(MonthlyTable table, int largest) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<MonthlyTable.Row> rows = table.rows().stream()
                .sorted(Comparator.comparingLong((MonthlyTable.Row row) -> Math.max(row.total(), row.previousTotal()))
                        .reversed())
                .limit(largest).toList();
        for (MonthlyTable.Row row : rows) {
            String name = shorten(row.name());
            data.addValue(row.total(), "This period", name);
            data.addValue(row.previousTotal(), "Previous period", name);
        }
        return bars(table.title() + ": this period and the previous", "", data, PlotOrientation.HORIZONTAL, true);
    }

    /** The headline figures that are available, this period beside the previous. */
    public JFreeChart headline(HeadlineFigures figures) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (HeadlineFigures.Row row : figures.rows()) {
            if (row.available()) {
                data.addValue(row.current(), "This period", shorten(row.label()));
                data.addValue(row.previous(), "Previous period", shorten(row.label()));
            }
        }
        return bars("CSU headline figures", "", data, PlotOrientation.HORIZONTAL, true);
    }

    public String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle(0, 0, width, height));
        return graphics.getSVGElement();
    }

    public byte[] png(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static JFreeChart bars(String title, String axis, DefaultCategoryDataset data, PlotOrientation orientation,
                                   boolean legend) {
        CategoryAxis categories = new CategoryAxis(axis);
        categories.setTickLabelFont(LABEL);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis counts = new NumberAxis("Reports");
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setTickLabelFont(LABEL);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, THIS_PERIOD);
        renderer.setSeriesPaint(1, PREVIOUS_PERIOD);
        renderer.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(data, categories, counts, renderer);
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBB, 0xBB, 0xBB));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTitle(new TextTitle(title, TITLE));
        return chart;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 38) + "…";
    }
}
