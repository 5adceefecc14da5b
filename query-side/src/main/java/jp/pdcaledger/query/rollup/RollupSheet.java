package jp.pdcaledger.query.rollup;

import jp.pdcaledger.query.sheetview.SheetView;

import java.util.List;

/**
 * The roll-up's fold of one sheet, with the cells it last wrote for it once it has written them ({@code null}: not
 * known in memory, so they are written anew), so that an event that changes no classified target writes no cell.
 */
final class RollupSheet {

    final SheetView view;
    List<RollupCell> cells;

    RollupSheet(SheetView view) {
        this.view = view;
    }
}
