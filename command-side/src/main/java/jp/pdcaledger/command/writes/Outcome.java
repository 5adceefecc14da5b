package jp.pdcaledger.command.writes;

import java.util.Optional;

/** What a write came to: done (with what it answers), or refused with nothing stored. */
public sealed interface Outcome<T> {

    /** The answer, or the refusal thrown as {@link WriteRefused}. */
    T orElseThrow();

    Optional<Refusal> refusal();

    record Done<T>(T value) implements Outcome<T> {

        @Override
        public T orElseThrow() {
            return value;
        }

        @Override
        public Optional<Refusal> refusal() {
            return Optional.empty();
        }
    }

    record Refused<T>(Refusal reason) implements Outcome<T> {

        @Override
        public T orElseThrow() {
            throw new WriteRefused(reason);
        }

        @Override
        public Optional<Refusal> refusal() {
            return Optional.of(reason);
        }
    }
}
