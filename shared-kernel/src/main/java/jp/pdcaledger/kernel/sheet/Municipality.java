package jp.pdcaledger.kernel.sheet;

import java.util.Objects;

/** The municipality (or prefecture) that keeps the sheet. */
public record Municipality(MunicipalityCode code, String name) {

    public Municipality {
        Objects.requireNonNull(code, "municipality code");
        Objects.requireNonNull(name, "municipality name");
    }
}
