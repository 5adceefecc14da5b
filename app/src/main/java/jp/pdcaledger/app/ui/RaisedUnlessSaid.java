package jp.pdcaledger.app.ui;

import jp.pdcaledger.command.writes.Refusal;
import jp.pdcaledger.command.writes.WriteRefused;

/**
 * A page's reading of a write's refusal: each page says beside its form what it can (a field, a step, a cell), and
 * raises the rest as they are, for the API's problem handler to answer as it answers any write.
 */
abstract class RaisedUnlessSaid<R> implements Refusal.Visitor<R> {

    @Override
    public R invalid(Refusal.Invalid refusal) {
        throw new WriteRefused(refusal);
    }

    @Override
    public R invalidDocument(Refusal.InvalidDocument refusal) {
        throw new WriteRefused(refusal);
    }

    @Override
    public R invalidWorkbook(Refusal.InvalidWorkbook refusal) {
        throw new WriteRefused(refusal);
    }

    @Override
    public R notFound(Refusal.NotFound refusal) {
        throw new WriteRefused(refusal);
    }

    @Override
    public R forbidden(Refusal.Forbidden refusal) {
        throw new WriteRefused(refusal);
    }

    @Override
    public R stepNotAllowed(Refusal.StepNotAllowed refusal) {
        throw new WriteRefused(refusal);
    }

    @Override
    public R alreadyRegistered(Refusal.AlreadyRegistered refusal) {
        throw new WriteRefused(refusal);
    }

    @Override
    public R conflict(Refusal.Conflict refusal) {
        throw new WriteRefused(refusal);
    }

    @Override
    public R keyReused(Refusal.KeyReused refusal) {
        throw new WriteRefused(refusal);
    }
}
