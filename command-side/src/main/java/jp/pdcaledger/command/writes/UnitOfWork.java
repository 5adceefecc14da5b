package jp.pdcaledger.command.writes;

/**
 * The commands of one write, sent through {@code sender} and stored all or nothing: one command of the API or a
 * page, an imported document's, an uploaded workbook's. Refusing by throwing is enough: {@link SheetWrites} rolls
 * the whole unit back and answers the refusal.
 */
@FunctionalInterface
public interface UnitOfWork<T> {

    T run(CommandSender sender);
}
