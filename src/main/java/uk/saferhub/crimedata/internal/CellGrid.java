package uk.saferhub.crimedata.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * A square grid over a study area, in metres on the ground near its middle latitude: the cells whose centre lies in
 * one of the area's boundaries (or every cell of the extent when it has none), and which cell a point falls in.
 */
final class CellGrid {

    private static final double METRES_PER_DEGREE = 111_320;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    final Envelope extent;
    final int metres;
    final double latitudeStep;
    final double longitudeStep;
    final int columns;
    final int rows;

    CellGrid(Envelope extent, int metres) {
        this.extent = extent;
        this.metres = metres;
        double middle = Math.toRadians((extent.getMinY() + extent.getMaxY()) / 2);
        this.latitudeStep = metres / METRES_PER_DEGREE;
        this.longitudeStep = metres / (METRES_PER_DEGREE * Math.max(0.1, Math.cos(middle)));
        this.columns = Math.max(1, (int) Math.ceil(extent.getWidth() / longitudeStep));
        this.rows = Math.max(1, (int) Math.ceil(extent.getHeight() / latitudeStep));
    }

    /** A grid of at most {@code maxCells} cells over the extent, cells of {@code metres} or larger (by 50 m steps). */
    static CellGrid over(Envelope extent, int metres, int maxCells) {
        CellGrid grid = new CellGrid(extent, metres);
        while ((long) grid.columns * grid.rows > maxCells) {
            grid = new CellGrid(extent, grid.metres + 50);
        }
        return grid;
    }

    int column(double longitude) {
        return (int) Math.floor((longitude - extent.getMinX()) / longitudeStep);
    }

    int row(double latitude) {
        return (int) Math.floor((latitude - extent.getMinY()) / latitudeStep);
    }

    double south(int row) {
        return extent.getMinY() + row * latitudeStep;
    }

    double west(int column) {
        return extent.getMinX() + column * longitudeStep;
    }

    /** The cells (column, row) whose centres lie in any of the boundaries; all cells when there are none. */
    List<int[]> cellsWithin(List<Geometry> boundaries) {
        List<int[]> cells = new ArrayList<>();
        List<PreparedGeometry> prepared = boundaries.stream().map(PreparedGeometryFactory::prepare).toList();
        for (int column = 0; column < columns; column++) {
            for (int row = 0; row < rows; row++) {
                if (prepared.isEmpty()) {
                    cells.add(new int[] {column, row});
                    continue;
                }
                Coordinate centre = new Coordinate(west(column) + longitudeStep / 2, south(row) + latitudeStep / 2);
                for (PreparedGeometry boundary : prepared) {
                    if (boundary.getGeometry().getEnvelopeInternal().contains(centre)
                            && boundary.contains(GEOMETRY.createPoint(centre))) {
                        cells.add(new int[] {column, row});
                        break;
                    }
                }
            }
        }
        return cells;
    }
}
