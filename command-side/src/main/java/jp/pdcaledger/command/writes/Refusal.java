package jp.pdcaledger.command.writes;

import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.workbook.InvalidWorkbookException.CellError;

import java.util.List;

/**
 * Why a write stored nothing, whichever entry point sent it. Each refusal carries what its answer names (the field,
 * the missing step, the existing sheet, the versions), so that the API, the pages and the import say it without
 * reading messages; {@link Visitor} makes every answer say what each refusal is.
 */
public sealed interface Refusal {

    /** The refusal as a person reads it, in Japanese. */
    String message();

    <R> R accept(Visitor<R> visitor);

    /** One answer per refusal; a new refusal does not compile until every answer says what it is. */
    interface Visitor<R> {

        R invalid(Invalid refusal);

        R invalidDocument(InvalidDocument refusal);

        R invalidWorkbook(InvalidWorkbook refusal);

        R notFound(NotFound refusal);

        R forbidden(Forbidden refusal);

        R stepNotAllowed(StepNotAllowed refusal);

        R alreadyRegistered(AlreadyRegistered refusal);

        R conflict(Conflict refusal);

        R keyReused(KeyReused refusal);
    }

    /**
     * A field the write cannot take (null when the value is no one field's). When the message has the field as its
     * subject ({@code "reason が空です"}), {@code predicate} is what it says of it ({@code "が空です"}).
     */
    record Invalid(String field, String message, String predicate) implements Refusal {

        public static Invalid of(String field, String message) {
            return new Invalid(field, message, null);
        }

        /** The message with {@code subject} (a page's label for the field) in place of the field's name. */
        public String messageAbout(String subject) {
            return predicate == null ? message : subject + predicate;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.invalid(this);
        }
    }

    /** An imported document refused whole: every field at fault, by its path in the document. */
    record InvalidDocument(List<FieldError> errors) implements Refusal {

        public InvalidDocument {
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a refused document names its faults");
            }
            errors = List.copyOf(errors);
        }

        public static InvalidDocument of(FieldError error) {
            return new InvalidDocument(List.of(error));
        }

        @Override
        public String message() {
            return errors.size() + " 件の誤りがあるため取り込めません: " + errors.get(0).field() + ": " + errors.get(0).message();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.invalidDocument(this);
        }
    }

    /** A field of a document at fault; {@code missingStep} names the workflow step the document skipped, if that is it. */
    record FieldError(String field, String message, String missingStep) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }

    /** A workbook refused whole: every fault by its cell. */
    record InvalidWorkbook(List<CellError> errors, String message) implements Refusal {

        public InvalidWorkbook {
            errors = List.copyOf(errors);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.invalidWorkbook(this);
        }
    }

    /** No such sheet. */
    record NotFound(String sheetId) implements Refusal {

        @Override
        public String message() {
            return "シート " + sheetId + " はありません";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.notFound(this);
        }
    }

    /**
     * A sheet out of the actor's scope: another municipality's or department's. The API answers it exactly as
     * {@link NotFound}, so that a refusal tells nothing of whose the sheet is, or that it exists at all.
     */
    record Forbidden(String sheetId) implements Refusal {

        /** The words of {@link NotFound}: naming no owner. */
        @Override
        public String message() {
            return new NotFound(sheetId).message();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.forbidden(this);
        }
    }

    /** The workflow does not allow the step now; {@code missingStep} names the one that has to come first, if any. */
    record StepNotAllowed(String missingStep, String message) implements Refusal {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.stepNotAllowed(this);
        }
    }

    /** A sheet for the same municipality, plan period and outcome target exists already. */
    record AlreadyRegistered(SheetId existingSheet, String message) implements Refusal {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.alreadyRegistered(this);
        }
    }

    /**
     * The sheet is no longer at the version the write expected: a stale {@code If-Match} or workbook (both versions
     * known), or another node's write that took the same sequence number first (neither known).
     */
    record Conflict(Long expectedVersion, Long currentVersion) implements Refusal {

        @Override
        public String message() {
            return "シートは読み込まれた後に更新されています。最新の版を読み直してから送ってください";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.conflict(this);
        }
    }

    /** An {@code Idempotency-Key} that came back with another request than the one it first went with. */
    record KeyReused(String key) implements Refusal {

        @Override
        public String message() {
            return "Idempotency-Key「" + key + "」は別の内容のリクエストで使われています。新しいキーで送ってください";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.keyReused(this);
        }
    }
}
