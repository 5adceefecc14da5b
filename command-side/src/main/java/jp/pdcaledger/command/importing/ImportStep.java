package jp.pdcaledger.command.importing;

/** One command of an import, with the document path it came from (so a refusal can name it) and its reason. */
record ImportStep(String path, Object command, String reason) {
}
