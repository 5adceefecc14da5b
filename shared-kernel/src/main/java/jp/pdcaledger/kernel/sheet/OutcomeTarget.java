package jp.pdcaledger.kernel.sheet;

import java.util.Objects;

/** The plan's numbered outcome target (成果目標 (３) 地域生活支援拠点等の整備) that a sheet reports on. */
public record OutcomeTarget(int number, String title) {

    public OutcomeTarget {
        Objects.requireNonNull(title, "outcome target title");
    }
}
