package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.PlannedValue;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.util.List;

/** Adds an activity indicator (活動指標) with its planned value (見込量) per fiscal year. */
public record DefineActivityIndicator(SheetId sheetId, TargetKey key, String name,
                                      String unit, List<PlannedValue> planned,
                                      Long expectedVersion) implements VersionedCommand {
}
