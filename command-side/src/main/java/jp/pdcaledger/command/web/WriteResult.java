package jp.pdcaledger.command.web;

/** What every write answers: the sheet and its version (the sequence number of its last event). */
public record WriteResult(String sheetId, long version) {
}
