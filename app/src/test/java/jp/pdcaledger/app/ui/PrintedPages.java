package jp.pdcaledger.app.ui;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A PDF the browser printed, read back: how many pages, whether they are A4 portrait, and how much of each page is
 * ink (the share of pixels that are not white), each page also saved as a PNG beside the PDF for a person to look at.
 */
record PrintedPages(int count, List<Double> inkPerPage, boolean a4Portrait) {

    private static final float A4_WIDTH_POINTS = 595.3f;
    private static final float A4_HEIGHT_POINTS = 841.9f;

    static PrintedPages of(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<Double> ink = new ArrayList<>();
            boolean a4 = true;
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                a4 &= Math.abs(page.getMediaBox().getWidth() - A4_WIDTH_POINTS) < 3
                        && Math.abs(page.getMediaBox().getHeight() - A4_HEIGHT_POINTS) < 3;
                BufferedImage image = renderer.renderImageWithDPI(i, 72, ImageType.RGB);
                String name = pdf.getFileName().toString().replace(".pdf", "") + "-page" + (i + 1) + ".png";
                ImageIO.write(image, "png", pdf.resolveSibling(name).toFile());
                ink.add(inkOf(image));
            }
            return new PrintedPages(document.getNumberOfPages(), ink, a4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double inkOf(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (rgb != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        return (double) inked / ((long) image.getWidth() * image.getHeight());
    }
}
