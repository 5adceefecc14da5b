package jp.pdcaledger.query.dashboard;

import jp.pdcaledger.query.sheetview.SheetView;

import java.util.Map;

/**
 * The dashboard's fold of one sheet, with the rows it last wrote for it once it has written them: a batch that keeps
 * this in memory (BatchedViews, only after its commit) compares the next fold with these instead of reading the
 * rows back. {@code null} rows mean "not read yet": they are read from the tables when the sheet is saved.
 */
public final class DashboardSheet {

    final SheetView view;
    Map<String, String> targetRows;
    /**
     * The rows {@link #targetRows} are the documents of, as computed when they were written (absent for rows read
     * back from the table): a row equal to one of these has the document written beside it, so it is not serialised
     * again to be compared.
     */
    Map<String, DashboardRow> targetRowValues = Map.of();
    Map<Integer, DashboardRepository.YearStep> yearSteps;

    public DashboardSheet(SheetView view) {
        this.view = view;
    }

    public SheetView view() {
        return view;
    }
}
