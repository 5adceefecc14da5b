package jp.pdcaledger.kernel.command;

/**
 * A command on an existing sheet, carrying the version the client last read ({@code If-Match}), or null when the
 * client does not care. A stale version is refused before the workflow is consulted.
 */
public interface VersionedCommand extends SheetCommand {

    Long expectedVersion();
}
